import { expect } from '@open-wc/testing';
import {
  DEMO_CREDENTIALS,
  DEMO_RC_ACCESS_TOKEN,
  createMockRingCx,
  makeAccounts,
  type MockOperation,
  type MockRingCxOptions,
} from '../src/mock/index.js';
import { ROUTES } from '../src/mock/routes.js';
import type { AccessTokenUserDetails, Account, ApiErrorBody } from '../src/types.js';
import { useMock } from './helpers/mock-server.js';
import { watchTimers } from './helpers/timers.js';
import { loadContract, validate, type Contract, type ContractOperation } from './helpers/schema.js';

const BASE = 'https://ringcx.ringcentral.com';
const ADMIN = `${BASE}/voice/api/v1/admin`;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const { mock, worker } = useMock();

function form(fields: Record<string, string>): RequestInit {
  return { method: 'POST', body: new URLSearchParams(fields) };
}

async function login(fields: Record<string, string> = DEMO_CREDENTIALS): Promise<AccessTokenUserDetails> {
  const response = await fetch(`${BASE}/api/auth/login/admin`, form(fields));
  expect(response.status).to.equal(200);
  return response.json() as Promise<AccessTokenUserDetails>;
}

function refresh(refreshToken: string): Promise<Response> {
  return fetch(`${BASE}/api/auth/token/refresh`, form({ refresh_token: refreshToken }));
}

function bearer(token: string): RequestInit {
  return { headers: { Authorization: `Bearer ${token}` } };
}

function claims(jwt: string): Record<string, unknown> {
  const [, payload] = jwt.split('.');
  const base64 = payload!.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))) as Record<string, unknown>;
}

async function expectApiError(response: Response, status: number, errorCode?: string): Promise<ApiErrorBody> {
  expect(response.status).to.equal(status);
  expect(response.headers.get('Content-Type')).to.equal('application/json');
  const body = (await response.json()) as ApiErrorBody;
  expect(body.generalMessage).to.be.a('string').and.not.empty;
  expect(body.timestamp).to.be.a('number');
  expect(body.requestUri).to.be.a('string');
  if (errorCode) expect(body.errorCode).to.equal(errorCode);
  return body;
}

async function expectJwtExpired(response: Response): Promise<void> {
  expect(response.status).to.equal(401);
  expect(response.headers.get('Content-Type')).to.match(/^text\/plain/);
  expect(await response.text()).to.equal('Jwt is expired');
}

/** Serves another mock for the rest of the test; `useMock`'s beforeEach puts the default one back. */
function swapIn(options: MockRingCxOptions) {
  const other = createMockRingCx(options);
  worker.resetHandlers(...other.handlers);
  return other;
}

