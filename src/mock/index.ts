// A stateful, in-browser RingCX as msw handlers: sign-in, RingEX exchange, refresh with rotation,
// logout, permanent API tokens and the account list, with the quirks the contract's `note`s list
// (test/contract/ringcx-api.contract.json; test/mock.test.ts checks the mock against it).
import { http, type RequestHandler } from 'msw';
import type { AccessTokenUserDetails, Account } from '../types.js';
import { DEFAULT_USER, DEMO_RC_ACCESS_TOKEN, defaultAccounts, type MockUser } from './data.js';
import { encodeJwt, opaqueToken, uuidV4 } from './jwt.js';
import { ROUTES, apiError, json, matchPath, text, type MockOperation } from './routes.js';

export { DEMO_CREDENTIALS, DEMO_RC_ACCESS_TOKEN, makeAccounts } from './data.js';
export type { MockUser } from './data.js';
export type { MockOperation } from './routes.js';

export interface MockRingCxOptions {
  /**
   * Where the mock answers; a relative base such as `/ringcx` resolves against `location.origin`.
   * @default 'https://ringcx.ringcentral.com'
   */
  baseUrl?: string;
  /** Access-token lifetime in seconds. @default 300 */
  accessTokenLifetime?: number;
  /** @default one user with DEMO_CREDENTIALS, Ada Admin, main account '99990000' */
  users?: MockUser[];
  /** What the accounts operation lists, to every user. @default eight accounts under two main accounts */
  accounts?: Account[];
  /** Delay before every response, in ms. @default 0 */
  latency?: number;
  /** RingEX exchanges allowed per user per rolling minute before a 429; `Infinity` turns it off. @default 5 */
  exchangeLimitPerMinute?: number;
}

export interface MockRequest {
  operation: MockOperation;
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface MockRingCx {
  /** The msw handlers, for `setupWorker(...handlers)`. */
  readonly handlers: RequestHandler[];
  readonly counts: Record<MockOperation, number>;
  readonly requests: MockRequest[];
  /** Back to the initial state: tokens, API tokens, accounts, counts, log, injected failures. */
  reset(): void;
  /** Every access token issued so far now answers 401 `Jwt is expired`. */
  expireAccessTokens(): void;
  /** Every refresh token issued so far is now rejected. */
  revokeRefreshTokens(): void;
  /** Answers the next `times` requests of `operation` with `response` instead of the API's answer. */
  failNext(operation: MockOperation, response: Response | (() => Response), times?: number): void;
  apiTokensOf(username: string): string[];
  setAccounts(accounts: Account[]): void;
}

type User = Required<MockUser>;

interface Session {
  user: User;
  ssoLogin: boolean;
}

interface Failure {
  make: () => Response;
  left: number;
}

const OPERATIONS = Object.keys(ROUTES) as MockOperation[];

/** Creates a mock RingCX; every call has its own state. */
export function createMockRingCx(options: MockRingCxOptions = {}): MockRingCx {
  const base = new URL(options.baseUrl ?? 'https://ringcx.ringcentral.com', globalThis.location?.origin);
  const basePath = base.pathname.replace(/\/+$/, '');
  const lifetimeMs = (options.accessTokenLifetime ?? 300) * 1000;
  const latency = options.latency ?? 0;
  const exchangeLimit = options.exchangeLimitPerMinute ?? 5;
  const appUrl = (app: string) => `${base.origin}${basePath}/${app}/`;
  const users: User[] = (options.users ?? [DEFAULT_USER]).map((user, i) => ({
    firstName: 'Ada',
    lastName: 'Admin',
    email: user.username,
    adminId: 1001 + i,
    mainAccountId: '99990000',
    ...user,
  }));
  const initialAccounts = structuredClone(options.accounts ?? defaultAccounts());

  const counts = Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<MockOperation, number>;
  const requests: MockRequest[] = [];
  let accounts: Account[] = [];
  const accessTokens = new Map<string, Session & { expiresAt: number; expired: boolean }>();
  const refreshTokens = new Map<string, Session>();
  const apiTokens = new Map<string, User>();
  const exchanges = new Map<User, number[]>();
  const failures = new Map<MockOperation, Failure[]>();

  function reset(): void {
    for (const op of OPERATIONS) counts[op] = 0;
    requests.length = 0;
    accounts = structuredClone(initialAccounts);
    for (const state of [accessTokens, refreshTokens, apiTokens, exchanges, failures]) state.clear();
  }
  reset();

  /** Signs a user in: the `AccessTokenUserDetails` login, exchange and refresh all answer. */
  function issue(session: Session, withRefresh: boolean): AccessTokenUserDetails {
    const { user } = session;
    const now = Date.now();
    const accessToken = encodeJwt({
      sub: String(user.adminId),
      plat: user.platformId,
      iat: Math.floor(now / 1000),
      exp: Math.floor((now + lifetimeMs) / 1000),
    });
    accessTokens.set(accessToken, { ...session, expiresAt: now + lifetimeMs, expired: false });
    const refreshToken = withRefresh ? opaqueToken() : null;
    if (refreshToken) refreshTokens.set(refreshToken, session);
    const home = accounts.find((a) => a.mainAccountId === user.mainAccountId);
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      mainAccountId: user.mainAccountId,
      platformId: user.platformId,
      adminId: user.adminId,
      adminUrl: appUrl('admin'),
      agentUrl: appUrl('agent'),
      analyticsUrl: appUrl('analytics'),
      iqUrl: appUrl('iq'),
      ssoLogin: session.ssoLogin,
      agentDetails: [
        {
          agentId: 500 + user.adminId,
          agentGroupId: 10,
          agentType: 'AGENT',
          firstName: user.firstName,
          lastName: user.lastName,
          email: user.email,
          username: user.username,
          accountId: home?.accountId ?? user.mainAccountId,
          accountName: home?.accountName ?? '',
          rcUserId: 400_000_000_000 + user.adminId,
          enableSoftphone: true,
        },
      ],
      rcUser: { firstName: user.firstName, lastName: user.lastName, email: user.email, company: 'Example Inc.' },
    };
  }

