import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import { HttpError } from './errors/http-error.js';
import { InvalidInputError } from './errors/invalid-input-error.js';
import { NetworkError } from './errors/network-error.js';
import { RateLimitError } from './errors/rate-limit-error.js';
import { ResponseFormatError } from './errors/response-format-error.js';
import { isRingCxError } from './errors/ringcx-error.js';
import { SessionExpiredError } from './errors/session-expired-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import {
  parseAccounts,
  parseCreatedToken,
  parseDeleteAnswer,
  parseErrorBody,
  parseTokenList,
  parseUserDetails,
} from './parse.js';
import { redactText, redactUrl } from './redact.js';
import { readStoredSession, sessionFrom, summarize, type Session, type SessionSummary } from './session.js';
import { storeFor, withMemoryFallback, type Persistence, type SessionStore } from './store.js';
import type { Account } from './types.js';
import { validateCredentials, validateSecret, validateToken } from './validate.js';

/** The documented RingCX host. */
export const DEFAULT_BASE_URL = 'https://ringcx.ringcentral.com';

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
   * Where sign-in credentials travel. `'query'` puts the password in the URL, where proxies and
   * servers log it: use it only for a server that needs it.
   * @default 'body'
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

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface Credentials {
  username: string;
  password: string;
  platformId: string;
}

export type SessionChangeReason = 'restored' | 'signed-in' | 'refreshed' | 'signed-out' | 'expired';

/** What the listeners of `subscribe()` receive. */
export interface SessionChange {
  reason: SessionChangeReason;
  /** The session now, without tokens; null when signed out. */
  session: SessionSummary | null;
}

export type SessionListener = (change: SessionChange) => void;

interface SendOptions extends CallOptions {
  body?: URLSearchParams;
  searchParams?: Record<string, string>;
  headers?: Record<string, string>;
  read?: boolean;
  timeout?: number;
  /** What this request sends that an error body might echo back: kept out of the error. */
  secrets?: Array<string | null>;
}

interface TabMessage {
  baseUrl: string;
  reason: SessionChangeReason;
}

const CHANNEL_NAME = 'ringcx-elements';

