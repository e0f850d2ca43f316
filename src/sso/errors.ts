import type { RingCentralSignInReason } from './guards.js';

export { isRingCentralSignInError, isSignInCancelled } from './guards.js';
export type { RingCentralSignInReason };

const MESSAGES: Record<RingCentralSignInReason, string> = {
  cancelled: 'Sign-in with RingCentral was cancelled.',
  'popup-blocked': 'The browser blocked the RingCentral sign-in window.',
  'unknown-app': 'RingCentral does not know this app. Check its client ID.',
  'redirect-uri': 'This redirect URI is not registered for the RingCentral app.',
  'consent-denied': 'Access was not granted in RingCentral.',
  'invalid-grant': 'RingCentral did not accept the sign-in. Start again.',
  'state-mismatch': 'The answer from RingCentral does not belong to this sign-in. Start again.',
  'no-ringcx-access': 'This RingCentral account has no access to RingCX.',
  network: 'RingCentral could not be reached.',
  server: 'RingCentral could not complete the sign-in.',
  unsupported: 'This page cannot sign in with RingCentral: it needs a secure (https) origin.',
  'invalid-options': 'The RingCentral sign-in is not set up correctly.',
};

/**
 * A sign-in with RingCentral that did not succeed. `reason` says why; the message is plain and
 * never holds the code, the verifier or a token (RingCentral's own description is not kept: it
 * may echo the request).
 */
export class RingCentralSignInError extends Error {
  override name = 'RingCentralSignInError' as const;
  readonly reason: RingCentralSignInReason;
  /** RingCentral's OAuth `error` code, when it sent one (`access_denied`, `invalid_grant`, …). */
  readonly oauthError: string | undefined;
  /** The HTTP status of RingCentral's answer, when there was one. */
  readonly status: number | undefined;

  constructor(
    reason: RingCentralSignInReason,
    options: { oauthError?: string | undefined; status?: number | undefined; cause?: unknown; message?: string } = {},
  ) {
    super(options.message ?? MESSAGES[reason], options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    // Only a well-formed OAuth code is kept: the field is free text on a hostile server.
    this.oauthError = options.oauthError && /^[a-z_]{1,64}$/.test(options.oauthError) ? options.oauthError : undefined;
    this.status = options.status;
  }
}

/** What a RingCentral OAuth error (`error` and `error_description`) means for the user. */
export function reasonFor(error: string | null | undefined, description: string | null | undefined): RingCentralSignInReason {
  switch (error) {
    case 'access_denied':
      return 'consent-denied';
    case 'invalid_client':
    case 'unauthorized_client':
      return 'unknown-app';
    case 'invalid_grant':
      return 'invalid-grant';
    default:
      return /redirect/i.test(description ?? '') ? 'redirect-uri' : 'server';
  }
}
