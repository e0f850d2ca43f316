// Shapes of the RingCX API (see test/contract/ringcx-api.contract.json, written from RingCentral's
// published reference). Every field is optional there; we type the ones the client and the
// elements read, and keep the rest open.

/** An agent record inside a login response (`AgentV2` in the spec). */
export interface AgentV2 {
  agentId?: number;
  firstName?: string;
  lastName?: string;
  email?: string;
  username?: string;
  accountId?: string;
  accountName?: string;
  agentType?: string;
  rcUserId?: number;
  [field: string]: unknown;
}

/** A RingEX user (`Contact` in the spec). */
export interface Contact {
  firstName?: string;
  lastName?: string;
  email?: string;
  company?: string;
  [field: string]: unknown;
}

/** What login, the RingEX exchange and refresh answer (`AccessTokenUserDetails`). */
export interface AccessTokenUserDetails {
  accessToken?: string;
  refreshToken?: string | null;
  tokenType?: string;
  mainAccountId?: string;
  platformId?: string;
  adminId?: number;
  adminUrl?: string;
  agentUrl?: string;
  analyticsUrl?: string;
  iqUrl?: string;
  ssoLogin?: boolean;
  agentDetails?: AgentV2[];
  rcUser?: Contact;
  redirectUrl?: string;
  port?: number;
  [field: string]: unknown;
}

/** The main account an account belongs to (`MainAccount`). */
export interface MainAccount {
  mainAccountId?: string;
  mainAccountName?: string;
  [field: string]: unknown;
}

/**
 * An account the admin can reach (`Account`, about 85 fields). The list is flat: the rows are
 * sub-accounts, grouped by `mainAccountId`. Some fields are secrets (`crmPwd`, `ftpPwd`,
 * `securityKey`, `phoneRecordingPin`) and must never be displayed.
 */
export interface Account {
  accountId: string;
  accountName?: string;
  mainAccountId?: string;
  mainAccountName?: string;
  mainAccount?: MainAccount;
  archivedAccount?: boolean;
  /** A timezone number (`int32` in the spec), not a zone name. */
  primaryTimezone?: number;
  [field: string]: unknown;
}

/** The spec's error body (`Errors`); docs examples also carry `errorCode`. */
export interface ApiErrorBody {
  generalMessage?: string;
  details?: string;
  developerMessage?: string;
  cause?: string;
  requestUri?: string;
  timestamp?: number;
  errorCode?: string;
  validationErrors?: Array<{ attributeName?: string; message?: string; value?: string }>;
}

// The client's own shapes. They live here, below every module that uses them, so no module has to
// import a type from the client (which imports everything).

/** How long a session outlives the page: `local` (IndexedDB), `session` (this tab), `none` (memory). */
export type Persistence = 'local' | 'session' | 'none';

/** A key-value place for sessions. Values are plain, structured-cloneable objects. */
export interface SessionStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Who is signed in, as shown to people. */
export interface SessionUser {
  firstName?: string;
  lastName?: string;
  email?: string;
  username?: string;
}

/** What a page may see of a session: no tokens. Carried by `ringcx-login` events. */
/** How the session began: the form, RingCentral single sign-on, or a RingEX token the page had. */
export type SignInMethod = 'password' | 'ringcentral' | 'ringex-token';

export interface SessionSummary {
  user: SessionUser;
  /** A display name: full name, else email, else username. */
  displayName: string;
  platformId: string;
  mainAccountId: string | undefined;
  expiresAt: number | undefined;
  ssoLogin: boolean;
  /** How the user signed in (kept across refreshes and shared with other tabs). */
  method: SignInMethod;
}

export interface Credentials {
  username: string;
  password: string;
  platformId: string;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
}

export type SessionChangeReason = 'restored' | 'signed-in' | 'refreshed' | 'signed-out' | 'expired';

/** What the listeners of `subscribe()` receive. */
export interface SessionChange {
  reason: SessionChangeReason;
  /** The session now, without tokens; null when signed out. */
  session: SessionSummary | null;
}

export type SessionListener = (change: SessionChange) => void;

export interface RingCxClientOptions {
  /**
   * Where RingCX is. A relative URL (such as `/ringcx`) reaches it through a same-origin proxy.
   * @default 'https://ringcx.ringcentral.com'
   */
  baseUrl?: string;
  /**
   * How long the session outlives the page; ignored when `store` is given.
   * @default 'local'
   */
  persistence?: Persistence;
  /** Where sessions are kept; defaults to the store for `persistence`. */
  store?: SessionStore;
  /**
   * Milliseconds to wait for each answer.
   * @default 30000
   */
  timeout?: number;
  /**
   * Where the parameters of sign-in, RingEX exchange and refresh (password, tokens) travel. By
   * default in a form body; when the server refuses the body form (415, or 400 "Required request
   * parameter '…' … is not present", as a server built on the published spec does), the request is
   * sent once more with the query string, and that base URL keeps the query form for this page.
   * `'body'` turns that fallback off; `'query'` always uses the query string, which puts the
   * password in the URL, where proxies and servers log it.
   * @default body, with the fallback
   */
  credentialsIn?: 'body' | 'query';
  /** A permanent API token: every call authenticates with `X-Auth-Token`, and no session is used. */
  apiToken?: string;
  /**
   * Refresh this many milliseconds before the access token expires.
   * @default 30000
   */
  refreshMargin?: number;
  /**
   * How many times a failed read (GET) is retried, with backoff. Writes are never retried.
   * @default 2
   */
  retries?: number;
  /**
   * Tell other tabs of this origin about sign-in, refresh and sign-out (BroadcastChannel).
   * @default true, unless `store` is given or `persistence` is 'none'
   */
  syncTabs?: boolean;
  /** Told once when storage fails and the session falls back to memory. Default: `console.warn`. */
  onWarning?: (message: string) => void;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/** Options of `loginWithRingCentral()`: RingEX single sign-on (OAuth 2.0 authorization code + PKCE). */
export interface RingCentralSignInOptions extends CallOptions {
  /** The RingCentral app's client ID (a client-side app; no secret). */
  clientId: string;
  /** @default 'https://platform.ringcentral.com' */
  server?: string;
  /**
   * Where RingCentral sends the user back; must be listed for the app, exactly.
   * @default this page's origin and path
   */
  redirectUri?: string;
  /** The consent page, for mocks and test setups. @default `${server}/restapi/oauth/authorize` */
  authorizeUrl?: string;
  /** `popup` (default) or `redirect` (this window leaves and comes back). */
  flow?: 'popup' | 'redirect';
  /** Keep the RingEX token for the page (returned as `ringExToken`) instead of revoking it. */
  keepToken?: boolean;
  /**
   * The window from `openSignInWindow()`, opened by the caller inside the click. Omitted: the
   * method opens it itself, which works only when it is called inside the click.
   */
  popup?: Window | null;
}
