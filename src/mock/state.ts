// The mock's whole state, in one object: its settings, the users, what it has issued (access
// tokens, refresh tokens, API tokens), the accounts it lists, and what tests look at or inject
// (counts, the request log, queued failures). The handlers in auth.ts, tokens.ts and accounts.ts
// read and change it; nothing else holds state.
import type { MockRingEx } from './ringex/index.js';
import type { Account } from '../types.js';
import { DEFAULT_USERS, defaultAccounts, withUserDefaults, type FullMockUser, type MockUser } from './data.js';
import { ROUTES, type MockOperation } from './routes.js';

/** Who a token was issued to, and how: a password sign-in or a RingEX exchange (SSO). */
export interface MockSession {
  user: FullMockUser;
  ssoLogin: boolean;
}

export interface MockRequest {
  operation: MockOperation;
  method: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

interface Failure {
  make: () => Response;
  left: number;
}

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
  /**
   * A mock RingEX OAuth server (`createMockRingEx()`): its handlers join this mock's, and the
   * exchange accepts the RingEX access tokens it issued, for the first user.
   */
  ringEx?: MockRingEx;
  /**
   * Read the parameters of sign-in, exchange and refresh only from the query string, as a server
   * built on the published spec does. A form body is then refused with this status: 400 "Required
   * request parameter '…' for method parameter type String is not present", or 415.
   * @default undefined (a form body first, then the query)
   */
  queryOnly?: 400 | 415;
  /**
   * How "create token" answers: `200` with the token as text (the guide), or `201`/`204` with an
   * empty body (the token is created but only the list shows it).
   * @default 200
   */
  createTokenStatus?: 200 | 201 | 204;
}

export const OPERATIONS = Object.keys(ROUTES) as MockOperation[];

export interface MockState {
  readonly base: URL;
  /** The base URL's path without a trailing slash ('' at the root). */
  readonly basePath: string;
  readonly lifetimeMs: number;
  readonly latency: number;
  readonly exchangeLimit: number;
  readonly ringEx: MockRingEx | undefined;
  readonly queryOnly: 400 | 415 | undefined;
  readonly createTokenStatus: 200 | 201 | 204;
  readonly users: readonly FullMockUser[];
  readonly initialAccounts: readonly Account[];
  accounts: Account[];
  readonly accessTokens: Map<string, MockSession & { expiresAt: number; expired: boolean }>;
  readonly refreshTokens: Map<string, MockSession>;
  readonly apiTokens: Map<string, FullMockUser>;
  /** When each user exchanged a RingEX token, for the per-minute limit. */
  readonly exchanges: Map<FullMockUser, number[]>;
  readonly failures: Map<MockOperation, Failure[]>;
  readonly counts: Record<MockOperation, number>;
  readonly requests: MockRequest[];
}

export function createState(options: MockRingCxOptions): MockState {
  const base = new URL(options.baseUrl ?? 'https://ringcx.ringcentral.com', globalThis.location?.origin);
  const state: MockState = {
    base,
    basePath: base.pathname.replace(/\/+$/, ''),
    lifetimeMs: (options.accessTokenLifetime ?? 300) * 1000,
    latency: options.latency ?? 0,
    exchangeLimit: options.exchangeLimitPerMinute ?? 5,
    ringEx: options.ringEx,
    queryOnly: options.queryOnly,
    createTokenStatus: options.createTokenStatus ?? 200,
    users: (options.users ?? DEFAULT_USERS).map(withUserDefaults),
    initialAccounts: structuredClone(options.accounts ?? defaultAccounts()),
    accounts: [],
    accessTokens: new Map(),
    refreshTokens: new Map(),
    apiTokens: new Map(),
    exchanges: new Map(),
    failures: new Map(),
    counts: Object.fromEntries(OPERATIONS.map((op) => [op, 0])) as Record<MockOperation, number>,
    requests: [],
  };
  resetState(state);
  return state;
}

/** Back to the initial state: tokens, API tokens, accounts, counts, log, injected failures. */
export function resetState(state: MockState): void {
  for (const op of OPERATIONS) state.counts[op] = 0;
  state.requests.length = 0;
  state.accounts = structuredClone(state.initialAccounts) as Account[];
  for (const map of [state.accessTokens, state.refreshTokens, state.apiTokens, state.exchanges, state.failures]) map.clear();
}

/** What every operation's responder gets. */
export interface MockContext {
  state: MockState;
  request: Request;
  url: URL;
  body: string;
  /** The path after the base, still percent-encoded. */
  path: string;
  params: Record<string, string>;
}

export type Responder = (context: MockContext) => Response;

/** The path after the base, still percent-encoded; undefined for requests elsewhere. */
export function localPath(state: MockState, url: URL): string | undefined {
  if (url.origin !== state.base.origin || !url.pathname.startsWith(`${state.basePath}/`)) return undefined;
  return url.pathname.slice(state.basePath.length);
}

/** Form body first, then the query string: the server reads both, like Spring's request params. */
export function param({ state, request, url, body }: MockContext, name: string): string | null {
  if (state.queryOnly) return url.searchParams.get(name);
  const form = request.headers.get('Content-Type')?.startsWith('application/x-www-form-urlencoded')
    ? new URLSearchParams(body)
    : undefined;
  return form?.get(name) ?? url.searchParams.get(name);
}
