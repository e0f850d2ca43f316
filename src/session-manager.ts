// The session manager: the only owner of the current session. It alone reads and writes the store,
// takes the refresh lock, talks to other tabs and tells listeners. The client asks it for a
// session to send with and hands it the sessions that sign-ins bring.
//
// States (`state.status`):
//   unread      nothing read yet; the store is read on first use
//   reading     the store is being read (one read for all callers)
//   signed-out  no session
//   signed-in   a session; a refresh may be in flight (`refreshing`, one for the whole page)
//
// Transitions, with what listeners hear (`SessionChangeReason`):
//   unread     -> reading                 first `load()`                       (nothing)
//   reading    -> signed-in               a valid record was stored            restored
//   reading    -> signed-out              nothing, or a corrupt record, stored (nothing)
//   any        -> signed-in               `signIn()`                           signed-in
//   signed-in  -> signed-in               a refresh, here or in another tab    refreshed
//   signed-in  -> signed-out              `signOut()`                          signed-out
//   signed-in  -> signed-out              a refresh refused                    expired
//   any        -> as another tab says     a tab message the store bears out    its reason
// Listeners hear a change only when the state really changed: ending a session that is already
// gone says nothing (so a sign-out that finds a late session in the store is heard once).
//
// `epoch` counts the transitions that start or end a session (all but `refreshed`). A store read
// or a refresh notes the epoch when it starts and applies its result only if the epoch is the
// same when it ends: a sign-in or sign-out meanwhile is newer than what it brings.
import { SessionExpiredError } from './errors/session-expired-error.js';
import { HttpError } from './errors/http-error.js';
import { hasLocks, isRefusal, isTabMessage, Listeners, poll, requestRefresh, revoke, untilAborted, withLock, type TabMessage } from './session-support.js';
import { readStoredSession, summarize, type Session } from './session.js';
import type { Transport } from './transport.js';
import type { CallOptions, SessionChange, SessionChangeReason, SessionListener, SessionStore, SessionSummary } from './types.js';

type State =
  | { status: 'unread' }
  | { status: 'reading'; read: Promise<Session | null> }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session };

export interface SessionManagerOptions {
  baseUrl: string;
  store: SessionStore;
  transport: Transport;
  /** Refresh this many milliseconds before the access token expires. */
  refreshMargin: number;
  /** The longest wait, in ms, for revoking a refresh token on sign-out. */
  revokeTimeout: number;
  syncTabs: boolean;
}

const CHANNEL_NAME = 'ringcx-elements';

export class SessionManager {
  private readonly baseUrl: string;
  private readonly store: SessionStore;
  private readonly transport: Transport;
  private readonly listeners = new Listeners<SessionChange>();
  private readonly channel: BroadcastChannel | undefined;
  private readonly key: string;
  /** The Web Lock that refreshes and sign-outs of this base URL take, across tabs. */
  private readonly lockName: string;
  private state: State = { status: 'unread' };
  private epoch = 0;
  /** The one refresh in flight in this page; every caller that needs a new token waits for it. */
  private refreshing: Promise<Session> | undefined;

  constructor(private readonly options: SessionManagerOptions) {
    ({ baseUrl: this.baseUrl, store: this.store, transport: this.transport } = options);
    this.key = `session ${this.baseUrl}`;
    this.lockName = `ringcx-refresh ${this.baseUrl}`;
    if (options.syncTabs && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = ({ data }: MessageEvent<unknown>) => void (isTabMessage(data, this.baseUrl) && this.onTabMessage(data));
    }
  }

  /** The session held now; null when signed out or not read yet. */
  get current(): Session | null {
    return this.state.status === 'signed-in' ? this.state.session : null;
  }

  /** The session held now, without tokens. */
  get summary(): SessionSummary | null {
    return this.current ? summarize(this.current) : null;
  }

