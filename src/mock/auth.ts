// Sign-in, RingEX exchange, refresh with rotation, logout and validate; and how every other
// operation checks who is calling (`authenticate`).
import type { AccessTokenUserDetails } from '../types.js';
import { DEMO_RC_ACCESS_TOKEN, type FullMockUser } from './data.js';
import { encodeJwt, opaqueToken } from './jwt.js';
import { apiError, json, text, type MockOperation } from './routes.js';
import { param, type MockContext, type MockSession, type MockState, type Responder } from './state.js';

/** Signs a user in: the `AccessTokenUserDetails` login, exchange and refresh all answer. */
function issue(state: MockState, session: MockSession, withRefresh: boolean): AccessTokenUserDetails {
  const { user } = session;
  const now = Date.now();
  const accessToken = encodeJwt({
    sub: String(user.adminId),
    plat: user.platformId,
    iat: Math.floor(now / 1000),
    exp: Math.floor((now + state.lifetimeMs) / 1000),
  });
  state.accessTokens.set(accessToken, { ...session, expiresAt: now + state.lifetimeMs, expired: false });
  const refreshToken = withRefresh ? opaqueToken() : null;
  if (refreshToken) state.refreshTokens.set(refreshToken, session);
  const home = state.accounts.find((a) => a.mainAccountId === user.mainAccountId);
  const appUrl = (app: string) => `${state.base.origin}${state.basePath}/${app}/`;
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

function accessTokenCheck(state: MockState, token: string | undefined, path: string): MockSession | Response {
  const record = token ? state.accessTokens.get(token) : undefined;
  if (!record) return apiError(401, path, 'Invalid or missing authentication token', 'access.denied.exception');
  if (record.expired || Date.now() >= record.expiresAt) return text('Jwt is expired', 401);
  return record;
}

/** `Authorization: Bearer` wins when present; else `X-Auth-Token` (an API token, or per the guide an access token). */
export function authenticate({ state, request, path }: MockContext): FullMockUser | Response {
  const authorization = request.headers.get('Authorization');
  const xAuth = request.headers.get('X-Auth-Token')?.trim();
  let result: MockSession | Response;
  if (authorization !== null) result = accessTokenCheck(state, /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1], path);
  else if (xAuth && state.apiTokens.has(xAuth)) return state.apiTokens.get(xAuth)!;
  else result = accessTokenCheck(state, xAuth, path);
  return result instanceof Response ? result : result.user;
}

/** With `queryOnly`, a server built on the published spec: a form body is refused, as Spring does. */
function queryOnlyRefusal(context: MockContext, names: string[]): Response | undefined {
  const { state, request, url, path } = context;
  if (!state.queryOnly) return undefined;
  const form = request.headers.get('Content-Type')?.startsWith('application/x-www-form-urlencoded') ?? false;
  if (state.queryOnly === 415 && form) {
    return apiError(415, path, "Content type 'application/x-www-form-urlencoded;charset=UTF-8' not supported", 'unsupported.media.type');
  }
  const missing = names.find((name) => !url.searchParams.has(name));
  if (missing === undefined) return undefined;
  return apiError(400, path, `Required request parameter '${missing}' for method parameter type String is not present`, 'bad.request');
}

function exchangeAllowed(state: MockState, user: FullMockUser, path: string): Response | undefined {
  const now = Date.now();
  const recent = (state.exchanges.get(user) ?? []).filter((at) => at > now - 60_000);
  state.exchanges.set(user, recent);
  if (recent.length >= state.exchangeLimit) {
    const retryAfter = Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
    return apiError(429, path, 'Too many requests', 'too.many.requests', { 'Retry-After': String(retryAfter) });
  }
  recent.push(now);
  return undefined;
}

export const authResponders: Pick<Record<MockOperation, Responder>, 'login' | 'exchange' | 'refresh' | 'logout' | 'validate'> = {
  login(context) {
    const { state, path } = context;
    const refused = queryOnlyRefusal(context, ['username', 'password', 'platformId']);
    if (refused) return refused;
    const [username, password, platformId] = ['username', 'password', 'platformId'].map((n) => param(context, n));
    const user = state.users.find((u) => u.username === username && u.password === password && u.platformId === platformId);
    if (!user) return apiError(401, path, 'Invalid credentials', 'access.denied.exception');
    return json(issue(state, { user, ssoLogin: false }, true));
  },
  exchange(context) {
    const { state, url, path } = context;
    const refused = queryOnlyRefusal(context, ['rcAccessToken', 'rcTokenType']);
    if (refused) return refused;
    const token = param(context, 'rcAccessToken');
    const known = token === DEMO_RC_ACCESS_TOKEN || (token !== null && state.ringEx?.isAccessToken(token) === true);
    const user = known ? state.users[0] : undefined;
    if (!user || param(context, 'rcTokenType') !== 'Bearer') {
      return apiError(401, path, 'Invalid RingCentral access token', 'access.denied.exception');
    }
    const limited = exchangeAllowed(state, user, path);
    if (limited) return limited;
    return json(issue(state, { user, ssoLogin: true }, url.searchParams.get('includeRefresh') === 'true'));
  },
  refresh(context) {
    const { state, path } = context;
    const refused = queryOnlyRefusal(context, ['refresh_token']);
    if (refused) return refused;
    const token = param(context, 'refresh_token');
    const session = token ? state.refreshTokens.get(token) : undefined;
    if (!token || !session) return apiError(401, path, 'Invalid refresh token', 'access.denied.exception');
    state.refreshTokens.delete(token); // rotation: a refresh token works once
    return json(issue(state, session, true));
  },
  // Idempotent: an unknown or already revoked refresh token also gets 200, so a client cannot
  // tell, and a logout retried after a lost response does not fail. Access tokens stay valid
  // until they expire, as a JWT does.
  logout({ state, params }) {
    state.refreshTokens.delete(params.refreshToken!);
    return text('OK');
  },
  validate({ state, request, path }) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '')?.[1];
    const result = accessTokenCheck(state, bearer, path);
    return result instanceof Response ? result : text('true');
  },
};