  /** Form body first, then the query string: the server reads both, like Spring's request params. */
  function param(request: Request, url: URL, body: string, name: string): string | null {
    const form = request.headers.get('Content-Type')?.startsWith('application/x-www-form-urlencoded')
      ? new URLSearchParams(body)
      : undefined;
    return form?.get(name) ?? url.searchParams.get(name);
  }

  function accessTokenCheck(token: string | undefined, path: string): Session | Response {
    const record = token ? accessTokens.get(token) : undefined;
    if (!record) return apiError(401, path, 'Invalid or missing authentication token', 'access.denied.exception');
    if (record.expired || Date.now() >= record.expiresAt) return text('Jwt is expired', 401);
    return record;
  }

  /** `Authorization: Bearer` wins when present; else `X-Auth-Token` (an API token, or per the guide an access token). */
  function authenticate(request: Request, path: string): User | Response {
    const authorization = request.headers.get('Authorization');
    const xAuth = request.headers.get('X-Auth-Token')?.trim();
    let result: Session | Response;
    if (authorization !== null) result = accessTokenCheck(/^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1], path);
    else if (xAuth && apiTokens.has(xAuth)) return apiTokens.get(xAuth)!;
    else result = accessTokenCheck(xAuth, path);
    return result instanceof Response ? result : result.user;
  }

  function exchangeAllowed(user: User, path: string): Response | undefined {
    const now = Date.now();
    const recent = (exchanges.get(user) ?? []).filter((at) => at > now - 60_000);
    exchanges.set(user, recent);
    if (recent.length >= exchangeLimit) {
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
      return apiError(429, path, 'Too many requests', 'too.many.requests', { 'Retry-After': String(retryAfter) });
    }
    recent.push(now);
    return undefined;
  }

  type Context = { request: Request; url: URL; body: string; path: string; params: Record<string, string> };
  const respond: Record<MockOperation, (c: Context) => Response> = {
    login({ request, url, body, path }) {
      const [username, password, platformId] = ['username', 'password', 'platformId'].map((n) =>
        param(request, url, body, n),
      );
      const user = users.find((u) => u.username === username && u.password === password && u.platformId === platformId);
      if (!user) return apiError(401, path, 'Invalid credentials', 'access.denied.exception');
      return json(issue({ user, ssoLogin: false }, true));
    },
    exchange({ request, url, body, path }) {
      const token = param(request, url, body, 'rcAccessToken');
      const user = token === DEMO_RC_ACCESS_TOKEN ? users[0] : undefined;
      if (!user || param(request, url, body, 'rcTokenType') !== 'Bearer') {
        return apiError(401, path, 'Invalid RingCentral access token', 'access.denied.exception');
      }
      const limited = exchangeAllowed(user, path);
      if (limited) return limited;
      return json(issue({ user, ssoLogin: true }, url.searchParams.get('includeRefresh') === 'true'));
    },
    refresh({ request, url, body, path }) {
      const token = param(request, url, body, 'refresh_token');
      const session = token ? refreshTokens.get(token) : undefined;
      if (!token || !session) return apiError(401, path, 'Invalid refresh token', 'access.denied.exception');
      refreshTokens.delete(token); // rotation: a refresh token works once
      return json(issue(session, true));
    },
    // Idempotent: an unknown or already revoked refresh token also gets 200, so a client cannot
    // tell, and a logout retried after a lost response does not fail. Access tokens stay valid
    // until they expire, as a JWT does.
    logout({ params }) {
      refreshTokens.delete(params.refreshToken!);
      return text('OK');
    },
    validate({ request, path }) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
      const result = accessTokenCheck(bearer, path);
      return result instanceof Response ? result : text('true');
    },
    createToken({ request, path }) {
      const user = authenticate(request, path);
      if (user instanceof Response) return user;
      const token = `${user.platformId}:${uuidV4()}`;
      apiTokens.set(token, user);
      return text(token);
    },
    listTokens({ request, path }) {
      const user = authenticate(request, path);
      return user instanceof Response ? user : json(tokensOf(user));
    },
    deleteToken({ request, path, params }) {
      const user = authenticate(request, path);
      if (user instanceof Response) return user;
      const token = params.token!;
      if (apiTokens.get(token) !== user) return apiError(404, path, 'Api token not found', 'resource.not.found.exception');
      apiTokens.delete(token);
      return text('true');
    },
    accounts({ request, path }) {
      const user = authenticate(request, path);
      return user instanceof Response ? user : json(accounts);
    },
  };

  function tokensOf(user: User): string[] {
    return [...apiTokens].filter(([, owner]) => owner === user).map(([token]) => token);
  }

  function nextFailure(operation: MockOperation): Response | undefined {
    const queue = failures.get(operation);
    const failure = queue?.[0];
    if (!queue || !failure) return undefined;
    if (--failure.left <= 0) queue.shift();
    return failure.make();
  }

  /** The path after the base, still percent-encoded; undefined for requests elsewhere. */
  function localPath(url: URL): string | undefined {
    if (url.origin !== base.origin || !url.pathname.startsWith(`${basePath}/`)) return undefined;
    return url.pathname.slice(basePath.length);
  }

  const handlers = OPERATIONS.map((operation) => {
    const { method, path: template } = ROUTES[operation];
    const route = method === 'GET' ? http.get : method === 'POST' ? http.post : http.delete;
    return route(
      ({ request }) => {
        const path = localPath(new URL(request.url));
        const params = path === undefined ? undefined : matchPath(template, path);
        return params ? { matches: true, params } : false;
      },
      async ({ request, params }) => {
        const url = new URL(request.url);
        const body = method === 'GET' ? '' : await request.clone().text();
        counts[operation]++;
        requests.push({ operation, method, url: url.href, body, headers: Object.fromEntries(request.headers) });
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
        const context = { request, url, body, path: localPath(url)!, params: params as Record<string, string> };
        return nextFailure(operation) ?? respond[operation](context);
      },
    );
  });

  return {
    handlers,
    counts,
    requests,
    reset,
    expireAccessTokens() {
      for (const record of accessTokens.values()) record.expired = true;
    },
    revokeRefreshTokens() {
      refreshTokens.clear();
    },
    failNext(operation, response, times = 1) {
      // A Response body can be read once: hand out clones and keep the original unread.
      const make = typeof response === 'function' ? response : () => response.clone();
      failures.set(operation, [...(failures.get(operation) ?? []), { make, left: times }]);
    },
    apiTokensOf(username) {
      const user = users.find((u) => u.username === username);
      return user ? tokensOf(user) : [];
    },
    setAccounts(next) {
      accounts = structuredClone(next);
    },
  };
}
