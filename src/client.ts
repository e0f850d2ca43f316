// The public client: the API calls, each one line over `call()`. Requests go through the transport
// (`transport.ts`); the session (its store, refresh, tabs and listeners) belongs to the session
// manager (`session-manager.ts`).
import { SessionManager } from './session-manager.js';
import { parseAccounts, parseCreatedToken, parseDeleteAnswer, parseTokenList, parseUserDetails } from './parse.js';
import { sessionFrom, summarize, type Session } from './session.js';
import { storeFor, withMemoryFallback } from './store.js';
import { resolveBaseUrl, Transport, type Method, type SendOptions } from './transport.js';
import { openSignInWindow } from './sso/popup-window.js';
import { ringCentralRedirectReturned } from './sso/redirect-return.js';
import type { RingExToken } from './sso/token.js';
import type {
  Account,
  CallOptions,
  Credentials,
  RingCentralSignInOptions,
  RingCxClientOptions,
  SessionListener,
  SessionSummary,
  SignInMethod,
} from './types.js';
import { validateCredentials, validateFilled, validateToken } from './validate.js';

export type {
  CallOptions,
  Credentials,
  RingCxClientOptions,
  SessionChange,
  SessionChangeReason,
  SessionListener,
} from './types.js';
export { resolveBaseUrl };

/** The documented RingCX host. */
export const DEFAULT_BASE_URL = 'https://ringcx.ringcentral.com';

/** What `loginWithRingCentral()` resolves with. */
export interface RingCentralSignInResult {
  session: SessionSummary;
  /** Only with `keepToken`: the RingEX token, which the page now owns (and should revoke). */
  ringExToken?: RingExToken;
}

const TOKENS = 'voice/api/v1/admin/token';
const ACCOUNTS = 'voice/api/v1/admin/accounts';

/** What one API call sends besides its method and path. */
type CallSend = CallOptions & Pick<SendOptions, 'secrets'>;

/**
 * A RingCX client: signs an admin in, keeps the session (refreshing the short-lived access token
 * on its own) and calls the admin API.
 *
 * @example
 * const client = new RingCxClient({ baseUrl: '/ringcx' });
 * await client.login({ username: 'admin@example.com', password, platformId: 'aws80' });
 * const tokens = await client.listApiTokens();
 */
export class RingCxClient {
  /** The base URL, absolute. Sessions are stored under it. */
  readonly baseUrl: string;
  private readonly transport: Transport;
  private readonly sessions: SessionManager;
  private readonly apiToken: string | undefined;

  constructor(options: RingCxClientOptions = {}) {
    this.baseUrl = resolveBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    if (options.apiToken !== undefined) {
      validateToken(options.apiToken, 'apiToken');
      this.apiToken = options.apiToken.trim();
    }
    const timeout = options.timeout ?? 30_000;
    this.transport = new Transport({
      baseUrl: this.baseUrl,
      timeout,
      retries: options.retries ?? 2,
      fetch: options.fetch,
      credentialsIn: options.credentialsIn,
      secrets: () => {
        const session = this.sessions.current;
        return [this.apiToken, session?.accessToken, session?.refreshToken, session?.user.username, session?.user.email];
      },
    });
    const warn = options.onWarning ?? ((message: string) => console.warn(message));
    this.sessions = new SessionManager({
      baseUrl: this.baseUrl,
      transport: this.transport,
      store: withMemoryFallback(options.store ?? storeFor(options.persistence ?? 'local'), () =>
        warn('ringcx-elements: storage is unavailable; the session is kept in memory for this page only.'),
      ),
      refreshMargin: options.refreshMargin ?? 30_000,
      revokeTimeout: Math.min(timeout, 5_000),
      syncTabs: options.syncTabs ?? (options.store === undefined && options.persistence !== 'none'),
    });
  }

  /** The session as last loaded, without tokens; null when signed out or not loaded yet. */
  get session(): SessionSummary | null {
    return this.sessions.summary;
  }

  /** True when this client authenticates with a permanent API token instead of a session. */
  get usesApiToken(): boolean {
    return this.apiToken !== undefined;
  }

  /** The stored session, without tokens, loading it on first use (no network call). */
  async getSession(): Promise<SessionSummary | null> {
    const session = await this.sessions.load();
    return session ? summarize(session) : null;
  }

  /**
   * Calls `listener` on every change of the session: restored from storage, signed in, refreshed,
   * signed out, expired (here or in another tab). Returns a function that unsubscribes.
   */
  subscribe(listener: SessionListener): () => void {
    return this.sessions.subscribe(listener);
  }

  /** Signs an admin in with username, password and platform id. The password is never stored. */
  async login(credentials: Credentials, options: CallOptions = {}): Promise<SessionSummary> {
    const fields: Record<keyof Credentials, string> = { ...validateCredentials(credentials) };
    // The username too, and both as HTTP Basic would join them, in case a server echoes them so.
    const send = { params: fields, ...options, secrets: [fields.password, fields.username, `${fields.username}:${fields.password}`] };
    return this.signIn('api/auth/login/admin', send, { platformId: fields.platformId, username: fields.username, method: 'password' });
  }

  /** Exchanges a RingEX (RingCentral) access token for a RingCX session: single sign-on. */
  async loginWithRingEx(rcAccessToken: string, options: CallOptions = {}): Promise<SessionSummary> {
    return this.exchangeRingEx(rcAccessToken, options, 'ringex-token');
  }

