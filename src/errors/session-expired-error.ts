import { RingCxError, type RingCxErrorOptions } from './ringcx-error.js';

/**
 * There is no usable session: nobody signed in (`reason: 'signed-out'`), or the refresh token was
 * refused and the session was ended (`reason: 'refresh-failed'`). Sign in again.
 */
export class SessionExpiredError extends RingCxError {
  override name = 'RingCxSessionExpiredError';
  readonly reason: 'signed-out' | 'refresh-failed';

  constructor(reason: 'signed-out' | 'refresh-failed', options: RingCxErrorOptions = {}) {
    super(
      'session-expired',
      reason === 'signed-out' ? 'Not signed in to RingCX.' : 'The RingCX session has expired. Sign in again.',
      options,
    );
    this.reason = reason;
  }
}
