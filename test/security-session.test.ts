// Issue 10, rows 6 and 7 and the refresh contract: forged tab messages are ignored, a new sign-in
// revokes the session it replaces, and a refresh is sent and judged as RingCentral's clients do.
import { expect, waitUntil } from '@open-wc/testing';
import { createIndexedDbStore, createMemoryStore, RingCxClient, SessionExpiredError, type SessionChange, type SessionStore } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { failure } from './helpers/failure.js';
import { useMock } from './helpers/mock-server.js';
import { sessionKey, TAB_CHANNEL } from './helpers/session-key.js';

describe('Security: tab messages', () => {
  const base = '/sec-tabs';
  useMock({ baseUrl: base });
  const store = createIndexedDbStore();
  afterEach(() => store.delete(sessionKey(base)));

  it('ignores a forged message of another shape, reason or base URL; heeds a real one', async () => {
    const listener = new RingCxClient({ baseUrl: base, store, syncTabs: true });
    await listener.getSession();
    const reasons: string[] = [];
    listener.subscribe((change) => reasons.push(change.reason));
    // Another client signs in without telling the tabs: the store now holds a session.
    await new RingCxClient({ baseUrl: base, store, syncTabs: false }).login(DEMO_CREDENTIALS);
    const baseUrl = listener.baseUrl;
    const forger = new BroadcastChannel(TAB_CHANNEL);
    try {
      for (const forged of [
        { baseUrl, reason: 'bogus-<b>reason</b>' },
        { baseUrl, reason: 'signed-in', session: { displayName: 'Mallory' } },
        { baseUrl: `${baseUrl}/other`, reason: 'signed-in' },
        { baseUrl, reason: 'restored' },
        [baseUrl, 'signed-in'],
        'signed-in',
        null,
      ]) {
        forger.postMessage(forged);
      }
      // The real message comes last: once it is heard, every forged one before it was handled.
      forger.postMessage({ baseUrl, reason: 'signed-in' });
      await waitUntil(() => reasons.length > 0, 'the real tab message was not heard');
    } finally {
      forger.close();
      listener.close();
    }
    expect(reasons).to.deep.equal(['signed-in']);
  });
});

describe('Security: sessions', () => {
  const { mock } = useMock();
  let store: SessionStore;
  beforeEach(() => {
    store = createMemoryStore();
  });
  const refreshTokenOf = async () => ((await store.get(sessionKey())) as { refreshToken: string }).refreshToken;

  it('signing in over a session revokes the refresh token it replaces', async () => {
    const client = new RingCxClient({ store });
    await client.login(DEMO_CREDENTIALS);
    const first = await refreshTokenOf();
    await client.login(DEMO_CREDENTIALS);
    await waitUntil(() => mock.counts.logout === 1, 'the previous refresh token was not revoked');
    const logout = mock.requests.find((request) => request.operation === 'logout')!;
    expect(new URL(logout.url).pathname.endsWith(`/${encodeURIComponent(first)}`)).to.equal(true);
    expect(await refreshTokenOf()).not.to.equal(first);
  });

  it('a refresh sends rcTokenType=Bearer with the refresh token', async () => {
    const client = new RingCxClient({ store });
    await client.login(DEMO_CREDENTIALS);
    await client.refresh();
    const refresh = mock.requests.find((request) => request.operation === 'refresh')!;
    const body = new URLSearchParams(refresh.body);
    expect(body.get('rcTokenType')).to.equal('Bearer');
    expect(body.get('refresh_token')).to.be.a('string').and.not.equal('');
  });

  it('a refresh refused with any 4xx but 408 and 429 ends the session, once', async () => {
    // 415 twice: the body form refused (which the client retries in the query), then the query too.
    for (const [status, times] of [[405, 1], [410, 1], [422, 1], [415, 2]] as const) {
      const client = new RingCxClient({ store });
      await client.login(DEMO_CREDENTIALS);
      const changes: SessionChange[] = [];
      client.subscribe((change) => changes.push(change));
      mock.failNext('refresh', new Response('{"generalMessage":"nope"}', { status, headers: { 'Content-Type': 'application/json' } }), times);
      const error = await failure(client.refresh());
      expect(error, String(status)).to.be.instanceOf(SessionExpiredError);
      expect(client.session, String(status)).to.equal(null);
      expect(changes.map((change) => change.reason), String(status)).to.deep.equal(['expired']);
    }
  });

  it('a refresh that meets 408, 429, 5xx or no network keeps the session', async () => {
    const client = new RingCxClient({ store, retries: 0 });
    await client.login(DEMO_CREDENTIALS);
    for (const status of [408, 429, 500, 503]) {
      mock.failNext('refresh', new Response('busy', { status }));
      const error = await failure(client.refresh());
      expect(error, String(status)).not.to.be.instanceOf(SessionExpiredError);
      expect(client.session, String(status)).not.to.equal(null);
    }
    mock.failNext('refresh', () => Response.error());
    expect(await failure(client.refresh())).not.to.be.instanceOf(SessionExpiredError);
    expect(client.session).not.to.equal(null);
    await client.refresh();
    expect(client.session).not.to.equal(null);
  });
});