  /**
   * Signs in through RingCentral: RingEX single sign-on with OAuth 2.0 and PKCE, in a popup (the
   * default) or in this window (`flow: 'redirect'`, resolves null as the page leaves; finish with
   * `completeRingCentralRedirect()` when it comes back). The OAuth code loads only now.
   *
   * Call it inside the click, or pass the `popup` you opened there with `openSignInWindow()`:
   * browsers allow a popup only in a user gesture. Rejects with a RingCentralSignInError
   * (`isRingCentralSignInError`): `popup-blocked` (offer the redirect flow), `cancelled` (the user
   * closed the popup; say nothing), or a reason to show.
   */
  async loginWithRingCentral(options: RingCentralSignInOptions): Promise<RingCentralSignInResult | null> {
    // Before any await, so that the popup opens inside the caller's click.
    const popup = options.flow === 'redirect' ? null : options.popup !== undefined ? options.popup : openSignInWindow();
    const sso = await import('./sso/flow.js');
    if (options.flow === 'redirect') {
      await sso.startRedirectSignIn(options);
      return null;
    }
    return sso.signInWithPopup({ ...options, popup, exchange: (token) => this.exchangeRingEx(token, options, 'ringcentral') });
  }

  /**
   * Completes a redirect sign-in when this page is the answer to this tab's own one (checked by
   * its exact `state`); resolves null otherwise. `code` and `state` leave the address bar.
   */
  async completeRingCentralRedirect(options: CallOptions & { keepToken?: boolean } = {}): Promise<RingCentralSignInResult | null> {
    if (!ringCentralRedirectReturned()) return null;
    const sso = await import('./sso/flow.js');
    return sso.completeRedirectSignIn({ ...options, exchange: (token) => this.exchangeRingEx(token, options, 'ringcentral') });
  }

  /**
   * Gets a new access token now. The client also does this on its own before expiry and after a
   * 401; call it only to renew ahead of time. A refused refresh ends the session.
   */
  async refresh(options: CallOptions = {}): Promise<SessionSummary> {
    return summarize(await this.sessions.refresh(options));
  }

  /** Signs out: revokes the refresh token (best effort) and always forgets the stored session. */
  async logout(options: CallOptions = {}): Promise<void> {
    await this.sessions.signOut(options);
  }

  /**
   * Creates a permanent API token for the signed-in user and returns it in full; null when RingCX
   * created it but answered 201 or 204 without it (list the tokens to see it).
   */
  async createApiToken(options: CallOptions = {}): Promise<string | null> {
    return this.call('POST', TOKENS, parseCreatedToken, options);
  }

  /** The user's permanent API tokens. */
  async listApiTokens(options: CallOptions = {}): Promise<string[]> {
    return this.call('GET', TOKENS, parseTokenList, options);
  }

  /** Deletes a permanent API token. */
  async deleteApiToken(token: string, options: CallOptions = {}): Promise<void> {
    return this.call('DELETE', `${TOKENS}/${tokenSegment(token)}`, parseDeleteAnswer, { ...options, secrets: [token.trim()] });
  }

  /** The accounts the user can reach: a flat list of sub-accounts (see `groupAccounts`). */
  async getAccounts(options: CallOptions = {}): Promise<Account[]> {
    return this.call('GET', ACCOUNTS, parseAccounts, options);
  }

  /** Stops listening to other tabs. The client still works, on its own. */
  close(): void {
    this.sessions.close();
  }

  /** One authenticated API call: the API token, or the session (refreshed as needed); then `parse`. */
  private async call<T>(method: Method, path: string, parse: (text: string, status: number) => T, options: CallSend): Promise<T> {
    const response =
      this.apiToken === undefined
        ? await this.sessions.withAccess((session) => this.transport.send(method, path, { ...options, headers: bearer(session) }), options.signal)
        : await this.transport.send(method, path, { ...options, headers: { 'X-Auth-Token': this.apiToken } });
    return this.transport.read(response, method, path, parse);
  }

  /** Sends a sign-in request and makes the session it answers with the current one. */
  private async exchangeRingEx(rcAccessToken: string, options: CallOptions, method: SignInMethod): Promise<SessionSummary> {
    validateFilled(rcAccessToken, 'rcAccessToken', 'RingEX access token');
    const token = rcAccessToken.trim();
    const params = { rcAccessToken: token, rcTokenType: 'Bearer' };
    const send = { searchParams: { includeRefresh: 'true' }, params, signal: options.signal, secrets: [token] };
    return this.signIn('api/auth/login/rc/accesstoken', send, { method });
  }

  private async signIn(
    path: string,
    send: SendOptions,
    context: { platformId?: string; username?: string; method: SignInMethod },
  ): Promise<SessionSummary> {
    const receivedAt = Date.now();
    const response = await this.transport.send('POST', path, send);
    const details = await this.transport.read(response, 'POST', path, parseUserDetails);
    const session = sessionFrom(details, { baseUrl: this.baseUrl, receivedAt, ...context });
    await this.sessions.signIn(session);
    return summarize(session);
  }
}

function bearer(session: Session): Record<string, string> {
  return { Authorization: `Bearer ${session.accessToken}` };
}

/** A token as a path segment; checked first, so nothing invalid is sent. */
function tokenSegment(token: string): string {
  validateToken(token, 'token');
  return encodeURIComponent(token.trim());
}