  /** The session, reading the store on first use (no network call). */
  load(): Promise<Session | null> {
    if (this.state.status === 'reading') return this.state.read;
    if (this.state.status !== 'unread') return Promise.resolve(this.current);
    const epoch = this.epoch;
    const read = this.readStore().then((session) => {
      if (this.epoch !== epoch) return this.current;
      this.become(session, session ? 'restored' : 'signed-out');
      return session;
    });
    this.state = { status: 'reading', read };
    return read;
  }

  subscribe(listener: SessionListener): () => void {
    return this.listeners.add(listener);
  }

  /** Makes a new session (from a sign-in) the current one; revokes the one it replaces (best effort). */
  async signIn(session: Session): Promise<void> {
    // Read before saving (so it sees the store as it was), not awaited: a slow store must not hold up the sign-in.
    const previous = this.current ? Promise.resolve(this.current) : this.readStored().catch(() => undefined);
    this.epoch++;
    await this.save(session, 'signed-in');
    void previous.then((replaced) => {
      if (replaced?.refreshToken && replaced.refreshToken !== session.refreshToken) return this.revoke(replaced.refreshToken);
    });
  }

  /**
   * Sends with a fresh access token: refreshed first when about to expire, or once after a 401.
   * At most one refresh per call, so a token that is born expired cannot cause a loop.
   */
  async withAccess<T>(send: (session: Session) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let session = await this.require();
    const expiring = session.expiresAt !== undefined && Date.now() >= session.expiresAt - this.options.refreshMargin;
    if (expiring) session = await this.renew(session.accessToken, { signal });
    try {
      return await send(session);
    } catch (error) {
      if (expiring || !(error instanceof HttpError) || error.status !== 401) throw error;
    }
    return send(await this.renew(session.accessToken, { signal }));
  }

  /** A new access token now, whatever the current one's age. */
  async refresh(options: CallOptions = {}): Promise<Session> {
    const session = await this.require();
    return this.renew(session.accessToken, { force: true, signal: options.signal });
  }

  /** Forgets the session here, in the store and in other tabs, and revokes its refresh tokens. */
  async signOut(options: CallOptions = {}): Promise<void> {
    const session = await this.load();
    await this.end('signed-out');
    // A refresh under way in another tab (it holds the refresh lock) may store a new session just
    // after the end above. Once it is done, clear again whatever it stored.
    const late = await withLock(this.lockName, async () => {
      const stored = await this.readStored();
      if (stored) await this.end('signed-out');
      return stored;
    });
    for (const refreshToken of new Set([session?.refreshToken, late?.refreshToken])) {
      if (refreshToken) await this.revoke(refreshToken, options);
    }
  }

  /** Stops listening to other tabs and forgets the listeners. */
  close(): void {
    this.channel?.close();
    this.listeners.clear();
  }

  private async require(): Promise<Session> {
    const session = await this.load();
    if (!session) throw new SessionExpiredError('signed-out');
    return session;
  }

  /**
   * One refresh for every caller that found `seen` stale, in this page (shared promise) and across
   * tabs (a Web Lock, then a re-read of the store: another tab may have refreshed). Whether to
   * refresh is decided here only, by `stale()`, against what this page holds and then the store.
   */
  private renew(seen: string, { force = false, signal }: { force?: boolean; signal?: AbortSignal | undefined }): Promise<Session> {
    const stale = (session: Session | null): boolean => force || !session || session.accessToken === seen;
    const held = this.current;
    if (!stale(held)) return Promise.resolve(held!);
    // The refresh is shared, so one caller's signal must not cancel it: a refresh cut off after the
    // server rotated the refresh token would lose the session. The caller alone stops waiting.
    this.refreshing ??= withLock(this.lockName, async () => {
      const stored = await this.readStored();
      if (stored && !stale(stored)) return this.adopt(stored);
      return this.refreshNow(stored ?? this.current);
    }).finally(() => {
      this.refreshing = undefined;
    });
    return signal ? untilAborted(this.refreshing, signal) : this.refreshing;
  }

