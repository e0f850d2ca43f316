import { expect } from '@open-wc/testing';
import {
  createMemoryStore,
  HttpError,
  InvalidInputError,
  RingCxClient,
  SessionExpiredError,
  type SessionChange,
  type SessionStore,
} from '../src/index.js';
import { DEMO_CREDENTIALS, DEMO_RC_ACCESS_TOKEN } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';
import { sessionKey } from './helpers/session-key.js';

const BASE = 'https://ringcx.ringcentral.com';

describe('RingCxClient sign-in and session', () => {
  const { mock } = useMock();
  let store: SessionStore;
  const newClient = (options = {}) => new RingCxClient({ store, ...options });

  beforeEach(() => {
    store = createMemoryStore();
  });

  it('signs in with the credentials in a form body, never in the URL', async () => {
    const session = await newClient().login(DEMO_CREDENTIALS);
    expect(session.platformId).to.equal('aws80');
    expect(session.displayName).to.equal('Ada Admin');
    expect(session.mainAccountId).to.equal('99990000');
    expect(session).not.to.have.property('accessToken');
    const [request] = mock.requests;
    expect(request!.operation).to.equal('login');
    expect(request!.url).not.to.contain(DEMO_CREDENTIALS.password);
    expect(request!.url).to.equal(`${BASE}/api/auth/login/admin`);
    expect(new URLSearchParams(request!.body).get('password')).to.equal(DEMO_CREDENTIALS.password);
    expect(request!.headers['content-type']).to.contain('application/x-www-form-urlencoded');
  });

  it("puts the credentials in the query string only when asked to (credentialsIn: 'query')", async () => {
    await newClient({ credentialsIn: 'query' }).login(DEMO_CREDENTIALS);
    const url = new URL(mock.requests[0]!.url);
    expect(url.searchParams.get('username')).to.equal(DEMO_CREDENTIALS.username);
    expect(url.searchParams.get('platformId')).to.equal('aws80');
    expect(mock.requests[0]!.body).to.equal('');
  });

  it('rejects wrong credentials with a 401 HttpError that holds no password', async () => {
    const error = await newClient()
      .login({ ...DEMO_CREDENTIALS, password: 'wrong-secret-pw' })
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(HttpError);
    const httpError = error as HttpError;
    expect(httpError.status).to.equal(401);
    expect(httpError.errorCode).to.equal('access.denied.exception');
    expect(JSON.stringify({ ...httpError, message: httpError.message })).not.to.contain('wrong-secret-pw');
    expect(await newClient().getSession()).to.equal(null);
  });

  it('keeps the password out of an error body that echoes the request, in any spelling', async () => {
    const password = 'echo me&back 42+';
    const spellings = [password, encodeURIComponent(password), new URLSearchParams({ p: password }).toString().slice(2)];
    for (const credentialsIn of ['body', 'query'] as const) {
      mock.failNext('login', (() => {
        const query = new URLSearchParams({ ...DEMO_CREDENTIALS, password }).toString();
        return Response.json(
          {
            generalMessage: `Bad request for ${password}`,
            requestUri: `/api/auth/login/admin?${query}`,
            validationErrors: [{ attributeName: 'password', message: 'invalid', value: password }],
          },
          { status: 400 },
        );
      }));
      const error = (await newClient({ credentialsIn })
        .login({ ...DEMO_CREDENTIALS, password })
        .catch((e: unknown) => e)) as HttpError;
      expect(error).to.be.instanceOf(HttpError);
      const everything = JSON.stringify({ ...error, message: error.message });
      for (const spelling of spellings) expect(everything, `${credentialsIn}: ${spelling}`).not.to.contain(spelling);
    }
  });

  it('checks the input before sending anything', async () => {
    const client = newClient();
    const cases = [
      { ...DEMO_CREDENTIALS, username: '   ' },
      { ...DEMO_CREDENTIALS, password: '' },
      { ...DEMO_CREDENTIALS, platformId: '' },
      { ...DEMO_CREDENTIALS, platformId: 'aws 80' },
      { ...DEMO_CREDENTIALS, username: 'a'.repeat(10_000) },
    ];
    const fields = [];
    for (const credentials of cases) {
      const error = await client.login(credentials).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(InvalidInputError);
      fields.push((error as InvalidInputError).field);
    }
    expect(fields).to.deep.equal(['username', 'password', 'platformId', 'platformId', 'username']);
    expect(mock.requests).to.have.length(0);
  });

  it('exchanges a RingEX token for a session with a refresh token', async () => {
    const session = await newClient().loginWithRingEx(DEMO_RC_ACCESS_TOKEN);
    expect(session.ssoLogin).to.equal(true);
    const request = mock.requests[0]!;
    expect(request.operation).to.equal('exchange');
    expect(new URL(request.url).searchParams.get('includeRefresh')).to.equal('true');
    expect(new URLSearchParams(request.body).get('rcTokenType')).to.equal('Bearer');
    // The session can refresh, so the exchange did ask for a refresh token.
    await newClient().refresh();
    expect(mock.counts.refresh).to.equal(1);
  });

  it('finds the stored session in a new client (after a reload) and calls the API without signing in', async () => {
    await newClient().login(DEMO_CREDENTIALS);
    const reloaded = newClient();
    expect((await reloaded.getSession())?.displayName).to.equal('Ada Admin');
    expect(await reloaded.listApiTokens()).to.deep.equal([]);
    expect(mock.counts.login).to.equal(1);
    expect(mock.counts.refresh).to.equal(0);
  });

  it('keeps sessions of two base URLs apart', async () => {
    await newClient().login(DEMO_CREDENTIALS);
    expect(await newClient({ baseUrl: 'https://engage.ringcentral.com' }).getSession()).to.equal(null);
  });

  it('never stores the password', async () => {
    const values: unknown[] = [];
    const recording: SessionStore = { ...store, set: async (key, value) => (values.push(value), store.set(key, value)) };
    await new RingCxClient({ store: recording }).login(DEMO_CREDENTIALS);
    expect(values).to.have.length(1);
    expect(JSON.stringify(values)).not.to.contain(DEMO_CREDENTIALS.password);
  });

  it('refresh() saves the new access and refresh tokens', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    const before = JSON.stringify(await store.get(sessionKey()));
    await client.refresh();
    const after = (await store.get(sessionKey())) as { accessToken: string; refreshToken: string };
    expect(JSON.stringify(after)).not.to.equal(before);
    // The mock rotates refresh tokens and rejects a used one: a second refresh works only if the
    // new refresh token was saved.
    await newClient().refresh();
    expect(mock.counts.refresh).to.equal(2);
  });

  it('logout revokes the refresh token and clears the stored session', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    const { refreshToken } = (await store.get(sessionKey())) as { refreshToken: string };
    await client.logout();
    expect(mock.counts.logout).to.equal(1);
    expect(mock.requests.at(-1)!.url).to.equal(`${BASE}/api/auth/logout/${encodeURIComponent(refreshToken)}`);
    expect(await store.get(sessionKey())).to.equal(undefined);
    expect(client.session).to.equal(null);
    const error = await client.listApiTokens().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SessionExpiredError);
    expect((error as SessionExpiredError).reason).to.equal('signed-out');
  });

  it('logout clears the session even when the server cannot be reached', async () => {
    const client = newClient();
    await client.login(DEMO_CREDENTIALS);
    mock.failNext('logout', () => Response.error());
    await client.logout();
    expect(await newClient().getSession()).to.equal(null);
  });

  it('tells subscribers about sign-in, refresh, sign-out and restore, without tokens', async () => {
    const changes: SessionChange[] = [];
    const client = newClient();
    client.subscribe((change) => changes.push(change));
    await client.login(DEMO_CREDENTIALS);
    await client.refresh();
    await client.logout();
    expect(changes.map((change) => change.reason)).to.deep.equal(['signed-in', 'refreshed', 'signed-out']);
    expect(changes[0]!.session?.displayName).to.equal('Ada Admin');
    expect(changes[2]!.session).to.equal(null);
    expect(JSON.stringify(changes)).not.to.match(/eyJ/);

    await newClient().login(DEMO_CREDENTIALS);
    const restored: SessionChange[] = [];
    const reloaded = newClient();
    reloaded.subscribe((change) => restored.push(change));
    await reloaded.getSession();
    expect(restored.map((change) => change.reason)).to.deep.equal(['restored']);
  });

  it('discards a corrupt, old-format or foreign stored session', async () => {
    const key = sessionKey();
    for (const value of ['garbage', { format: 0, accessToken: 'x' }, { format: 1, baseUrl: 'https://elsewhere.example', accessToken: 'x' }]) {
      await store.set(key, value);
      expect(await newClient().getSession()).to.equal(null);
      expect(await store.get(key)).to.equal(undefined);
    }
  });

  it('resolves a relative base URL against the page, for a same-origin proxy', () => {
    const client = newClient({ baseUrl: '/ringcx/' });
    expect(client.baseUrl).to.equal(`${location.origin}/ringcx`);
    expect(() => newClient({ baseUrl: 'javascript:alert(1)' })).to.throw(InvalidInputError);
  });
});

describe('RingCxClient sign-in while the stored session is still being read', () => {
  useMock();

  it('keeps the new session instead of what the store held', async () => {
    const backing = createMemoryStore();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The read sees the store as it was (empty) and answers late.
    const slow: SessionStore = {
      ...backing,
      get: async (key) => {
        const value = await backing.get(key);
        await gate;
        return value;
      },
    };
    const client = new RingCxClient({ store: slow });
    const reading = client.getSession();
    const signingIn = client.login(DEMO_CREDENTIALS);
    await signingIn; // signed in while the first read is still held
    release();
    await reading;
    expect(client.session?.displayName).to.equal('Ada Admin');
    expect((await client.getSession())?.displayName).to.equal('Ada Admin');
  });
});