/** The longest `Retry-After` (seconds) a read waits out before retrying on its own. */
const MAX_RETRY_AFTER = 5;

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
  private readonly http: KyInstance;
  private readonly store: SessionStore;
  private readonly options: Required<Pick<RingCxClientOptions, 'timeout' | 'credentialsIn' | 'refreshMargin' | 'retries'>>;
  private readonly apiToken: string | undefined;
  private readonly listeners = new Set<SessionListener>();
  private readonly channel: BroadcastChannel | undefined;
  private current: Session | null = null;
  private loading: Promise<Session | null> | undefined;
  private renewing: Promise<Session> | undefined;
  /** Changes whenever the session ends or is replaced, so a refresh answered late cannot bring it back. */
  private generation = 0;

  constructor(options: RingCxClientOptions = {}) {
    this.baseUrl = resolveBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    this.options = {
      timeout: options.timeout ?? 30_000,
      credentialsIn: options.credentialsIn ?? 'body',
      refreshMargin: options.refreshMargin ?? 30_000,
      retries: options.retries ?? 2,
    };
    if (options.apiToken !== undefined) {
      validateToken(options.apiToken, 'apiToken');
      this.apiToken = options.apiToken.trim();
    }
    const warn = options.onWarning ?? ((message: string) => console.warn(message));
    this.store = withMemoryFallback(options.store ?? storeFor(options.persistence ?? 'local'), () =>
      warn('ringcx-elements: storage is unavailable; the session is kept in memory for this page only.'),
    );
    this.http = ky.create({
      prefix: this.baseUrl,
      timeout: this.options.timeout,
      retry: 0,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    const syncTabs = options.syncTabs ?? (options.store === undefined && options.persistence !== 'none');
    if (syncTabs && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = (event: MessageEvent<TabMessage>) => void this.onTabMessage(event.data);
    }
  }

  /** The session as last loaded, without tokens; null when signed out or not loaded yet. */
  get session(): SessionSummary | null {
    return this.current ? summarize(this.current) : null;
  }

  /** True when this client authenticates with a permanent API token instead of a session. */
  get usesApiToken(): boolean {
    return this.apiToken !== undefined;
  }

  /** The stored session, without tokens, loading it on first use (no network call). */
  async getSession(): Promise<SessionSummary | null> {
    const session = await this.loadSession();
    return session ? summarize(session) : null;
  }

  /**
   * Calls `listener` on every change of the session: restored from storage, signed in, refreshed,
   * signed out, expired (here or in another tab). Returns a function that unsubscribes.
   */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Signs an admin in with username, password and platform id. The password is never stored. */
  async login(credentials: Credentials, options: CallOptions = {}): Promise<SessionSummary> {
    const fields: Record<keyof Credentials, string> = { ...validateCredentials(credentials) };
    const placement =
      this.options.credentialsIn === 'query' ? { searchParams: fields } : { body: new URLSearchParams(fields) };
    const receivedAt = Date.now();
    const response = await this.send('POST', 'api/auth/login/admin', { ...placement, ...options, secrets: [fields.password] });
    const details = await this.read(response, 'POST', 'api/auth/login/admin', parseUserDetails);
    const session = sessionFrom(details, {
      baseUrl: this.baseUrl,
      receivedAt,
      platformId: fields.platformId,
      username: fields.username,
    });
    await this.save(session, 'signed-in');
    return summarize(session);
  }

  /** Exchanges a RingEX (RingCentral) access token for a RingCX session: single sign-on. */
  async loginWithRingEx(rcAccessToken: string, options: CallOptions = {}): Promise<SessionSummary> {
    validateSecret(rcAccessToken, 'rcAccessToken', 'RingEX access token');
    const path = 'api/auth/login/rc/accesstoken';
    const receivedAt = Date.now();
    const response = await this.send('POST', path, {
      searchParams: { includeRefresh: 'true' },
      body: new URLSearchParams({ rcAccessToken: rcAccessToken.trim(), rcTokenType: 'Bearer' }),
      ...options,
      secrets: [rcAccessToken.trim()],
    });
    const details = await this.read(response, 'POST', path, parseUserDetails);
    const session = sessionFrom(details, { baseUrl: this.baseUrl, receivedAt });
    await this.save(session, 'signed-in');
    return summarize(session);
  }

  /**
   * Gets a new access token now. The client also does this on its own before expiry and after a
   * 401; call it only to renew ahead of time. A refused refresh ends the session.
   */
  async refresh(options: CallOptions = {}): Promise<SessionSummary> {
    const session = await this.requireSession();
    return summarize(await this.renew(session.accessToken, true, options.signal));
  }

  /**
   * Signs out: revokes the refresh token (best effort) and always forgets the stored session.
   */
  async logout(options: CallOptions = {}): Promise<void> {
    const session = await this.loadSession();
    await this.clear('signed-out');
    // A refresh under way in another tab (it holds the refresh lock) may store a new session just
    // after the clear above. Once it is done, clear again whatever it stored.
    const late = await withLock(this.lockName(), async () => {
      const stored = readStoredSession(await this.store.get(this.key()), this.baseUrl);
      if (stored) await this.clear('signed-out');
      return stored;
    });
    for (const refreshToken of new Set([session?.refreshToken, late?.refreshToken])) {
      if (refreshToken) await this.revoke(refreshToken, options);
    }
  }

  /** Revokes a refresh token, best effort: the session is gone here either way. */
  private async revoke(refreshToken: string, options: CallOptions = {}): Promise<void> {
    try {
      await this.send('DELETE', `api/auth/logout/${encodeURIComponent(refreshToken)}`, {
        ...options,
        timeout: Math.min(this.options.timeout, 5_000),
        secrets: [refreshToken],
      });
    } catch {
      // An unrevoked refresh token expires on the server.
    }
  }

  /** What a refresh that was overtaken by a sign-in or sign-out gives its callers. */
  private superseded(): Session {
    if (this.current) return this.current;
    throw new SessionExpiredError('signed-out');
  }

  /** Makes `session` the current one, for `session` and `getSession()` alike. */
  private adopt(session: Session | null): void {
    this.current = session;
    this.loading = Promise.resolve(session);
  }

  /** Creates a permanent API token for the signed-in user and returns it in full. */
  async createApiToken(options: CallOptions = {}): Promise<string> {
    const path = 'voice/api/v1/admin/token';
    const response = await this.authed('POST', path, options);
    return this.read(response, 'POST', path, parseCreatedToken);
  }

  /** The user's permanent API tokens. */
  async listApiTokens(options: CallOptions = {}): Promise<string[]> {
    const path = 'voice/api/v1/admin/token';
    const response = await this.authed('GET', path, { ...options, read: true });
    return this.read(response, 'GET', path, parseTokenList);
  }

  /** Deletes a permanent API token. */
  async deleteApiToken(token: string, options: CallOptions = {}): Promise<void> {
    validateToken(token, 'token');
    const path = `voice/api/v1/admin/token/${encodeURIComponent(token.trim())}`;
    const response = await this.authed('DELETE', path, { ...options, secrets: [token.trim()] });
    await this.read(response, 'DELETE', path, parseDeleteAnswer);
  }

  /** The accounts the user can reach: a flat list of sub-accounts (see `groupAccounts`). */
  async getAccounts(options: CallOptions = {}): Promise<Account[]> {
    const path = 'voice/api/v1/admin/accounts';
    const response = await this.authed('GET', path, { ...options, read: true });
    return this.read(response, 'GET', path, parseAccounts);
  }

  /** Stops listening to other tabs. The client still works, on its own. */
  close(): void {
    this.channel?.close();
    this.listeners.clear();
  }

  private async authed(method: string, path: string, options: SendOptions): Promise<Response> {
    if (this.apiToken !== undefined) {
      return this.send(method, path, { ...options, headers: { 'X-Auth-Token': this.apiToken } });
    }
    let session = await this.requireSession();
    // At most one refresh per call, so a token that is born expired cannot cause a loop.
    let renewed = false;
    if (session.expiresAt !== undefined && Date.now() >= session.expiresAt - this.options.refreshMargin) {
      session = await this.renew(session.accessToken, false, options.signal);
      renewed = true;
    }
    try {
      return await this.send(method, path, { ...options, headers: bearer(session) });
    } catch (error) {
      if (renewed || !(error instanceof HttpError) || error.status !== 401) throw error;
    }
    session = await this.renew(session.accessToken, false, options.signal);
    return this.send(method, path, { ...options, headers: bearer(session) });
  }

  private async requireSession(): Promise<Session> {
    const session = await this.loadSession();
    if (!session) throw new SessionExpiredError('signed-out');
    return session;
  }

  /**
   * One refresh for all callers that found `staleAccessToken` expired, in this tab (shared promise)
   * and across tabs (a Web Lock, then a re-read of the store: another tab may have refreshed).
   */
  private renew(staleAccessToken: string, force: boolean, signal?: AbortSignal): Promise<Session> {
    if (this.current && this.current.accessToken !== staleAccessToken && !force) {
      return Promise.resolve(this.current);
    }
    // The refresh is shared, so one caller's signal must not cancel it: a refresh cut off after the
    // server rotated the refresh token would lose the session. The caller alone stops waiting.
    this.renewing ??= withLock(this.lockName(), async () => {
      const stored = readStoredSession(await this.store.get(this.key()), this.baseUrl);
      if (stored && stored.accessToken !== staleAccessToken && !force) {
        this.adopt(stored);
        return stored;
      }
      return this.refreshNow(stored ?? this.current);
    }).finally(() => {
      this.renewing = undefined;
    });
    return signal ? untilAborted(this.renewing, signal) : this.renewing;
  }

  private async refreshNow(session: Session | null): Promise<Session> {
    const generation = this.generation;
    if (!session?.refreshToken) {
      await this.clear('expired');
      throw new SessionExpiredError('refresh-failed');
    }
    const path = 'api/auth/token/refresh';
    const receivedAt = Date.now();
    let response: Response;
    try {
      response = await this.send('POST', path, {
        body: new URLSearchParams({ refresh_token: session.refreshToken }),
        secrets: [session.refreshToken, session.accessToken],
      });
    } catch (error) {
      if (error instanceof HttpError && [400, 401, 403, 404].includes(error.status)) {
        // Refused because the user signed out meanwhile (which revoked it): not an expiry to report.
        if (this.generation !== generation) return this.superseded();
        const newer = hasLocks() ? undefined : await this.newerStoredSession(session.refreshToken);
        if (newer) {
          this.adopt(newer);
          return newer;
        }
        await this.clear('expired');
        throw new SessionExpiredError('refresh-failed', { method: 'POST', url: error.url, cause: error });
      }
      throw error;
    }
    const details = await this.read(response, 'POST', path, parseUserDetails);
    const renewed = sessionFrom(details, { baseUrl: this.baseUrl, receivedAt, previous: session });
    // The server rotates refresh tokens; keep the old one only if it sent none.
    if (renewed.refreshToken === null) renewed.refreshToken = session.refreshToken;
    if (this.generation !== generation) {
      // Signed out (or in anew) while the answer was on its way: revoke what it brought, keep it out.
      void this.revoke(renewed.refreshToken);
      return this.superseded();
    }
    await this.save(renewed, 'refreshed');
    return renewed;
  }

  /**
   * Without Web Locks nothing stops two tabs from refreshing at once with the same refresh token;
   * the server rotates it, so the slower tab is refused. Before ending the session, wait briefly
   * for the faster tab to store its new one, and adopt that.
   */
  private async newerStoredSession(refusedRefreshToken: string): Promise<Session | undefined> {
    for (let waited = 0; waited <= 2_000; waited += 100) {
      const stored = readStoredSession(await this.store.get(this.key()), this.baseUrl);
      if (stored && stored.refreshToken !== refusedRefreshToken) return stored;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  }

  private loadSession(): Promise<Session | null> {
    const generation = this.generation;
    this.loading ??= (async () => {
      const value = await this.store.get(this.key());
      if (value === undefined) return null;
      const session = readStoredSession(value, this.baseUrl);
      if (!session) await this.store.delete(this.key()); // corrupt, older format or foreign: discard
      return session ?? null;
    })().then((session) => {
      // A sign-in or sign-out while the store was read is newer than what the store held.
      if (this.generation !== generation) return this.current;
      const wasSignedIn = this.current !== null;
      this.current = session;
      if (session || wasSignedIn) this.notify(session ? 'restored' : 'signed-out');
      return session;
    });
    return this.loading;
  }

  private async save(session: Session, reason: SessionChangeReason): Promise<void> {
    if (reason === 'signed-in') this.generation++;
    this.adopt(session);
    await this.store.set(this.key(), session);
    this.notify(reason);
    this.channel?.postMessage({ baseUrl: this.baseUrl, reason } satisfies TabMessage);
  }

  private async clear(reason: 'signed-out' | 'expired'): Promise<void> {
    this.generation++;
    this.adopt(null);
    await this.store.delete(this.key());
    this.notify(reason);
    this.channel?.postMessage({ baseUrl: this.baseUrl, reason } satisfies TabMessage);
  }

  private async onTabMessage(message: TabMessage): Promise<void> {
    if (message?.baseUrl !== this.baseUrl) return;
    const session = readStoredSession(await this.store.get(this.key()), this.baseUrl) ?? null;
    // Where tabs keep their sessions apart (sessionStorage, or memory after a storage failure),
    // another tab's news may not be ours: follow it only when our store bears it out.
    const ended = message.reason === 'signed-out' || message.reason === 'expired';
    if (ended !== (session === null) || session?.accessToken === this.current?.accessToken) return;
    if (message.reason !== 'refreshed') this.generation++;
    this.adopt(session);
    this.notify(message.reason);
  }

  private notify(reason: SessionChangeReason): void {
    const change: SessionChange = { reason, session: this.session };
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        // A broken listener must not break the client or the other listeners.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  private key(): string {
    return `session ${this.baseUrl}`;
  }

  /** The Web Lock that refreshes and sign-outs of this base URL take, across tabs. */
  private lockName(): string {
    return `ringcx-refresh ${this.baseUrl}`;
  }

  private async send(method: string, path: string, options: SendOptions): Promise<Response> {
    const request: KyOptions = {
      method,
      headers: options.headers,
      body: options.body,
      searchParams: options.searchParams,
      signal: options.signal,
      retry: options.read
        ? {
            limit: this.options.retries,
            methods: ['get'],
            backoffLimit: 3_000,
            jitter: true,
            maxRetryAfter: MAX_RETRY_AFTER * 1000,
            shouldRetry: ({ error }) => {
              // A server asking for a longer pause gets it from the person, told how long, not from a spinner.
              if (isHTTPError(error)) return (retryAfterSeconds(error.response.headers) ?? 0) > MAX_RETRY_AFTER ? false : undefined;
              // fetch() rejects with a TypeError only when the network failed (our requests are always
              // well-formed). ky knows each engine's usual wording; WebKit has others, such as a
              // service worker's error response, so the type is what counts.
              return error.name === 'TypeError' ? true : undefined;
            },
          }
        : 0,
      ...(options.timeout ? { timeout: options.timeout } : {}),
    };
    try {
      return await this.http(path, request);
    } catch (error) {
      throw this.toError(error, method, path, options);
    }
  }

  private async read<T>(response: Response, method: string, path: string, parse: (text: string) => T): Promise<T> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new NetworkError(method, this.urlFor(path), error instanceof Error ? error.name : undefined);
    }
    try {
      return parse(text);
    } catch (error) {
      if (error instanceof ResponseFormatError) {
        throw new ResponseFormatError(error.message, { method, url: this.urlFor(path) });
      }
      throw error;
    }
  }

  private toError(error: unknown, method: string, path: string, options: SendOptions): unknown {
    if (isRingCxError(error)) return error;
    if (options.signal?.aborted) return options.signal.reason;
    const url = this.urlFor(path);
    if (isTimeoutError(error)) return new TimeoutError(method, url, options.timeout ?? this.options.timeout);
    if (isHTTPError(error)) {
      const { status, statusText, headers } = error.response;
      const text = typeof error.data === 'string' ? error.data : error.data === undefined ? '' : JSON.stringify(error.data);
      const api = parseErrorBody(text);
      const secrets = [this.current?.accessToken, this.current?.refreshToken, this.apiToken, ...(options.secrets ?? [])];
      // Redact before cutting: a secret cut in half would no longer be found.
      const body = text ? redactText(text, secrets).slice(0, 500) : undefined;
      const generalMessage = api?.generalMessage === undefined ? undefined : redactText(api.generalMessage, secrets);
      const errorCode = api?.errorCode === undefined ? undefined : redactText(api.errorCode, secrets);
      const said = generalMessage ?? (body && !body.trimStart().startsWith('<') ? body.slice(0, 120) : statusText);
      const message = `RingCX answered ${status}${said ? `: ${redactText(said, secrets)}` : ''} (${method} ${url}).`;
      const details = { status, method, url, body, errorCode, generalMessage };
      if (status === 429) return new RateLimitError(message, { ...details, retryAfter: retryAfterSeconds(headers) });
      return new HttpError(message, details);
    }
    if (isNetworkError(error)) return new NetworkError(method, url, (error as Error).cause);
    // fetch rejects with a TypeError for anything else the network did; no request object kept.
    return new NetworkError(method, url, error instanceof Error ? error.message : undefined);
  }

  private urlFor(path: string): string {
    return redactUrl(`${this.baseUrl}/${path}`);
  }
}

function bearer(session: Session): Record<string, string> {
  return { Authorization: `Bearer ${session.accessToken}` };
}

/** The absolute form of a base URL, without query, hash or trailing slash. */
export function resolveBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new InvalidInputError('baseUrl', 'The RingCX base URL is empty.');
  }
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  try {
    const url = new URL(baseUrl.trim(), base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('not http');
    url.search = '';
    url.hash = '';
    return url.href.replace(/\/+$/, '');
  } catch {
    throw new InvalidInputError('baseUrl', 'The RingCX base URL is not a valid http(s) URL.');
  }
}

function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** `promise`, or the signal's reason as soon as it aborts; the work behind `promise` goes on. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function hasLocks(): boolean {
  return Boolean(globalThis.navigator?.locks);
}

/** Runs `task` holding a Web Lock of that name, or directly where the API is missing (see `newerStoredSession`). */
function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  return hasLocks() ? navigator.locks.request(name, task) : task();
}