  private async refreshNow(session: Session | null): Promise<Session> {
    const epoch = this.epoch;
    if (!session?.refreshToken) {
      await this.end('expired');
      throw new SessionExpiredError('refresh-failed');
    }
    let renewed: Session & { refreshToken: string };
    try {
      renewed = await requestRefresh(this.transport, { ...session, refreshToken: session.refreshToken });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      // Refused because the user signed out meanwhile (which revoked it): not an expiry to report.
      if (this.epoch !== epoch) return this.superseded();
      const newer = hasLocks() ? undefined : await this.newerStoredSession(session.refreshToken);
      if (newer) return this.adopt(newer);
      await this.end('expired');
      throw new SessionExpiredError('refresh-failed', { method: 'POST', url: error.url, cause: error });
    }
    if (this.epoch !== epoch) {
      // Signed out (or in anew) while the answer was on its way: revoke what it brought, keep it out.
      void this.revoke(renewed.refreshToken);
      return this.superseded();
    }
    await this.save(renewed, 'refreshed');
    return renewed;
  }

  /** What a refresh that was overtaken by a sign-in or sign-out gives its callers. */
  private superseded(): Session {
    if (this.current) return this.current;
    throw new SessionExpiredError('signed-out');
  }

  /**
   * Without Web Locks nothing stops two tabs from refreshing at once with the same refresh token;
   * the server rotates it, so the slower tab is refused. Before ending the session, wait briefly
   * for the faster tab to store its new one, and adopt that.
   */
  private newerStoredSession(refusedRefreshToken: string): Promise<Session | undefined> {
    return poll(async () => {
      const stored = await this.readStored();
      return stored?.refreshToken === refusedRefreshToken ? undefined : stored;
    });
  }

  private revoke(refreshToken: string, options: CallOptions = {}): Promise<void> {
    return revoke(this.transport, refreshToken, { ...options, timeout: this.options.revokeTimeout });
  }

  /** The stored session; a corrupt, older or foreign record is deleted. */
  private async readStore(): Promise<Session | null> {
    const value = await this.store.get(this.key);
    if (value === undefined) return null;
    const session = readStoredSession(value, this.baseUrl);
    if (!session) await this.store.delete(this.key);
    return session ?? null;
  }

  private async readStored(): Promise<Session | undefined> {
    return readStoredSession(await this.store.get(this.key), this.baseUrl);
  }

  /** Takes over a session another tab stored (it tells our listeners itself, by tab message). */
  private adopt(session: Session): Session {
    this.state = { status: 'signed-in', session };
    return session;
  }

  private async save(session: Session, reason: 'signed-in' | 'refreshed'): Promise<void> {
    this.state = { status: 'signed-in', session };
    await this.store.set(this.key, session);
    this.notify(reason);
    this.post(reason);
  }

  private async end(reason: 'signed-out' | 'expired'): Promise<void> {
    this.epoch++;
    const ended = this.become(null);
    await this.store.delete(this.key);
    if (ended) this.notify(reason);
    // Other tabs hear it even when this one had nothing: the store may have held a late session.
    this.post(reason);
  }

  private async onTabMessage(message: TabMessage): Promise<void> {
    const session = (await this.readStored()) ?? null;
    // Where tabs keep their sessions apart (sessionStorage, or memory after a storage failure),
    // another tab's news may not be ours: follow it only when our store bears it out.
    const ended = message.reason === 'signed-out' || message.reason === 'expired';
    if (ended !== (session === null) || session?.accessToken === this.current?.accessToken) return;
    if (message.reason !== 'refreshed') this.epoch++;
    this.become(session, message.reason);
  }

  /**
   * Sets the state for `session` and tells listeners `reason`, unless it is a session ending that
   * was already gone. Returns whether a session ended.
   */
  private become(session: Session | null, reason?: SessionChangeReason): boolean {
    const ended = session === null && this.current !== null;
    this.state = session ? { status: 'signed-in', session } : { status: 'signed-out' };
    if (reason && (session || ended)) this.notify(reason);
    return ended;
  }

  private post(reason: SessionChangeReason): void {
    this.channel?.postMessage({ baseUrl: this.baseUrl, reason } satisfies TabMessage);
  }

  private notify(reason: SessionChangeReason): void {
    this.listeners.emit({ reason, session: this.summary });
  }
}
