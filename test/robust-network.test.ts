// Broken networks and servers: every failure gives its typed error from the client and words a
// person understands in the element; reads retry a bounded number of times, writes never.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { loginAndTokenList } from './helpers/pages.js';
import { http } from 'msw';
import {
  createIndexedDbStore,
  createMemoryStore,
  HttpError,
  NetworkError,
  RateLimitError,
  ResponseFormatError,
  RingCxClient,
  SessionExpiredError,
  TimeoutError,
  type RingCxClientOptions,
} from '../src/index.js';
import { DEMO_CREDENTIALS, type MockOperation } from '../src/mock/index.js';
import { encodeJwt } from '../src/mock/jwt.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import { useMock } from './helpers/mock-server.js';
import { sessionKey } from './helpers/session-key.js';
import { gate } from './helpers/gate.js';
import { until, watchTimers, type TimerWatch } from './helpers/timers.js';
import { failure } from './helpers/failure.js';

const BASE = 'https://ringcx.ringcentral.com';
const TOKEN_URL = `${BASE}/voice/api/v1/admin/token`;

const html502 = () =>
  new Response('<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>', {
    status: 502,
    headers: { 'Content-Type': 'text/html' },
  });
const jsonText = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json' } });


/** The token list's error region once it has words in it. */
async function listError(el: RingCxTokenList): Promise<string> {
  const region = () => el.shadowRoot!.querySelector('[part="error"]')!;
  await until(() => region()?.textContent!.trim(), 'an error message');
  expect(region().getAttribute('role')).to.equal('alert');
  return region().textContent!.trim();
}

