import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createMemoryStore, HttpError, RingCxClient, SessionExpiredError, type SessionChange, type SessionStore } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';
import { sessionKey } from './helpers/session-key.js';
import { gate, holdRequest } from './helpers/gate.js';

const KEY = sessionKey();
const REFRESH_URL = 'https://ringcx.ringcentral.com/api/auth/token/refresh';

/** Settles on the client's next `signed-out` notification. */
const signedOut = (client: RingCxClient) =>
  new Promise<void>((resolve) => {
    const stop = client.subscribe((change) => {
      if (change.reason === 'signed-out') {
        stop();
        resolve();
      }
    });
  });

describe('RingCxClient refreshes the access token on its own', () => {
  const { mock, worker } = useMock();
  let store: SessionStore;
  const newClient = () => new RingCxClient({ store });

  beforeEach(() => {
    store = createMemoryStore();
  });

  /** Makes the stored session look about to expire, as after minutes of idling. */
  async function ageStoredSession(): Promise<void> {
    const session = (await store.get(KEY)) as { expiresAt: number };
    await store.set(KEY, { ...session, expiresAt: Date.now() - 1000 });
  }

  it('refreshes before expiry, reading exp from the JWT', async () => {
    await newClient().login(DEMO_CREDENTIALS);
    const stored = (await store.get(KEY)) as { expiresAt: number };
    // The mock issues 300-second tokens; expiry is read from the token itself.
    expect(stored.expiresAt).to.be.within(Date.now() + 295_000, Date.now() + 301_000);
    await ageStoredSession();
    await newClient().listApiTokens();
    expect(mock.counts.refresh).to.equal(1);
    expect(mock.requests.map((request) => request.operation)).to.deep.equal(['login', 'refresh', 'listTokens']);
  });

  it('on a 401 "Jwt is expired" refreshes once and retries the call once', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    mock.expireAccessTokens();
    expect(await client.listApiTokens()).to.deep.equal([]);
    expect(mock.requests.map((request) => request.operation)).to.deep.equal(['login', 'listTokens', 'refresh', 'listTokens']);
  });

  it('shares one refresh among many concurrent calls (single-flight)', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    mock.expireAccessTokens();
    const results = await Promise.all(Array.from({ length: 20 }, () => client.listApiTokens()));
    expect(results).to.have.length(20);
    expect(mock.counts.refresh).to.equal(1);
  });

  it('shares one refresh among concurrent calls that find the token expired before sending', async () => {
    await newClient().login(DEMO_CREDENTIALS);
    await ageStoredSession();
    const client = newClient();
    await Promise.all([client.listApiTokens(), client.getAccounts(), client.listApiTokens()]);
    expect(mock.counts.refresh).to.equal(1);
    expect(mock.counts.listTokens).to.equal(2);
  });

  it('a caller that gives up does not cancel the refresh the other callers share', async () => {
    await newClient().login(DEMO_CREDENTIALS);
    await ageStoredSession();
    const refresh = holdRequest(worker, 'post', REFRESH_URL);
    const client = newClient();
    const changes: SessionChange[] = [];
    client.subscribe((change) => changes.push(change));
    const controller = new AbortController();
    const givingUp = client.listApiTokens({ signal: controller.signal }).catch((e: unknown) => e);
    const waiting = client.getAccounts();
    await refresh.arrived; // the shared refresh is on the wire
    controller.abort();
    expect(((await givingUp) as Error).name).to.equal('AbortError');
    refresh.release();
    expect((await waiting).length).to.be.greaterThan(0);
    expect(changes.map((change) => change.reason)).to.deep.equal(['restored', 'refreshed']);
    // The rotated refresh token was saved: the session goes on in a new client.
    await ageStoredSession();
    expect(await newClient().listApiTokens()).to.deep.equal([]);
    expect(mock.counts.refresh).to.equal(2);
  });

  it('a refresh that finishes after sign-out does not sign the user back in', async () => {
    // The server has rotated the tokens; its answer is still on the way when the user signs out.
    const answer = gate();
    const lateRefresh: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if ((input as Request).url.endsWith('/token/refresh')) await answer.pass();
      return response;
    };
    const client = new RingCxClient({ store, fetch: lateRefresh });
    await client.login(DEMO_CREDENTIALS);
    const refreshing = client.refresh().catch((e: unknown) => e);
    await answer.arrived;
    const signingOut = client.logout();
    await signedOut(client);
    answer.release(); // the rotated tokens arrive after the sign-out
    await signingOut;
    const error = await refreshing;
    expect(error).to.be.instanceOf(SessionExpiredError);
    expect(client.session).to.equal(null);
    expect(await store.get(KEY)).to.equal(undefined);
    expect(await newClient().getSession()).to.equal(null);
    // The tokens the late answer brought are revoked too.
    await waitUntil(() => mock.counts.logout === 2, 'the new refresh token is revoked');
  });

  it('a refresh refused because the user signed out meanwhile is not reported as an expiry', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    // The refresh is answered only after the sign-out.
    const refresh = holdRequest(worker, 'post', REFRESH_URL);
    const changes: SessionChange[] = [];
    client.subscribe((change) => changes.push(change));
    const refreshing = client.refresh().catch((e: unknown) => e);
    await refresh.arrived;
    const signingOut = client.logout();
    await signedOut(client);
    refresh.release();
    await signingOut;
    const error = await refreshing;
    expect(error).to.be.instanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).reason).to.equal('signed-out');
    expect(changes.map((change) => change.reason)).to.deep.equal(['signed-out']);
  });

  it('ends the session when the refresh token is refused: cleared, typed error, notification', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    const changes: SessionChange[] = [];
    client.subscribe((change) => changes.push(change));
    mock.expireAccessTokens();
    mock.revokeRefreshTokens();
    const error = await client.listApiTokens().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).reason).to.equal('refresh-failed');
    expect(await store.get(KEY)).to.equal(undefined);
    expect(changes.map((change) => change.reason)).to.deep.equal(['expired']);
    expect(client.session).to.equal(null);
    // No loop: one refresh, then nothing more.
    expect(mock.counts.refresh).to.equal(1);
    expect(mock.counts.listTokens).to.equal(1);
  });

  it('keeps the session when the refresh fails for a network reason', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    mock.expireAccessTokens();
    mock.failNext('refresh', () => Response.error());
    const error = await client.listApiTokens().catch((e: unknown) => e);
    expect((error as Error).name).to.equal('RingCxNetworkError');
    expect(await store.get(KEY)).not.to.equal(undefined);
  });

  it('refreshes at most once per call when a new token is still refused', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    mock.failNext('listTokens', () => new Response('Jwt is expired', { status: 401 }), 2);
    const error = await client.listApiTokens().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(401);
    expect(mock.counts.refresh).to.equal(1);
    expect(mock.counts.listTokens).to.equal(2);
  });

  it('tolerates an access token that is not a JWT: no expiry known, refresh on 401', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    const session = (await store.get(KEY)) as Record<string, unknown>;
    await store.set(KEY, { ...session, accessToken: 'opaque-token', expiresAt: undefined });
    const reloaded = newClient();
    expect(await reloaded.listApiTokens()).to.deep.equal([]);
    expect(mock.counts.refresh).to.equal(1);
  });

  it('a token already expired at issue time costs at most one refresh per call, not a loop', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    // Every stored token looks expired the moment it is saved.
    const skewed: SessionStore = {
      ...store,
      get: async (key) => {
        const value = (await store.get(key)) as Record<string, unknown> | undefined;
        return value && { ...value, expiresAt: 0 };
      },
    };
    const aged = new RingCxClient({ store: skewed });
    await aged.listApiTokens();
    await aged.listApiTokens();
    await aged.listApiTokens();
    expect(mock.counts.refresh).to.equal(1);
    expect(mock.counts.listTokens).to.equal(3);
  });
});
