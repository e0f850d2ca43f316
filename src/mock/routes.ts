// Where each operation lives, written as the contract's path templates so a test can check them
// against test/contract/ringcx-api.contract.json, and the small response helpers every handler shares.
import type { ApiErrorBody } from '../types.js';

export type MockOperation =
  | 'login'
  | 'exchange'
  | 'refresh'
  | 'logout'
  | 'validate'
  | 'createToken'
  | 'listTokens'
  | 'deleteToken'
  | 'accounts';

export const ROUTES: Record<MockOperation, { method: 'GET' | 'POST' | 'DELETE'; path: string }> = {
  login: { method: 'POST', path: '/api/auth/login/admin' },
  exchange: { method: 'POST', path: '/api/auth/login/rc/accesstoken' },
  refresh: { method: 'POST', path: '/api/auth/token/refresh' },
  logout: { method: 'DELETE', path: '/api/auth/logout/{refreshToken}' },
  validate: { method: 'GET', path: '/api/auth/token/validate' },
  createToken: { method: 'POST', path: '/voice/api/v1/admin/token' },
  listTokens: { method: 'GET', path: '/voice/api/v1/admin/token' },
  deleteToken: { method: 'DELETE', path: '/voice/api/v1/admin/token/{token}' },
  accounts: { method: 'GET', path: '/voice/api/v1/admin/accounts' },
};

/**
 * Matches a raw (still percent-encoded) path against a template; a `{name}` is one segment. Splitting
 * before decoding is the point: msw's own path params do not decode `%2F`, and an API token may
 * hold `/`, `?`, `#`, `%` or spaces once a client has encoded them.
 */
export function matchPath(template: string, rawPath: string): Record<string, string> | undefined {
  const want = template.split('/');
  const have = rawPath.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const raw = have[i]!;
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (name === undefined) {
      if (segment !== raw) return undefined;
      continue;
    }
    if (raw === '') return undefined;
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      return undefined; // malformed escape: the real server answers 400, no route of ours matches
    }
  }
  return params;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function text(body: string, status = 200): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } });
}

/** An error in the spec's `Errors` shape, with the `errorCode` the docs' examples carry. */
export function apiError(
  status: number,
  requestUri: string,
  generalMessage: string,
  errorCode: string,
  headers: Record<string, string> = {},
): Response {
  const body: ApiErrorBody = {
    timestamp: Date.now(),
    generalMessage,
    details: generalMessage,
    errorCode,
    requestUri,
  };
  return json(body, status, headers);
}
