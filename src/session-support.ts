// What the session manager leans on: its two requests (refresh and revoke), the cross-tab refresh
// lock, waits a caller may abandon, and its listeners. No state: the manager decides when.
import { HttpError } from './errors/http-error.js';
import { parseUserDetails } from './parse.js';
import { sessionFrom, type Session } from './session.js';
import type { Transport } from './transport.js';
import type { CallOptions, SessionChangeReason } from './types.js';

const REFRESH_PATH = 'api/auth/token/refresh';

/** Exchanges the session's refresh token for a new session; rejects as the transport does. */
export async function requestRefresh(transport: Transport, session: Session & { refreshToken: string }): Promise<Session & { refreshToken: string }> {
  const receivedAt = Date.now();
  const response = await transport.send('POST', REFRESH_PATH, {
    // RingCentral's own clients name the token type too; servers that follow them may require it.
    params: { refresh_token: session.refreshToken, rcTokenType: 'Bearer' },
    secrets: [session.refreshToken, session.accessToken],
  });
  const details = await transport.read(response, 'POST', REFRESH_PATH, parseUserDetails);
  const renewed = sessionFrom(details, { baseUrl: session.baseUrl, receivedAt, previous: session });
  // The server rotates refresh tokens; keep the old one only if it sent none.
  return { ...renewed, refreshToken: renewed.refreshToken ?? session.refreshToken };
}

/**
 * True when RingCX refused a refresh (revoked, rotated away or expired token, or a request it will
 * never accept): any 4xx but 408 (timeout) and 429 (too many requests), which are worth another try.
 */
export function isRefusal(error: unknown): error is HttpError {
  return error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

/** What tabs tell each other; each reads the store itself, so no token travels. */
export type TabMessage = { baseUrl: string; reason: SessionChangeReason };

/** The reasons a tab posts (`restored` never travels). */
const TAB_REASONS: ReadonlySet<unknown> = new Set<SessionChangeReason>(['signed-in', 'refreshed', 'signed-out', 'expired']);

/**
 * A tab message as this library posts it, and nothing else: any script of the origin can post on
 * the channel, so a message of another shape, reason or base URL is ignored.
 */
export function isTabMessage(data: unknown, baseUrl: string): data is TabMessage {
  if (data === null || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const keys = Object.keys(data);
  const { baseUrl: url, reason } = data as Record<string, unknown>;
  return keys.length === 2 && url === baseUrl && TAB_REASONS.has(reason);
}

/** Revokes a refresh token, best effort: the session is gone here either way. */
export async function revoke(transport: Transport, refreshToken: string, options: CallOptions & { timeout: number }): Promise<void> {
  try {
    await transport.send('DELETE', `api/auth/logout/${encodeURIComponent(refreshToken)}`, { ...options, secrets: [refreshToken] });
  } catch {
    // An unrevoked refresh token expires on the server.
  }
}

export function hasLocks(): boolean {
  return Boolean(globalThis.navigator?.locks);
}

/**
 * Runs `task` holding the Web Lock `name`, or directly where the API is missing (the session
 * manager then waits for another tab's refresh by re-reading the store).
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  return hasLocks() ? navigator.locks.request(name, task) : task();
}

/** `promise`, or the signal's reason as soon as it aborts; the work behind `promise` goes on. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Asks `read` every 100 ms, for about 2 s, until it gives a value; undefined if it never does. */
export async function poll<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  for (let waited = 0; waited <= 2_000; waited += 100) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** A set of listeners, each told in turn; one that throws does not stop the others. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  /** Adds `listener`; returns a function that removes it. */
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.set]) {
      try {
        listener(value);
      } catch (error) {
        // A broken listener must not break the client or the other listeners: report it apart.
        setTimeout(() => {
          throw error;
        });
      }
    }
  }

  clear(): void {
    this.set.clear();
  }
}
