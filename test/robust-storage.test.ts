// Broken storage: IndexedDB missing, refusing to open, blocked or full makes the client keep the
// session in memory for the page, say so once, and work on. Stored sessions that are corrupt, of
// an older format or for another base URL are discarded. And the persistence option, on the client
// and as the elements' attribute.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import {
  createIndexedDbStore,
  RingCxClient,
  setDefaultClient,
  type Persistence,
  type RingCxClientOptions,
  type SessionStore,
} from '../src/index.js';
import { SESSION_FORMAT } from '../src/session.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import { useMock } from './helpers/mock-server.js';
import { watchTimers } from './helpers/timers.js';
import { fallbackKey, sessionKey } from './helpers/session-key.js';

const BASE = '/store-rx';
const KEY = sessionKey(BASE);
const SESSION_STORAGE_KEY = fallbackKey(BASE);
const WARNING = 'ringcx-elements: storage is unavailable; the session is kept in memory for this page only.';
const idb = createIndexedDbStore();

/** Replaces `window.indexedDB` while `run` runs. */
async function withIndexedDb(value: unknown, run: () => Promise<void>): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
  Object.defineProperty(window, 'indexedDB', { get: () => value, configurable: true });
  try {
    await run();
  } finally {
    if (own) Object.defineProperty(window, 'indexedDB', own);
    else delete (window as { indexedDB?: unknown }).indexedDB;
  }
}

/** Captures console.warn calls while `run` runs (and lets them through). */
async function capturingWarnings(run: (warnings: string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  try {
    await run(warnings);
  } finally {
    console.warn = original;
  }
}

async function signInThroughForm(el: RingCxLogin): Promise<void> {
  await waitUntil(() => el.querySelector('form'), 'the form', { timeout: 6000 });
  for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
    el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
  }
  const signedIn = oneEvent(el, 'ringcx-login');
  el.querySelector('form')!.requestSubmit();
  await signedIn;
}

