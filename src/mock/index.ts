// A stateful, in-browser RingCX as msw handlers: sign-in, RingEX exchange, refresh with rotation,
// logout, permanent API tokens and the account list, with the quirks the contract's `note`s list
// (test/contract/ringcx-api.contract.json; test/mock.test.ts checks the mock against it).
// Its state is one object (state.ts); the handlers are split by area: auth.ts, tokens.ts, accounts.ts.
import { http, type RequestHandler } from 'msw';
import type { Account } from '../types.js';
import { accountResponders } from './accounts.js';
import { authResponders } from './auth.js';
import { ROUTES, matchPath, type MockOperation } from './routes.js';
import { createState, localPath, OPERATIONS, resetState, type MockRequest, type MockRingCxOptions, type Responder } from './state.js';
import { tokenResponders, tokensOf } from './tokens.js';

export { DEMO_CREDENTIALS, DEMO_RC_ACCESS_TOKEN, makeAccounts } from './data.js';
export type { MockUser } from './data.js';
export { createMockRingEx, DEMO_RC_CLIENT_ID, MOCK_AUTHORIZE_PATH, issueMockCode } from './ringex/index.js';
export type { MockRingEx, MockRingExApp, MockRingExOptions, MockRingExRequest } from './ringex/index.js';
export type { MockOperation } from './routes.js';
export type { MockRequest, MockRingCxOptions, MockSession } from './state.js';

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

const RESPONDERS: Record<MockOperation, Responder> = { ...authResponders, ...tokenResponders, ...accountResponders };

/** Creates a mock RingCX; every call has its own state. */
export function createMockRingCx(options: MockRingCxOptions = {}): MockRingCx {
  const state = createState(options);

  const handlers = OPERATIONS.map((operation) => {
    const { method, path: template } = ROUTES[operation];
    const route = method === 'GET' ? http.get : method === 'POST' ? http.post : http.delete;
    return route(
      ({ request }) => {
        const path = localPath(state, new URL(request.url));
        const params = path === undefined ? undefined : matchPath(template, path);
        return params ? { matches: true, params } : false;
      },
      async ({ request, params }) => {
        const url = new URL(request.url);
        const body = method === 'GET' ? '' : await request.clone().text();
        state.counts[operation]++;
        state.requests.push({ operation, method, url: url.href, body, headers: Object.fromEntries(request.headers) });
        if (state.latency > 0) await new Promise((resolve) => setTimeout(resolve, state.latency));
        const context = { state, request, url, body, path: localPath(state, url)!, params: params as Record<string, string> };
        return nextFailure(operation) ?? RESPONDERS[operation](context);
      },
    );
  });

  function nextFailure(operation: MockOperation): Response | undefined {
    const queue = state.failures.get(operation);
    const failure = queue?.[0];
    if (!queue || !failure) return undefined;
    if (--failure.left <= 0) queue.shift();
    return failure.make();
  }

  return {
    handlers: [...handlers, ...(options.ringEx?.handlers ?? [])],
    counts: state.counts,
    requests: state.requests,
    reset() {
      resetState(state);
      options.ringEx?.reset();
    },
    expireAccessTokens() {
      for (const record of state.accessTokens.values()) record.expired = true;
    },
    revokeRefreshTokens() {
      state.refreshTokens.clear();
    },
    failNext(operation, response, times = 1) {
      // A Response body can be read once: hand out clones and keep the original unread.
      const make = typeof response === 'function' ? response : () => response.clone();
      state.failures.set(operation, [...(state.failures.get(operation) ?? []), { make, left: times }]);
    },
    apiTokensOf(username) {
      const user = state.users.find((u) => u.username === username);
      return user ? tokensOf(state, user) : [];
    },
    setAccounts(next) {
      state.accounts = structuredClone(next);
    },
  };
}
