// The session's own requests: refresh and revoke. They hold no state; the session manager decides
// when to send them and what to do with the answer.
import { HttpError } from './errors/http-error.js';
import { parseUserDetails } from './parse.js';
import { sessionFrom, type Session } from './session.js';
import type { Transport } from './transport.js';
import type { CallOptions } from './types.js';

const REFRESH_PATH = 'api/auth/token/refresh';

/** Exchanges the session's refresh token for a new session; rejects as the transport does. */
export async function requestRefresh(transport: Transport, session: Session & { refreshToken: string }): Promise<Session & { refreshToken: string }> {
  const receivedAt = Date.now();
  const response = await transport.send('POST', REFRESH_PATH, {
    body: new URLSearchParams({ refresh_token: session.refreshToken }),
    secrets: [session.refreshToken, session.accessToken],
  });
  const details = await transport.read(response, 'POST', REFRESH_PATH, parseUserDetails);
  const renewed = sessionFrom(details, { baseUrl: session.baseUrl, receivedAt, previous: session });
  // The server rotates refresh tokens; keep the old one only if it sent none.
  return { ...renewed, refreshToken: renewed.refreshToken ?? session.refreshToken };
}

/** True when RingCX refused a refresh token (revoked, rotated away or expired). */
export function isRefusal(error: unknown): error is HttpError {
  return error instanceof HttpError && [400, 401, 403, 404].includes(error.status);
}

/** Revokes a refresh token, best effort: the session is gone here either way. */
export async function revoke(transport: Transport, refreshToken: string, options: CallOptions & { timeout: number }): Promise<void> {
  try {
    await transport.send('DELETE', `api/auth/logout/${encodeURIComponent(refreshToken)}`, { ...options, secrets: [refreshToken] });
  } catch {
    // An unrevoked refresh token expires on the server.
  }
}
