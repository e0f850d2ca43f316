// Many tabs of one origin: sign-in, refresh and sign-out reach every tab of the same base URL, and
// the tabs renew the short-lived access token together instead of each on its own.
// Tabs are same-origin frames (test/pages/tab.html): separate copies of the library that share
// only IndexedDB, BroadcastChannel, Web Locks and the service worker, as real tabs do.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { http } from 'msw';
import { resolveBaseUrl } from '../src/client.js';
import { createIndexedDbStore, createMemoryStore, RingCxClient, type SessionChange } from '../src/index.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import { DEMO_CREDENTIALS, type MockRingCx, type MockRingCxOptions } from '../src/mock/index.js';
import { mockWorker, startMock, stopMock } from './helpers/mock-server.js';
import { apiUrl, sessionKey, tabMessagesDelivered } from './helpers/session-key.js';
import { closeTabs, openTab, type Tab, type TabMessage } from './helpers/tabs.js';

interface Screen {
  login: string;
  form: boolean;
  tokens: string;
}

const idb = createIndexedDbStore();
let count = 0;

describe('robust: many tabs', function () {
  this.timeout(20_000);
  let base: string;
  let mock: MockRingCx;

  /** A fresh mock on a base URL of its own, so that no two tests share a stored session. */
  async function mockAt(options: MockRingCxOptions = {}): Promise<void> {
    base = `/tabs-${Date.now()}-${++count}`;
    mock = await startMock({ ...options, baseUrl: base });
  }

  const key = () => sessionKey(base);
  const screen = (tab: Tab) => tab.call<Screen>('screen');
  const changed = (reason: string) => (message: TabMessage) => message.type === 'change' && message.reason === reason;

  async function waitForScreen(tab: Tab, test: (screen: Screen) => boolean, what: string, timeout = 5000): Promise<void> {
    const start = Date.now();
    let last: Screen | undefined;
    while (Date.now() - start < timeout) {
      last = await screen(tab);
      if (test(last)) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${tab.name}: ${what} not seen within ${timeout} ms; screen: ${JSON.stringify(last)}`);
  }

  /** Opens tabs and waits until each shows its first screen. */
  async function open(names: string[], query = ''): Promise<Tab[]> {
    const tabs = await Promise.all(names.map((name) => openTab(name, base, query)));
    await Promise.all(tabs.map((tab) => waitForScreen(tab, (s) => s.form || s.login.includes('Signed in'), 'first screen', 5000)));
    return tabs;
  }

  /** Signs in in the first tab and waits until every tab shows the session and its token list. */
  async function signedIn(tabs: Tab[]): Promise<void> {
    await tabs[0]!.call('login', DEMO_CREDENTIALS);
    for (const tab of tabs) await waitForScreen(tab, (s) => s.tokens.includes('No API tokens yet.'), 'the token list', 3000);
  }

  beforeEach(async () => {
    await mockAt();
  });

  afterEach(() => {
    closeTabs();
  });

  after(() => stopMock());

  it('a sign-in in one tab reaches every other tab within a second, and their elements follow', async () => {
    const [a, b, c] = await open(['a', 'b', 'c']);
    await a!.call('login', DEMO_CREDENTIALS);
    for (const tab of [b!, c!]) {
      const message = await tab.next(changed('signed-in'));
      expect(message.session!.displayName).to.equal('Ada Admin');
      await tab.next((m) => m.type === 'event' && m.event === 'ringcx-login');
      await waitForScreen(tab, (s) => s.login.includes('Signed in as Ada Admin') && !s.form, 'signed in');
      await waitForScreen(tab, (s) => s.tokens.includes('No API tokens yet.'), 'the token list');
    }
    expect(mock.counts.login).to.equal(1);
  });

  it('a refresh in one tab reaches every other tab: they use the rotated refresh token', async () => {
    const tabs = await open(['a', 'b', 'c']);
    await signedIn(tabs);
    const [a, b, c] = tabs;
    await a!.call('refresh');
    for (const tab of [b!, c!]) {
      await tab.next(changed('refreshed'));
    }
    // The mock accepts a refresh token once: a tab still holding the old one would be signed out.
    await b!.call('refresh');
    await c!.call('refresh');
    expect(mock.counts.refresh).to.equal(3);
    for (const tab of tabs) {
      expect(tab.messages.some(changed('expired')), `${tab.name} lost the session`).to.equal(false);
      await waitForScreen(tab, (s) => s.login.includes('Signed in as'), 'still signed in');
    }
  });

  it('a sign-out in one tab reaches every other tab within a second, and their elements follow', async () => {
    const tabs = await open(['a', 'b', 'c']);
    await signedIn(tabs);
    const [a, b, c] = tabs;
    await a!.call('logout');
    for (const tab of [b!, c!]) {
      const message = await tab.next(changed('signed-out'));
      expect(message.session).to.equal(null);
      await tab.next((m) => m.type === 'event' && m.event === 'ringcx-logout');
      await waitForScreen(tab, (s) => s.form && s.tokens.includes('Sign in to manage your API tokens.'), 'signed out');
    }
    expect(await idb.get(key())).to.equal(undefined);
  });

  it('a session that ends in one tab ends in every tab, each showing the form with a message', async () => {
    const tabs = await open(['a', 'b', 'c']);
    await signedIn(tabs);
    mock.expireAccessTokens();
    mock.revokeRefreshTokens();
    const error = await tabs[0]!.call('list').catch((e: { kind?: string }) => e);
    expect((error as { kind?: string }).kind).to.equal('session-expired');
    for (const tab of tabs.slice(1)) {
      await tab.next((m) => m.type === 'event' && m.event === 'ringcx-session-expired');
      await waitForScreen(tab, (s) => s.form && s.login.includes('Your session has ended. Sign in again.'), 'the expiry message');
    }
    expect(mock.counts.refresh).to.equal(1);
    expect(await idb.get(key())).to.equal(undefined);
  });

  it('tabs on another base URL of the same origin are not affected', async () => {
    const [a] = await open(['a']);
    const otherBase = `${base}-other`;
    const other = await openTab('other', otherBase);
    await a!.call('login', DEMO_CREDENTIALS);
    // The sign-in's tab message was posted before this call: once the other tab has heard a later
    // one, it has heard (and ignored) that one too.
    await other.call('channelSettled');
    expect(other.messages.filter((m) => m.type === 'change'), 'changes in the other tab').to.deep.equal([]);
    expect(await other.call('session')).to.equal(null);
  });

  it('three tabs that all find the access token refused send exactly ONE refresh', async () => {
    const tabs = await open(['a', 'b', 'c']);
    await signedIn(tabs);
    mock.expireAccessTokens();
    const lists = await Promise.all(tabs.map((tab) => tab.call<string[]>('list')));
    expect(lists).to.deep.equal([[], [], []]);
    expect(mock.counts.refresh).to.equal(1);
  });

  it('three tabs waking with an expired stored token refresh ONCE between them, and not again', async () => {
    const [first] = await open(['first']);
    await signedIn([first!]);
    closeTabs();
    // Hours later: the stored access token has expired while no tab was open.
    const stored = (await idb.get(key())) as Record<string, unknown>;
    await idb.set(key(), { ...stored, expiresAt: Date.now() - 3_600_000 });
    mock.expireAccessTokens();
    const before = mock.counts.listTokens;
    // Each waking tab's token list loads at once, finds the token expired and renews it.
    const tabs = await open(['a', 'b', 'c']);
    for (const tab of tabs) await waitForScreen(tab, (s) => s.tokens.includes('No API tokens yet.'), 'the token list', 3000);
    expect(mock.counts.refresh).to.equal(1);
    // Not again later: no tab has anything scheduled that could send a request.
    for (const tab of tabs) expect(await tab.call('pendingTimers'), `${tab.name}: timers pending`).to.deep.equal([]);
    expect(mock.counts.refresh, 'no refresh loop').to.equal(1);
    expect(mock.counts.listTokens - before).to.equal(3);
  });

  it('with Web Locks only one tab refreshes at a time, even when all are asked to', async () => {
    const tabs = await open(['a', 'b', 'c']);
    await signedIn(tabs);
    let inFlight = 0;
    let most = 0;
    // Slows each refresh down, counting those under way, then lets the mock answer.
    mockWorker().use(
      http.post(apiUrl(base, '/api/auth/token/refresh'), async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 150));
        inFlight--;
      }),
    );
    const lockName = `ringcx-refresh ${resolveBaseUrl(base)}`;
    const seen = (async () => {
      await waitUntil(() => inFlight > 0, 'a refresh starts', { timeout: 3000 });
      return navigator.locks.query();
    })();
    await Promise.all(tabs.map((tab) => tab.call('refresh')));
    const locks = await seen;
    expect(mock.counts.refresh).to.equal(3);
    expect(most, 'refreshes in flight at once').to.equal(1);
    expect((locks.held ?? []).map((lock) => lock.name)).to.deep.equal([lockName]);
    expect((locks.pending ?? []).filter((lock) => lock.name === lockName).length, 'tabs waiting').to.equal(2);
    for (const tab of tabs) expect(tab.messages.some(changed('expired')), `${tab.name} lost the session`).to.equal(false);
  });

  it('without Web Locks, tabs refreshing at the same moment keep the session', async () => {
    const tabs = await open(['a', 'b', 'c'], 'no-locks');
    await signedIn(tabs);
    mock.expireAccessTokens();
    const lists = await Promise.all(tabs.map((tab) => tab.call<string[]>('list')));
    expect(lists).to.deep.equal([[], [], []]);
    // Each tab may refresh (nothing coordinates them), but the refresh token rotates: the tabs
    // whose refresh was refused must adopt the winner's session, not end it.
    expect(mock.counts.refresh).to.be.within(1, 3);
    for (const tab of tabs) {
      expect(tab.messages.some(changed('expired')), `${tab.name} lost the session`).to.equal(false);
      expect(await tab.call('session'), `${tab.name} has a session`).not.to.equal(null);
    }
    expect(await idb.get(key())).not.to.equal(undefined);
    // And the session still works everywhere afterwards.
    await Promise.all(tabs.map((tab) => tab.call('list')));
  });

  it("a tab whose storage does not hold the other tab's session ignores its news (sessionStorage, memory)", async () => {
    // Two clients on one channel, each with a store of its own: two tabs with sessionStorage, or a
    // tab whose IndexedDB failed. Each has its own session; neither may follow the other's.
    const mine = new RingCxClient({ baseUrl: base, store: createMemoryStore(), syncTabs: true });
    const theirs = new RingCxClient({ baseUrl: base, store: createMemoryStore(), syncTabs: true });
    try {
      await mine.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${mine}></ringcx-token-list>`);
      await waitUntil(() => el.shadowRoot!.textContent!.includes('No API tokens yet.'), 'the list');
      const changes: SessionChange[] = [];
      mine.subscribe((change) => changes.push(change));
      await theirs.login(DEMO_CREDENTIALS);
      await theirs.refresh();
      await theirs.logout();
      await tabMessagesDelivered(); // `mine` has heard all three
      await mine.getSession();
      expect(changes.map((change) => change.reason)).to.deep.equal([]);
      expect(mine.session?.displayName).to.equal('Ada Admin');
      expect(el.shadowRoot!.textContent).to.contain('No API tokens yet.');
      expect(mock.counts.listTokens, 'the list was loaded once').to.equal(1);
    } finally {
      mine.close();
      theirs.close();
    }
  });
});