describe('robust: broken storage', function () {
  this.timeout(20_000);
  const { mock } = useMock({ baseUrl: BASE });
  const clients: RingCxClient[] = [];

  function newClient(options: RingCxClientOptions = {}): RingCxClient {
    const client = new RingCxClient({ baseUrl: BASE, syncTabs: false, ...options });
    clients.push(client);
    return client;
  }

  /** Everything a signed-in person does, to show the client still works. */
  async function stillWorks(client: RingCxClient): Promise<void> {
    expect((await client.login(DEMO_CREDENTIALS)).displayName).to.equal('Ada Admin');
    expect((await client.getSession())?.displayName).to.equal('Ada Admin');
    const token = (await client.createApiToken())!;
    expect(await client.listApiTokens()).to.deep.equal([token]);
    mock.expireAccessTokens();
    expect(await client.listApiTokens(), 'after a refresh').to.deep.equal([token]);
    await client.deleteApiToken(token);
    await client.logout();
    expect(await client.getSession()).to.equal(null);
  }

  beforeEach(async () => {
    await idb.delete(KEY);
    sessionStorage.clear();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
    setDefaultClient(BASE, undefined);
  });

  describe('IndexedDB that fails', () => {
    const broken: Array<[string, () => unknown]> = [
      ['missing', () => undefined],
      [
        'throwing on open',
        () => ({
          open() {
            throw new DOMException('The user denied access to storage.', 'SecurityError');
          },
        }),
      ],
      [
        'failing to open',
        () => ({
          open() {
            const request: Partial<IDBOpenDBRequest> & { error?: DOMException } = {};
            setTimeout(() => {
              request.error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
              request.onerror?.call(request as IDBOpenDBRequest, new Event('error'));
            });
            return request;
          },
        }),
      ],
    ];

    for (const [label, make] of broken) {
      it(`${label}: the session lives in memory, one warning, everything works`, async () => {
        await withIndexedDb(make(), async () => {
          const warnings: string[] = [];
          const client = newClient({ onWarning: (message) => warnings.push(message) });
          await stillWorks(client);
          await stillWorks(client);
          expect(warnings).to.deep.equal([WARNING]);
        });
      });
    }

    it('missing: with no onWarning the warning goes to console.warn, once', async () => {
      await capturingWarnings(async (warnings) => {
        await withIndexedDb(undefined, async () => {
          await stillWorks(newClient());
        });
        expect(warnings.filter((w) => w.includes('ringcx-elements'))).to.deep.equal([WARNING]);
      });
    });

    it('missing: <ringcx-login> still signs in', async () => {
      await capturingWarnings(async (warnings) => {
        await withIndexedDb(undefined, async () => {
          const el = await fixture<RingCxLogin>(html`<ringcx-login base-url=${BASE}></ringcx-login>`);
          await signInThroughForm(el);
          await waitUntil(() => el.textContent!.includes('Signed in as Ada Admin'), 'signed in');
        });
        expect(warnings.filter((w) => w.includes('ringcx-elements')).length).to.equal(1);
      });
    });

    it('blocked (another tab holds it during an upgrade): the page gives up on it after a few seconds and works', async () => {
      const name = `ringcx-blocked-${Date.now()}`;
      const open = (version?: number) => indexedDB.open(name, version);
      // A connection that never closes, as in a tab that ignores versionchange…
      const holder = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = open(1);
        request.onupgradeneeded = () => request.result.createObjectStore('sessions');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      // …and another tab's upgrade, blocked by it: every later open of the database waits.
      const upgrade = open(2);
      await new Promise((resolve) => (upgrade.onblocked = resolve));
      const timers = watchTimers();
      try {
        const warnings: string[] = [];
        const client = newClient({ store: createIndexedDbStore(name), onWarning: (message) => warnings.push(message) });
        const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
        expect(el.textContent).to.contain('Loading…');
        await signInThroughForm(el);
        // The page waited on a time limit of its own, not on IndexedDB: a timer of 1 to 5 s fired.
        const limits = timers.timers.filter((timer) => timer.fired && timer.delay >= 1000).map((timer) => timer.delay);
        expect(limits.length, 'a time limit fired').to.be.greaterThan(0);
        expect(Math.max(...limits), 'gave up on IndexedDB within 5 s').to.be.at.most(5000);
        await waitUntil(() => el.textContent!.includes('Signed in as Ada Admin'), 'signed in');
        expect(await client.listApiTokens()).to.deep.equal([]);
        expect(warnings).to.deep.equal([WARNING]);
      } finally {
        timers.stop();
        holder.close();
        await new Promise((resolve) => {
          upgrade.onsuccess = () => resolve(upgrade.result.close());
          upgrade.onerror = resolve;
        });
        indexedDB.deleteDatabase(name);
      }
    });

    it('over quota: the session lives in memory, one warning, and the stale stored one is deleted', async () => {
      // An old session is stored; writing the new one fails for lack of space.
      await newClient().login(DEMO_CREDENTIALS);
      expect(await idb.get(KEY)).not.to.equal(undefined);
      const full: SessionStore = {
        get: (key) => idb.get(key),
        delete: (key) => idb.delete(key),
        set: async () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      };
      const warnings: string[] = [];
      const client = newClient({ store: full, onWarning: (message) => warnings.push(message) });
      await stillWorks(client);
      await client.login(DEMO_CREDENTIALS);
      expect(warnings).to.deep.equal([WARNING]);
      // The old record must not come back as the session on the next page load.
      await waitUntil(async () => (await idb.get(KEY)) === undefined, 'the stale record is deleted');
      expect(await newClient({ store: full, onWarning: () => {} }).getSession()).to.equal(null);
    });
  });

  describe('stored sessions that are not ours', () => {
    async function validRecord(): Promise<Record<string, unknown>> {
      await newClient().login(DEMO_CREDENTIALS);
      const record = (await idb.get(KEY)) as Record<string, unknown>;
      await idb.delete(KEY);
      return record;
    }

    const cases: Array<[string, (valid: Record<string, unknown>) => unknown]> = [
      ['a string', () => 'eyJhbGciOiJIUzI1NiJ9.e30.x'],
      ['null', () => null],
      ['an array', (valid) => [valid]],
      ['missing its access token', (valid) => ({ ...valid, accessToken: undefined })],
      ['with a numeric access token', (valid) => ({ ...valid, accessToken: 42 })],
      ['with a broken user', (valid) => ({ ...valid, user: 'Ada' })],
      ['with a text expiry', (valid) => ({ ...valid, expiresAt: 'tomorrow' })],
      ['of an older format', (valid) => ({ ...valid, format: SESSION_FORMAT - 1 })],
      ['without a format', (valid) => ({ ...valid, format: undefined })],
      ['of a newer format', (valid) => ({ ...valid, format: SESSION_FORMAT + 1 })],
      ['for another base URL', (valid) => ({ ...valid, baseUrl: 'https://ringcx.ringcentral.com' })],
    ];

    for (const [label, make] of cases) {
      it(`a stored session ${label} is discarded: signed out, no request, no crash`, async () => {
        await idb.set(KEY, make(await validRecord()));
        mock.reset();
        const client = newClient();
        const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
        await waitUntil(() => el.querySelector('form'), 'the form');
        expect(client.session).to.equal(null);
        expect(await idb.get(KEY), 'the record is deleted').to.equal(undefined);
        expect(mock.requests.length, 'requests sent').to.equal(0);
        await signInThroughForm(el);
      });
    }

    it('a corrupt sessionStorage record is discarded without giving up on sessionStorage', async () => {
      sessionStorage.setItem(SESSION_STORAGE_KEY, '{"format":1,"accessTo');
      const warnings: string[] = [];
      const client = newClient({ persistence: 'session', onWarning: (message) => warnings.push(message) });
      expect(await client.getSession()).to.equal(null);
      expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).to.equal(null);
      await client.login(DEMO_CREDENTIALS);
      expect(JSON.parse(sessionStorage.getItem(SESSION_STORAGE_KEY)!).format).to.equal(SESSION_FORMAT);
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('persistence', () => {
    interface Where {
      indexedDb: boolean;
      sessionStorage: boolean;
    }
    const where = async (): Promise<Where> => ({
      indexedDb: (await idb.get(KEY)) !== undefined,
      sessionStorage: sessionStorage.getItem(SESSION_STORAGE_KEY) !== null,
    });
    const expected: Record<Persistence, Where & { afterReload: boolean }> = {
      local: { indexedDb: true, sessionStorage: false, afterReload: true },
      session: { indexedDb: false, sessionStorage: true, afterReload: true },
      none: { indexedDb: false, sessionStorage: false, afterReload: false },
    };

    for (const persistence of ['local', 'session', 'none'] as const) {
      const want = expected[persistence];

      it(`client option persistence: '${persistence}' keeps the session in ${JSON.stringify(want)}`, async () => {
        await newClient({ persistence }).login(DEMO_CREDENTIALS);
        expect(await where()).to.deep.equal({ indexedDb: want.indexedDb, sessionStorage: want.sessionStorage });
        // A reload: a new client reads what was kept.
        const reloaded = await newClient({ persistence }).getSession();
        expect(reloaded !== null, 'restored after a reload').to.equal(want.afterReload);
      });

      it(`element attribute persistence="${persistence}" keeps the session in the same place`, async () => {
        setDefaultClient(BASE, undefined);
        const el = await fixture<RingCxLogin>(html`<ringcx-login base-url=${BASE} persistence=${persistence}></ringcx-login>`);
        await signInThroughForm(el);
        expect(await where()).to.deep.equal({ indexedDb: want.indexedDb, sessionStorage: want.sessionStorage });
        setDefaultClient(BASE, undefined);
        const reloaded = await fixture<RingCxLogin>(html`<ringcx-login base-url=${BASE} persistence=${persistence}></ringcx-login>`);
        await waitUntil(() => reloaded.querySelector('form, .ringcx-login__signed-in'), 'a first screen');
        expect(reloaded.textContent!.includes('Signed in as'), 'restored after a reload').to.equal(want.afterReload);
      });
    }
  });
});