describe('robust: broken networks and servers', function () {
  this.timeout(20_000);
  const { mock, worker } = useMock();
  let client: RingCxClient;
  let timers: TimerWatch | undefined;
  afterEach(() => {
    timers?.stop();
    timers = undefined;
  });

  function newClient(options: RingCxClientOptions = {}): RingCxClient {
    return new RingCxClient({ store: createMemoryStore(), ...options });
  }

  async function tokenList(forClient = client): Promise<RingCxTokenList> {
    return fixture<RingCxTokenList>(html`<ringcx-token-list .client=${forClient}></ringcx-token-list>`);
  }

  /** Fails every request of `operation` from now on. */
  const always = (operation: MockOperation, response: () => Response) => mock.failNext(operation, response, 1000);

  beforeEach(async () => {
    client = newClient();
    await client.login(DEMO_CREDENTIALS);
    mock.counts.login = 0;
  });

  describe('timeouts', () => {
    it('a read that times out gives a TimeoutError, is not retried, and the list says so', async () => {
      let sent = 0;
      const server = gate();
      worker.use(
        http.get(TOKEN_URL, async () => {
          sent++;
          await server.pass(); // answers only after the client gave up
          return Response.json([]);
        }),
      );
      const slow = newClient({ timeout: 150 });
      await slow.login(DEMO_CREDENTIALS);
      const error = await failure(slow.listApiTokens());
      expect(error).to.be.instanceOf(TimeoutError);
      expect((error as TimeoutError).kind).to.equal('timeout');
      // The person already waited the whole timeout once: no second and third wait.
      expect(sent).to.equal(1);
      const el = await tokenList(slow);
      expect(await listError(el)).to.equal('RingCX took too long to answer. Try again.');
      expect(el.shadowRoot!.querySelector('[data-ref="retry"]'), 'a Retry button').to.exist;
      server.release();
    });

    it('a sign-in that times out is not retried and the form says so', async () => {
      let sent = 0;
      const server = gate();
      worker.use(
        http.post(`${BASE}/api/auth/login/admin`, async () => {
          sent++;
          await server.pass(); // answers only after the client gave up
          return Response.json({});
        }),
      );
      const slow = newClient({ timeout: 150 });
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${slow}></ringcx-login>`);
      await waitUntil(() => el.querySelector('form'), 'the form');
      for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
      const reported = oneEvent(el, 'ringcx-error');
      el.querySelector('form')!.requestSubmit();
      const { detail } = await reported;
      expect(detail.error).to.be.instanceOf(TimeoutError);
      await el.updateComplete;
      expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('RingCX took too long to answer. Try again.');
      expect(sent).to.equal(1);
      server.release();
    });
  });

  describe('connection failures', () => {
    it('a read that cannot connect gives a NetworkError after exactly 3 attempts (2 retries), and the list says so', async () => {
      always('listTokens', () => Response.error());
      timers = watchTimers();
      const error = await failure(client.listApiTokens());
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).kind).to.equal('network');
      expect(mock.counts.listTokens).to.equal(3);
      // Backoff is capped: the two waits are 300 ms then 600 ms at most (with jitter), never long.
      const waits = timers.timers.filter((timer) => timer.fired).map((timer) => timer.delay);
      expect(waits).to.have.length(2);
      expect(Math.max(...waits)).to.be.at.most(600);
      mock.counts.listTokens = 0;
      const reported = oneEvent(document, 'ringcx-error');
      const el = await tokenList();
      await reported;
      await el.updateComplete;
      // No storm afterwards: once the list has given up, nothing is scheduled that could send again.
      expect(timers.pending(), 'timers still pending').to.deep.equal([]);
      timers.stop();
      expect(mock.counts.listTokens).to.equal(3);
      expect(await listError(el)).to.equal('RingCX could not be reached. Check your connection and try again.');
      expect(mock.counts.listTokens).to.equal(3);
    });

    it('follows the retries option: 0 sends once, 4 sends five times', async () => {
      always('accounts', () => Response.error());
      const once = newClient({ retries: 0 });
      await once.login(DEMO_CREDENTIALS);
      await failure(once.getAccounts());
      expect(mock.counts.accounts).to.equal(1);
      mock.counts.accounts = 0;
      const five = newClient({ retries: 4 });
      await five.login(DEMO_CREDENTIALS);
      expect(await failure(five.getAccounts())).to.be.instanceOf(NetworkError);
      expect(mock.counts.accounts).to.equal(5);
    });

    it('writes are never retried: create, delete, sign-in, refresh and sign-out are sent once', async () => {
      const token = (await client.createApiToken())!;
      mock.counts.createToken = 0;
      for (const operation of ['createToken', 'deleteToken', 'login', 'refresh', 'logout'] as const) {
        always(operation, () => Response.error());
      }
      expect(await failure(client.createApiToken())).to.be.instanceOf(NetworkError);
      expect(await failure(client.deleteApiToken(token))).to.be.instanceOf(NetworkError);
      expect(await failure(newClient().login(DEMO_CREDENTIALS))).to.be.instanceOf(NetworkError);
      expect(await failure(client.refresh())).to.be.instanceOf(NetworkError);
      await client.logout();
      expect(mock.counts).to.include({ createToken: 1, deleteToken: 1, login: 1, refresh: 1, logout: 1 });
    });

    it('writes answered 503 are not retried either', async () => {
      always('createToken', () => new Response('busy', { status: 503 }));
      always('login', () => new Response('busy', { status: 503 }));
      expect(await failure(client.createApiToken())).to.be.instanceOf(HttpError);
      expect(await failure(newClient().login(DEMO_CREDENTIALS))).to.be.instanceOf(HttpError);
      expect(mock.counts.createToken).to.equal(1);
      expect(mock.counts.login).to.equal(1);
    });
  });

  describe('5xx with HTML bodies', () => {
    it('gives an HttpError without the HTML in its message, retries the read twice, and the list says so', async () => {
      always('listTokens', html502);
      const error = (await failure(client.listApiTokens())) as HttpError;
      expect(error).to.be.instanceOf(HttpError);
      expect(error.status).to.equal(502);
      expect(error.message).not.to.match(/<|script|alert/);
      expect(mock.counts.listTokens).to.equal(3);
      const el = await tokenList();
      expect(await listError(el)).to.equal('RingCX had a problem. Try again later.');
      expect(el.shadowRoot!.querySelector('script, h1'), 'HTML from the server is not rendered').to.equal(null);
    });

    it('a sign-in answered with a gateway page shows a human message', async () => {
      always('login', html502);
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${newClient()}></ringcx-login>`);
      await waitUntil(() => el.querySelector('form'), 'the form');
      for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
      const reported = oneEvent(el, 'ringcx-error');
      el.querySelector('form')!.requestSubmit();
      const { detail } = await reported;
      expect((detail.error as HttpError).status).to.equal(502);
      await el.updateComplete;
      expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('RingCX had a problem. Try again later.');
      expect(mock.counts.login).to.equal(1);
    });
  });

  describe('malformed, truncated and empty answers', () => {
    const unreadable = 'RingCX sent an answer that could not be read. Try again later.';

    for (const [label, body] of [
      ['truncated JSON', '["aws80:aaaa-1111", "aws80:bb'],
      ['malformed JSON', '[aws80:aaaa-1111]'],
      ['a JSON object', '{"tokens": []}'],
      ['HTML', '<html><body>Sign in to the proxy</body></html>'],
    ] as const) {
      it(`a token list that is ${label} gives a ResponseFormatError, is not retried, and the list says so`, async () => {
        always('listTokens', () => jsonText(body));
        expect(await failure(client.listApiTokens())).to.be.instanceOf(ResponseFormatError);
        expect(mock.counts.listTokens).to.equal(1);
        const el = await tokenList();
        expect(await listError(el)).to.equal(unreadable);
      });
    }

    it('truncated or empty answers to sign-in, accounts and create give ResponseFormatErrors', async () => {
      mock.failNext('login', () => jsonText('{"accessToken":"eyJ'));
      mock.failNext('login', () => new Response(''));
      mock.failNext('accounts', () => jsonText('[{"accountId":"1"'));
      mock.failNext('accounts', () => new Response(''));
      mock.failNext('createToken', () => new Response(''));
      for (const call of [
        () => newClient().login(DEMO_CREDENTIALS),
        () => newClient().login(DEMO_CREDENTIALS),
        () => client.getAccounts(),
        () => client.getAccounts(),
        () => client.createApiToken(),
      ]) {
        const error = await failure(call());
        expect(error, error.message).to.be.instanceOf(ResponseFormatError);
        expect((error as ResponseFormatError).kind).to.equal('response-format');
      }
      expect(mock.counts.accounts).to.equal(2);
    });

    it('an empty 200 to create shows a human message in the list', async () => {
      const el = await tokenList();
      await waitUntil(() => el.shadowRoot!.textContent!.includes('No API tokens yet.'), 'the list');
      mock.failNext('createToken', () => new Response(''));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
      expect(await listError(el)).to.equal(unreadable);
      expect(el.shadowRoot!.querySelector('[part="new-token"]')).to.equal(null);
    });

    it('an empty 200 sign-in answer shows a human message in the form', async () => {
      mock.failNext('login', () => new Response(''));
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${newClient()}></ringcx-login>`);
      await waitUntil(() => el.querySelector('form'), 'the form');
      for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
      const reported = oneEvent(el, 'ringcx-error');
      el.querySelector('form')!.requestSubmit();
      expect((await reported).detail.error).to.be.instanceOf(ResponseFormatError);
      await el.updateComplete;
      expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(unreadable);
      expect(el.querySelector('form'), 'still signed out').to.exist;
    });
  });

  describe('429 Too Many Requests', () => {
    it('a write with Retry-After gives a RateLimitError with the seconds, sent once, and the list shows them', async () => {
      const el = await tokenList();
      await waitUntil(() => el.shadowRoot!.textContent!.includes('No API tokens yet.'), 'the list');
      mock.failNext('createToken', () => new Response('slow down', { status: 429, headers: { 'Retry-After': '7' } }));
      const event = oneEvent(el, 'ringcx-error');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
      const { detail } = await event;
      expect(detail.error).to.be.instanceOf(RateLimitError);
      expect((detail.error as RateLimitError).retryAfter).to.equal(7);
      expect((detail.error as RateLimitError).kind).to.equal('rate-limit');
      expect(await listError(el)).to.equal('Too many requests. Wait a moment and try again. (7 s)');
      expect(mock.counts.createToken).to.equal(1);
    });

    it('a write without Retry-After gives a RateLimitError without seconds', async () => {
      mock.failNext('createToken', () => new Response('slow down', { status: 429 }));
      const error = (await failure(client.createApiToken())) as RateLimitError;
      expect(error).to.be.instanceOf(RateLimitError);
      expect(error.retryAfter).to.equal(undefined);
      expect(mock.counts.createToken).to.equal(1);
    });

    it('a Retry-After given as an HTTP date is read as seconds from now', async () => {
      const at = new Date(Date.now() + 30_000).toUTCString();
      mock.failNext('createToken', () => new Response('', { status: 429, headers: { 'Retry-After': at } }));
      const error = (await failure(client.createApiToken())) as RateLimitError;
      expect(error.retryAfter).to.be.within(28, 31);
    });

    it('a read without Retry-After is retried twice with backoff, then the list says to wait', async () => {
      always('listTokens', () => new Response('slow down', { status: 429 }));
      const error = (await failure(client.listApiTokens())) as RateLimitError;
      expect(error).to.be.instanceOf(RateLimitError);
      expect(error.retryAfter).to.equal(undefined);
      expect(mock.counts.listTokens).to.equal(3);
      const el = await tokenList();
      expect(await listError(el)).to.equal('Too many requests. Wait a moment and try again.');
    });

    it('a read with a short Retry-After waits that long before each retry', async () => {
      always('listTokens', () => new Response('', { status: 429, headers: { 'Retry-After': '1' } }));
      timers = watchTimers();
      const error = (await failure(client.listApiTokens())) as RateLimitError;
      expect(error.retryAfter).to.equal(1);
      expect(mock.counts.listTokens).to.equal(3);
      const waits = timers.timers.filter((timer) => timer.fired).map((timer) => timer.delay);
      expect(waits, 'a wait of Retry-After (1 s) before each retry').to.deep.equal([1000, 1000]);
    });

    it('a read with a long Retry-After fails at once with the seconds instead of keeping the person waiting', async () => {
      always('listTokens', () => new Response('', { status: 429, headers: { 'Retry-After': '120' } }));
      timers = watchTimers();
      const el = await tokenList();
      expect(await listError(el)).to.equal('Too many requests. Wait a moment and try again. (120 s)');
      expect(timers.timers.filter((timer) => timer.fired).map((timer) => timer.delay), 'shown without waiting').to.deep.equal([]);
      expect(mock.counts.listTokens).to.equal(1);
    });
  });

  describe('a refresh token revoked mid-session', () => {
    const idb = createIndexedDbStore();
    const KEY = sessionKey();

    it('ends the session cleanly: storage cleared, ringcx-session-expired, the form with a message, one refresh', async () => {
      const shared = new RingCxClient({ syncTabs: false }); // the default IndexedDB store
      await shared.login(DEMO_CREDENTIALS);
      expect(await idb.get(KEY), 'stored in IndexedDB').not.to.equal(undefined);
      const { login, list } = await loginAndTokenList(shared);
      mock.expireAccessTokens();
      mock.revokeRefreshTokens();
      mock.counts.listTokens = 0;
      const expired = oneEvent(login, 'ringcx-session-expired');
      timers = watchTimers();
      list.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="reload"]')!.click();
      await expired;
      await until(() => login.querySelector('form'), 'the form is back');
      expect(login.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('Your session has ended. Sign in again.');
      await until(() => list.shadowRoot!.textContent!.includes('Sign in to manage your API tokens.'), 'the list is gone');
      expect(await idb.get(KEY), 'the stored session').to.equal(undefined);
      expect(shared.session).to.equal(null);
      // No loop later either: nothing is scheduled that could send again.
      expect(timers.pending(), 'timers still pending').to.deep.equal([]);
      expect(mock.counts.refresh, 'one refresh, no loop').to.equal(1);
      expect(mock.counts.listTokens).to.equal(1);
      expect(await failure(shared.listApiTokens())).to.be.instanceOf(SessionExpiredError);
      expect(mock.counts.refresh, 'signed out: nothing more is sent').to.equal(1);
      shared.close();
    });
  });

  describe('a token whose exp is already past at issue time', () => {
    it('a crafted login answer with an expired JWT costs one refresh, then the session works', async () => {
      // A real refresh token, with an access token that expired an hour ago (no iat).
      const store = createMemoryStore();
      await new RingCxClient({ store }).login(DEMO_CREDENTIALS);
      const { refreshToken } = (await store.get(sessionKey())) as { refreshToken: string };
      const expiredJwt = encodeJwt({ sub: '1001', plat: 'aws80', exp: Math.floor(Date.now() / 1000) - 3600 } as never);
      mock.failNext('login', () => Response.json({ accessToken: expiredJwt, refreshToken, platformId: 'aws80' }));
      const skewed = newClient();
      await skewed.login(DEMO_CREDENTIALS);
      mock.counts.refresh = 0;
      expect(await skewed.listApiTokens()).to.deep.equal([]);
      expect(await skewed.listApiTokens()).to.deep.equal([]);
      expect(mock.counts.refresh).to.equal(1);
    });
  });
});

for (const lifetime of [0, -60]) {
  describe(`robust: a server that issues access tokens with a lifetime of ${lifetime} s`, function () {
    this.timeout(20_000);
    const { mock } = useMock({ accessTokenLifetime: lifetime });
    let timers: TimerWatch | undefined;
    afterEach(() => timers?.stop());

    it('costs at most one refresh per request, never a loop', async () => {
      const client = new RingCxClient({ store: createMemoryStore() });
      await client.login(DEMO_CREDENTIALS);
      const first = await failure(client.listApiTokens());
      // The fresh token is refused too: the call fails instead of refreshing again.
      expect((first as HttpError).status).to.equal(401);
      expect(mock.counts.refresh).to.equal(1);
      expect(mock.counts.listTokens).to.equal(1);
      await failure(client.listApiTokens());
      expect(mock.counts.refresh).to.equal(2);
      expect(mock.counts.listTokens).to.equal(2);
    });

    it('the token list shows an error and does not loop', async () => {
      const client = new RingCxClient({ store: createMemoryStore() });
      await client.login(DEMO_CREDENTIALS);
      timers = watchTimers();
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await listError(el);
      // No loop later either: nothing is scheduled that could send again.
      expect(timers.pending(), 'timers still pending').to.deep.equal([]);
      expect(mock.counts.refresh).to.equal(1);
      expect(mock.counts.listTokens).to.equal(1);
    });
  });
}