describe('mock RingCX', () => {
  describe('login', () => {
    it('signs in with credentials in a form body', async () => {
      const details = await login();
      expect(details.tokenType).to.equal('Bearer');
      expect(details.mainAccountId).to.equal('99990000');
      expect(details.platformId).to.equal('aws80');
      expect(details.adminId).to.equal(1001);
      expect(details.ssoLogin).to.equal(false);
      expect(details.refreshToken).to.be.a('string').with.length.above(20);
      expect(details.agentDetails).to.have.length(1);
      expect(details.agentDetails![0]!.username).to.equal(DEMO_CREDENTIALS.username);
      expect(details.rcUser).to.include({ firstName: 'Ada', lastName: 'Admin', email: 'admin@example.com' });
      expect(details.adminUrl).to.be.a('string');
      expect(details.agentUrl).to.be.a('string');
      expect(details.analyticsUrl).to.be.a('string');
      const jwt = claims(details.accessToken!);
      expect(jwt).to.include({ plat: 'aws80', sub: '1001' });
      expect((jwt.exp as number) - (jwt.iat as number)).to.equal(300);
      expect(Math.abs((jwt.iat as number) - Date.now() / 1000)).to.be.below(5);
      expect(details.accessToken!.split('.')).to.have.length(3);
      expect(details.accessToken).to.match(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    });

    it('also takes the credentials from the query string, as the guide shows', async () => {
      const query = new URLSearchParams(DEMO_CREDENTIALS);
      const response = await fetch(`${BASE}/api/auth/login/admin?${query}`, { method: 'POST' });
      expect(response.status).to.equal(200);
      expect(mock.requests[0]!.url).to.contain('password=demo-password');
    });

    it('logs a form login with the password in the body, not the URL', async () => {
      await login();
      expect(mock.counts.login).to.equal(1);
      const [logged] = mock.requests;
      expect(logged!.operation).to.equal('login');
      expect(logged!.method).to.equal('POST');
      expect(logged!.url).to.equal(`${BASE}/api/auth/login/admin`);
      expect(logged!.body).to.contain('password=demo-password');
      expect(logged!.headers['content-type']).to.match(/^application\/x-www-form-urlencoded/);
    });

    it('issues distinct tokens on every login', async () => {
      const [a, b] = [await login(), await login()];
      expect(a.accessToken).to.not.equal(b.accessToken);
      expect(a.refreshToken).to.not.equal(b.refreshToken);
    });

    it('rejects a wrong password with a 401 Errors body', async () => {
      const response = await fetch(`${BASE}/api/auth/login/admin`, form({ ...DEMO_CREDENTIALS, password: 'nope' }));
      const body = await expectApiError(response, 401, 'access.denied.exception');
      expect(body.generalMessage).to.equal('Invalid credentials');
      expect(body.requestUri).to.equal('/api/auth/login/admin');
    });

    it('rejects missing fields and a wrong platform', async () => {
      const { platformId: _, ...withoutPlatform } = DEMO_CREDENTIALS;
      for (const fields of [{}, withoutPlatform, { ...DEMO_CREDENTIALS, platformId: 'aws81' }]) {
        const response = await fetch(`${BASE}/api/auth/login/admin`, form(fields));
        await expectApiError(response, 401, 'access.denied.exception');
      }
    });

    it('ignores credentials sent as JSON, which the server does not read', async () => {
      const response = await fetch(`${BASE}/api/auth/login/admin`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(DEMO_CREDENTIALS),
      });
      await expectApiError(response, 401);
    });

    it('signs in any configured user', async () => {
      swapIn({ users: [{ username: 'bo@example.com', password: 'pw', platformId: 'gcp12', adminId: 7, mainAccountId: '99980000' }] });
      const details = await login({ username: 'bo@example.com', password: 'pw', platformId: 'gcp12' });
      expect(details).to.include({ adminId: 7, mainAccountId: '99980000', platformId: 'gcp12' });
      expect(details.agentDetails![0]!.accountId).to.equal('99980001');
      expect(claims(details.accessToken!)).to.include({ plat: 'gcp12', sub: '7' });
    });
  });

  describe('RingEX exchange', () => {
    const exchange = (query: string, fields: Record<string, string> = { rcAccessToken: DEMO_RC_ACCESS_TOKEN, rcTokenType: 'Bearer' }) =>
      fetch(`${BASE}/api/auth/login/rc/accesstoken${query}`, form(fields));

    it('answers a single-sign-on session with a refresh token when asked', async () => {
      const response = await exchange('?includeRefresh=true');
      expect(response.status).to.equal(200);
      const details = (await response.json()) as AccessTokenUserDetails;
      expect(details.ssoLogin).to.equal(true);
      expect(details.refreshToken).to.be.a('string');
      expect(details.mainAccountId).to.equal('99990000');
      expect((await refresh(details.refreshToken!)).status).to.equal(200);
    });

    it('answers refreshToken null without includeRefresh=true', async () => {
      const details = (await (await exchange('')).json()) as AccessTokenUserDetails;
      expect(details.refreshToken).to.equal(null);
      expect(details.accessToken).to.be.a('string');
    });

    it('rejects an unknown RingEX token or a missing token type', async () => {
      await expectApiError(await exchange('?includeRefresh=true', { rcAccessToken: 'other', rcTokenType: 'Bearer' }), 401);
      await expectApiError(await exchange('?includeRefresh=true', { rcAccessToken: DEMO_RC_ACCESS_TOKEN }), 401);
    });

    it('throttles a sixth exchange within a minute with 429 and Retry-After', async () => {
      for (let i = 0; i < 5; i++) expect((await exchange('?includeRefresh=true')).status).to.equal(200);
      const response = await exchange('?includeRefresh=true');
      await expectApiError(response, 429);
      expect(Number(response.headers.get('Retry-After'))).to.be.within(1, 60);
      expect(mock.counts.exchange).to.equal(6);
    });

    it('lets the limit be lifted', async () => {
      swapIn({ exchangeLimitPerMinute: Infinity });
      for (let i = 0; i < 7; i++) expect((await exchange('')).status).to.equal(200);
    });
  });

  describe('refresh', () => {
    it('rotates both tokens and rejects the used refresh token', async () => {
      const first = await login();
      const response = await refresh(first.refreshToken!);
      expect(response.status).to.equal(200);
      const second = (await response.json()) as AccessTokenUserDetails;
      expect(second.accessToken).to.be.a('string').and.not.equal(first.accessToken);
      expect(second.refreshToken).to.be.a('string').and.not.equal(first.refreshToken);
      expect(second.ssoLogin).to.equal(false);
      await expectApiError(await refresh(first.refreshToken!), 401, 'access.denied.exception');
      expect((await refresh(second.refreshToken!)).status).to.equal(200);
      expect((await fetch(`${ADMIN}/accounts`, bearer(second.accessToken!))).status).to.equal(200);
    });

    it('takes the refresh token from the query string too', async () => {
      const { refreshToken } = await login();
      const query = new URLSearchParams({ refresh_token: refreshToken! });
      expect((await fetch(`${BASE}/api/auth/token/refresh?${query}`, { method: 'POST' })).status).to.equal(200);
    });

    it('rejects unknown, missing and revoked refresh tokens', async () => {
      await expectApiError(await refresh('not-a-token'), 401);
      await expectApiError(await fetch(`${BASE}/api/auth/token/refresh`, { method: 'POST' }), 401);
      const { refreshToken, accessToken } = await login();
      mock.revokeRefreshTokens();
      await expectApiError(await refresh(refreshToken!), 401);
      // Revoking refresh tokens leaves issued access tokens alone.
      expect((await fetch(`${BASE}/api/auth/token/validate`, bearer(accessToken!))).status).to.equal(200);
      const fresh = await login();
      expect((await refresh(fresh.refreshToken!)).status).to.equal(200);
    });
  });

  describe('logout', () => {
    it('revokes the refresh token', async () => {
      const { refreshToken } = await login();
      const response = await fetch(`${BASE}/api/auth/logout/${encodeURIComponent(refreshToken!)}`, { method: 'DELETE' });
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.match(/^text\/plain/);
      await expectApiError(await refresh(refreshToken!), 401);
    });

    it('answers 200 for an unknown refresh token too', async () => {
      expect((await fetch(`${BASE}/api/auth/logout/unknown`, { method: 'DELETE' })).status).to.equal(200);
      expect(mock.counts.logout).to.equal(1);
    });
  });

  describe('validate', () => {
    it('accepts a live access token', async () => {
      const { accessToken } = await login();
      const response = await fetch(`${BASE}/api/auth/token/validate`, bearer(accessToken!));
      expect(response.status).to.equal(200);
    });

    it('answers Jwt is expired for an expired token and 401 JSON for an unknown or missing one', async () => {
      const { accessToken } = await login();
      mock.expireAccessTokens();
      await expectJwtExpired(await fetch(`${BASE}/api/auth/token/validate`, bearer(accessToken!)));
      await expectApiError(await fetch(`${BASE}/api/auth/token/validate`, bearer('a.b.c')), 401);
      await expectApiError(await fetch(`${BASE}/api/auth/token/validate`), 401);
    });
  });

  describe('admin authentication', () => {
    it('turns away requests without credentials or with unknown ones', async () => {
      await expectApiError(await fetch(`${ADMIN}/accounts`), 401, 'access.denied.exception');
      await expectApiError(await fetch(`${ADMIN}/accounts`, bearer('nope')), 401);
      await expectApiError(await fetch(`${ADMIN}/token`, { headers: { 'X-Auth-Token': 'aws80:nope' } }), 401);
    });

    it('answers Jwt is expired once the access token expires, but new tokens work', async () => {
      const { accessToken } = await login();
      mock.expireAccessTokens();
      await expectJwtExpired(await fetch(`${ADMIN}/accounts`, bearer(accessToken!)));
      await expectJwtExpired(await fetch(`${ADMIN}/token`, { ...bearer(accessToken!), method: 'POST' }));
      const fresh = await login();
      expect((await fetch(`${ADMIN}/accounts`, bearer(fresh.accessToken!))).status).to.equal(200);
    });

    it('expires access tokens after their lifetime', async () => {
      swapIn({ accessTokenLifetime: 0.3 });
      const { accessToken } = await login();
      expect((await fetch(`${ADMIN}/accounts`, bearer(accessToken!))).status).to.equal(200);
      // A fake clock for the mock (it runs in this page): 350 ms later, without waiting for them.
      const now = Date.now;
      Date.now = () => now.call(Date) + 350;
      try {
        await expectJwtExpired(await fetch(`${ADMIN}/accounts`, bearer(accessToken!)));
      } finally {
        Date.now = now;
      }
    });

    it('forgets every token on reset', async () => {
      const { accessToken, refreshToken } = await login();
      mock.reset();
      await expectApiError(await fetch(`${ADMIN}/accounts`, bearer(accessToken!)), 401);
      await expectApiError(await refresh(refreshToken!), 401);
    });
  });

  describe('API tokens', () => {
    async function createToken(accessToken: string): Promise<string> {
      const response = await fetch(`${ADMIN}/token`, { ...bearer(accessToken), method: 'POST' });
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.match(/^text\/plain/);
      return response.text();
    }

    it('creates, lists and deletes tokens', async () => {
      const { accessToken } = await login();
      const token = await createToken(accessToken!);
      const [prefix, uuid] = token.split(/:(.*)/);
      expect(prefix).to.equal('aws80');
      expect(uuid).to.match(UUID_V4);
      const other = await createToken(accessToken!);
      expect(mock.apiTokensOf('admin@example.com')).to.deep.equal([token, other]);

      const list = await fetch(`${ADMIN}/token`, bearer(accessToken!));
      expect(list.headers.get('Content-Type')).to.equal('application/json');
      expect(await list.json()).to.deep.equal([token, other]);

      const deleted = await fetch(`${ADMIN}/token/${encodeURIComponent(token)}`, { ...bearer(accessToken!), method: 'DELETE' });
      expect(deleted.status).to.equal(200);
      expect(deleted.headers.get('Content-Type')).to.match(/^text\/plain/);
      expect(await deleted.text()).to.equal('true');
      expect(mock.apiTokensOf('admin@example.com')).to.deep.equal([other]);
      expect(mock.apiTokensOf('nobody@example.com')).to.deep.equal([]);
    });

    it('matches a token whose colon is not encoded', async () => {
      const { accessToken } = await login();
      const token = await createToken(accessToken!);
      const response = await fetch(`${ADMIN}/token/${token}`, { ...bearer(accessToken!), method: 'DELETE' });
      expect(response.status).to.equal(200);
    });

    it('authenticates with X-Auth-Token, until that token is deleted', async () => {
      const { accessToken } = await login();
      const token = await createToken(accessToken!);
      const auth = { headers: { 'X-Auth-Token': token } };
      expect(await (await fetch(`${ADMIN}/token`, auth)).json()).to.deep.equal([token]);
      expect((await fetch(`${ADMIN}/accounts`, auth)).status).to.equal(200);
      const path = `${ADMIN}/token/${encodeURIComponent(token)}`;
      expect((await fetch(path, { ...auth, method: 'DELETE' })).status).to.equal(200);
      await expectApiError(await fetch(`${ADMIN}/token`, auth), 401);
    });

    it('answers 404 for an unknown token and for another user’s token', async () => {
      const { accessToken } = await login();
      const unknown = await fetch(`${ADMIN}/token/${encodeURIComponent('aws80:0000')}`, { ...bearer(accessToken!), method: 'DELETE' });
      await expectApiError(unknown, 404);

      swapIn({
        users: [DEMO_CREDENTIALS, { username: 'eve@example.com', password: 'pw', platformId: 'aws80' }],
      });
      const ada = await login();
      const eve = await login({ username: 'eve@example.com', password: 'pw', platformId: 'aws80' });
      const adaToken = await createToken(ada.accessToken!);
      const stolen = await fetch(`${ADMIN}/token/${encodeURIComponent(adaToken)}`, { ...bearer(eve.accessToken!), method: 'DELETE' });
      await expectApiError(stolen, 404);
      expect(await (await fetch(`${ADMIN}/token`, bearer(eve.accessToken!))).json()).to.deep.equal([]);
    });

    it('decodes tokens holding /, ?, #, % and spaces from the path', async () => {
      const platformId = 'odd/pl?at#form%2F 100%';
      const odd = swapIn({ users: [{ username: 'odd@example.com', password: 'pw', platformId }] });
      const { accessToken } = await login({ username: 'odd@example.com', password: 'pw', platformId });
      const token = await createToken(accessToken!);
      expect(token.startsWith(`${platformId}:`)).to.equal(true);
      const url = `${ADMIN}/token/${encodeURIComponent(token)}`;
      expect(url).to.contain('%2F').and.contain('%3F').and.contain('%23').and.contain('%25').and.contain('%20');
      const response = await fetch(url, { ...bearer(accessToken!), method: 'DELETE' });
      expect(response.status).to.equal(200);
      expect(odd.apiTokensOf('odd@example.com')).to.deep.equal([]);
    });

    it('forgets API tokens on reset', async () => {
      const { accessToken } = await login();
      const token = await createToken(accessToken!);
      mock.reset();
      expect(mock.apiTokensOf('admin@example.com')).to.deep.equal([]);
      await expectApiError(await fetch(`${ADMIN}/token`, { headers: { 'X-Auth-Token': token } }), 401);
    });
  });

  describe('accounts', () => {
    async function accounts(): Promise<Account[]> {
      const { accessToken } = await login();
      const response = await fetch(`${ADMIN}/accounts`, bearer(accessToken!));
      expect(response.status).to.equal(200);
      return response.json() as Promise<Account[]>;
    }

    it('lists a flat set of sub-accounts under two main accounts, secrets included', async () => {
      const list = await accounts();
      expect(list).to.have.length(8);
      const mine = list.filter((a) => a.mainAccountId === '99990000');
      expect(mine.map((a) => a.accountId)).to.deep.equal(['99990001', '99990002', '99990003', '99990004', '99990005', '99990006']);
      expect(mine[0]).to.include({ accountName: 'Example Sub-Account', mainAccountName: 'Example Main Account' });
      expect(mine[0]!.mainAccount).to.include({ mainAccountId: '99990000', mainAccountName: 'Example Main Account' });
      expect(new Set(list.map((a) => a.mainAccountId))).to.have.property('size', 2);
      expect(list.some((a) => a.archivedAccount)).to.equal(true);
      for (const a of list) {
        expect(a).to.not.have.property('subAccounts');
        expect(a.crmPwd).to.match(/^SECRET-/);
        expect(a.ftpPwd).to.match(/^SECRET-/);
        expect(a.securityKey).to.match(/^SECRET-/);
        expect(a.phoneRecordingPin).to.be.a('number');
      }
    });

    it('serves replaced accounts until reset', async () => {
      mock.setAccounts(makeAccounts(1, 2));
      expect((await accounts()).map((a) => a.accountId)).to.deep.equal(['20000001', '20000002']);
      mock.reset();
      expect(await accounts()).to.have.length(8);
    });

    it('generates large deterministic lists with unique ids', () => {
      const big = makeAccounts(20, 500);
      expect(big).to.have.length(10_000);
      expect(new Set(big.map((a) => a.accountId)).size).to.equal(10_000);
      expect(new Set(big.map((a) => a.mainAccountId)).size).to.equal(20);
      expect(makeAccounts(20, 500)).to.deep.equal(big);
      expect(makeAccounts(2, 10_000).at(-1)!.accountId).to.equal('20110000');
    });
  });

  describe('test controls', () => {
    it('counts and logs every request, rejected ones included', async () => {
      await fetch(`${ADMIN}/accounts`, bearer('nope'));
      const { accessToken } = await login();
      await fetch(`${ADMIN}/accounts?page=1`, bearer(accessToken!));
      expect(mock.counts).to.include({ login: 1, accounts: 2, refresh: 0 });
      expect(mock.requests.map((r) => r.operation)).to.deep.equal(['accounts', 'login', 'accounts']);
      expect(mock.requests[2]!.url).to.equal(`${ADMIN}/accounts?page=1`);
      expect(mock.requests[2]!.headers.authorization).to.equal(`Bearer ${accessToken}`);
      expect(mock.requests[2]!.body).to.equal('');
    });

    it('injects failures for the next requests, then answers normally', async () => {
      mock.failNext('login', new Response('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }), 2);
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${BASE}/api/auth/login/admin`, form(DEMO_CREDENTIALS));
        expect(response.status).to.equal(502);
        expect(await response.text()).to.contain('Bad gateway');
      }
      await login();
      expect(mock.counts.login).to.equal(3);
    });

    it('queues failures in order, from a Response or a factory', async () => {
      const { accessToken } = await login();
      mock.failNext('accounts', new Response(null, { status: 429, headers: { 'Retry-After': '2' } }));
      mock.failNext('accounts', () => new Response(null, { status: 429 }));
      mock.failNext('accounts', () => new Response('[{"accountId":"1', { headers: { 'Content-Type': 'application/json' } }));
      mock.failNext('accounts', () => new Response('', { status: 200 }));
      const get = () => fetch(`${ADMIN}/accounts`, bearer(accessToken!));
      const first = await get();
      expect([first.status, first.headers.get('Retry-After')]).to.deep.equal([429, '2']);
      const second = await get();
      expect([second.status, second.headers.get('Retry-After')]).to.deep.equal([429, null]);
      const truncated = await get();
      let parseError: unknown;
      await truncated.json().catch((error: unknown) => (parseError = error));
      // A SyntaxError: a JS one in Chromium and Firefox, a DOMException of that name in WebKit.
      expect((parseError as Error).name).to.equal('SyntaxError');
      expect(await (await get()).text()).to.equal('');
      expect((await get()).status).to.equal(200);
    });

    it('injects network errors', async () => {
      mock.failNext('refresh', Response.error(), 2);
      const { refreshToken } = await login();
      for (let i = 0; i < 2; i++) {
        let error: unknown;
        await refresh(refreshToken!).catch((e: unknown) => (error = e));
        expect(error).to.be.instanceOf(TypeError);
      }
      // The failed attempts never reached the token logic: the refresh token still works.
      expect((await refresh(refreshToken!)).status).to.equal(200);
      expect(mock.counts.refresh).to.equal(3);
    });

    it('forgets injected failures, counts and the log on reset', async () => {
      mock.failNext('login', () => new Response(null, { status: 500 }));
      await fetch(`${BASE}/api/auth/login/admin`, form({}));
      mock.failNext('login', () => new Response(null, { status: 500 }));
      mock.reset();
      expect(mock.requests).to.deep.equal([]);
      expect(Object.values(mock.counts).every((n) => n === 0)).to.equal(true);
      await login();
    });

    it('delays responses by the configured latency', async () => {
      swapIn({ latency: 120 });
      const timers = watchTimers();
      try {
        await login();
      } finally {
        timers.stop();
      }
      expect(timers.timers.filter((timer) => timer.fired).map((timer) => timer.delay), 'waits before answering').to.deep.equal([120]);
    });

    it('answers under a relative base URL, trailing slash tolerated', async () => {
      const proxied = swapIn({ baseUrl: '/ringcx/' });
      const response = await fetch(`/ringcx/api/auth/login/admin`, form(DEMO_CREDENTIALS));
      expect(response.status).to.equal(200);
      expect(proxied.requests[0]!.url).to.equal(`${location.origin}/ringcx/api/auth/login/admin`);
      const { accessToken } = (await response.json()) as AccessTokenUserDetails;
      expect((await fetch('/ringcx/voice/api/v1/admin/accounts', bearer(accessToken!))).status).to.equal(200);
    });
  });

  describe('contract conformance', () => {
    // The project's own contract, test/contract/ringcx-api.contract.json, written from RingCentral's
    // published reference and guide; the test runner serves the repository root.
    let contract: Contract;
    before(async () => {
      contract = await loadContract();
    });

    const operations = Object.keys(ROUTES) as MockOperation[];

    // The mock's own choice where the reference says nothing: 404 for an API token that is not the caller's.
    const undocumentedStatuses: Partial<Record<MockOperation, number[]>> = { deleteToken: [404] };

    function operationOf(name: MockOperation): ContractOperation {
      const operation = contract.operations[name];
      if (!operation) throw new Error(`the contract has no operation ${name}`);
      return operation;
    }

    function expectDocumentedStatus(name: MockOperation, status: number): void {
      const documented = [...operationOf(name).statuses, ...(undocumentedStatuses[name] ?? [])];
      expect(documented, `${name} ${status}`).to.include(status);
    }

    async function expectConforms(name: MockOperation, response: Response): Promise<void> {
      const { success } = operationOf(name);
      expectDocumentedStatus(name, response.status);
      expect(response.status, name).to.equal(success.status);
      expect(response.headers.get('Content-Type')!.split(';')[0], name).to.equal(success.content);
      const text = await response.text();
      const body: unknown = success.content === 'application/json' || success.body === 'boolean' ? JSON.parse(text) : text;
      const allowNull = (success.nullable ?? []).map((field) => `$.${field}`);
      expect(validate(body, success.body, contract, { allowNull }), name).to.deep.equal([]);
    }

    async function expectContractError(name: MockOperation, response: Response): Promise<void> {
      expect(response.status, name).to.be.at.least(400);
      expectDocumentedStatus(name, response.status);
      expect(response.headers.get('Content-Type'), name).to.equal(contract.errors.content);
      expect(validate(await response.json(), contract.errors.body, contract), name).to.deep.equal([]);
    }

    it('names only types it defines', () => {
      const used = [
        contract.errors.body,
        ...Object.values(contract.operations).map((operation) => operation.success.body),
        ...Object.values(contract.schemas).flatMap((schema) => Object.values(schema)),
      ];
      for (const type of used) {
        const name = Array.isArray(type) ? 'string' : type.replace(/\[\]$/, '');
        expect(['string', 'boolean', 'int32', 'int64', ...Object.keys(contract.schemas)], JSON.stringify(type)).to.include(name);
      }
    });

    it('has a handler for each operation, at the method and path the contract gives', () => {
      expect(mock.handlers).to.have.length(operations.length);
      expect(Object.keys(contract.operations)).to.have.members(operations);
      for (const op of operations) {
        const { method, path } = operationOf(op);
        expect(ROUTES[op], op).to.deep.equal({ method, path });
      }
    });

    it('routes each contract path to its operation', async () => {
      const samples: Record<string, string> = { '{refreshToken}': 'r', '{token}': 'aws80%3Ax' };
      for (const op of operations) {
        const { method, path } = operationOf(op);
        const url = BASE + path.replace(/\{\w+\}/, (name) => samples[name]!);
        await fetch(url, { method });
        expect(mock.counts[op], op).to.equal(1);
      }
    });

    it('reads the request fields the contract declares, in a form body or the query, and needs the required ones', async () => {
      const { refreshToken } = await login();
      const valid: Partial<Record<MockOperation, Record<string, string>>> = {
        login: { ...DEMO_CREDENTIALS },
        exchange: { rcAccessToken: DEMO_RC_ACCESS_TOKEN, rcTokenType: 'Bearer', includeRefresh: 'true' },
        refresh: { refresh_token: refreshToken! },
      };
      for (const [op, fields] of Object.entries(valid) as Array<[MockOperation, Record<string, string>]>) {
        const { path, request } = operationOf(op);
        expect(request.in, op).to.include.members(['form', 'query']);
        expect(Object.keys(request.fields), op).to.include.members(Object.keys(fields));
        const required = Object.keys(request.fields).filter((name) => !request.fields[name]!.endsWith('?'));
        expect(Object.keys(fields), op).to.include.members(required);
        const send = (sent: Record<string, string>, where: 'form' | 'query') =>
          where === 'form'
            ? fetch(BASE + path, form(sent))
            : fetch(`${BASE}${path}?${new URLSearchParams(sent)}`, { method: 'POST' });
        if (op === 'refresh') {
          expect((await send(fields, 'form')).status, `${op} form`).to.equal(200);
          continue; // a refresh token works once: the query form is covered in "refresh" above
        }
        expect((await send(fields, 'form')).status, `${op} form`).to.equal(200);
        expect((await send(fields, 'query')).status, `${op} query`).to.equal(200);
        for (const name of required) {
          const { [name]: _, ...without } = fields;
          const response = await send(without, 'form');
          expect(response.status, `${op} without ${name}`).to.be.at.least(400);
          expectDocumentedStatus(op, response.status);
        }
      }
    });

    it('answers login, exchange and refresh with AccessTokenUserDetails and nothing else', async () => {
      const loginResponse = await fetch(`${BASE}/api/auth/login/admin`, form(DEMO_CREDENTIALS));
      const details = (await loginResponse.clone().json()) as AccessTokenUserDetails;
      await expectConforms('login', loginResponse);
      await expectConforms('refresh', await refresh(details.refreshToken!));
      const exchange = (query: string) =>
        fetch(`${BASE}/api/auth/login/rc/accesstoken${query}`, form({ rcAccessToken: DEMO_RC_ACCESS_TOKEN, rcTokenType: 'Bearer' }));
      await expectConforms('exchange', await exchange('?includeRefresh=true'));
      const withoutRefresh = await exchange('');
      expect((await withoutRefresh.clone().json()).refreshToken).to.equal(null);
      await expectConforms('exchange', withoutRefresh);
      // The null is allowed for the exchange only.
      expect(validate({ refreshToken: null }, operationOf('login').success.body, contract)).to.have.length(1);
    });

    it('answers the admin operations in their declared types', async () => {
      const { accessToken, refreshToken } = await login();
      const auth = bearer(accessToken!);
      await expectConforms('validate', await fetch(`${BASE}/api/auth/token/validate`, auth));
      const created = await fetch(`${ADMIN}/token`, { ...auth, method: 'POST' });
      const token = await created.clone().text();
      await expectConforms('createToken', created);
      await expectConforms('listTokens', await fetch(`${ADMIN}/token`, auth));
      await expectConforms('deleteToken', await fetch(`${ADMIN}/token/${encodeURIComponent(token)}`, { ...auth, method: 'DELETE' }));
      await expectConforms('accounts', await fetch(`${ADMIN}/accounts`, auth));
      mock.setAccounts(makeAccounts(3, 4));
      await expectConforms('accounts', await fetch(`${ADMIN}/accounts`, auth));
      await expectConforms('logout', await fetch(`${BASE}/api/auth/logout/${refreshToken}`, { method: 'DELETE' }));
    });

    it('answers errors in the contract’s error shape, with documented statuses', async () => {
      const samples: Record<string, string> = { '{refreshToken}': 'r', '{token}': 'aws80%3Ax' };
      const cases: Array<[MockOperation, Promise<Response>]> = [
        ['login', fetch(`${BASE}/api/auth/login/admin`, form({}))],
        ['exchange', fetch(`${BASE}/api/auth/login/rc/accesstoken`, form({ rcAccessToken: 'x' }))],
        ['refresh', refresh('x')],
      ];
      // Every operation that needs credentials, called without any.
      for (const op of operations.filter((name) => operationOf(name).auth !== 'none')) {
        const { method, path } = operationOf(op);
        cases.push([op, fetch(BASE + path.replace(/\{\w+\}/, (name) => samples[name]!), { method })]);
      }
      expect(cases.map(([op]) => op)).to.include.members(['validate', 'createToken', 'listTokens', 'deleteToken', 'accounts']);
      const { accessToken } = await login();
      cases.push(['deleteToken', fetch(`${ADMIN}/token/aws80%3Ax`, { ...bearer(accessToken!), method: 'DELETE' })]);
      for (const [operation, pending] of cases) await expectContractError(operation, await pending);
    });

    it('throttles the exchange with a documented status', async () => {
      const exchange = () =>
        fetch(`${BASE}/api/auth/login/rc/accesstoken`, form({ rcAccessToken: DEMO_RC_ACCESS_TOKEN, rcTokenType: 'Bearer' }));
      for (let i = 0; i < 5; i++) await exchange();
      const response = await exchange();
      expect(response.status).to.equal(429);
      await expectContractError('exchange', response);
    });

    it('flags properties the contract does not know, so the mock cannot drift', () => {
      const [account] = makeAccounts(1, 1);
      expect(validate(account, 'Account', contract)).to.deep.equal([]);
      expect(validate({ ...account, subAccounts: [] }, 'Account', contract)).to.deep.equal(['$.subAccounts: not in Account']);
      expect(validate({ ...account, primaryTimezone: 'UTC' }, 'Account', contract)).to.have.length(1);
      expect(validate({ ...account, phoneRecordingPin: 2 ** 31 }, 'Account', contract)).to.have.length(1);
      expect(validate({ ...account, wfmType: 'OTHER' }, 'Account', contract)).to.have.length(1);
      expect(validate({ ...account, mainAccount: { id: 1 } }, 'Account', contract)).to.deep.equal(['$.mainAccount.id: not in MainAccount']);
      expect(() => validate({}, 'Acount', contract)).to.throw(/no type "Acount"/);
    });
  });
});
