// The sign-in error guards and reasons, in the main bundle: the element needs them to word a failed
// sign-in. They compare names, so the error class itself stays in the lazy module (`errors.ts`).

/** True for a RingCentralSignInError, also one from another frame or bundle. */
export function isRingCentralSignInError(error: unknown): error is Error & { reason: RingCentralSignInReason } {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'RingCentralSignInError' && typeof (error as { reason?: unknown }).reason === 'string';
}

/** True when the user closed the sign-in window: the element goes back to the form quietly. */
export function isSignInCancelled(error: unknown): boolean {
  return isRingCentralSignInError(error) && error.reason === 'cancelled';
}

/** Why a sign-in with RingCentral did not end in a session. */
export type RingCentralSignInReason =
  /** The user closed the sign-in window: not an error to show. */
  | 'cancelled'
  /** The browser blocked the popup; offer to continue in this window (redirect mode). */
  | 'popup-blocked'
  /** RingCentral does not know the client ID (`invalid_client`, `unauthorized_client`). */
  | 'unknown-app'
  /** The redirect URI is not one registered for the app. */
  | 'redirect-uri'
  /** The user refused consent (`access_denied`). */
  | 'consent-denied'
  /** The code was refused: unknown, expired, already used, or the verifier does not match. */
  | 'invalid-grant'
  /** The answer carried another sign-in's `state`. */
  | 'state-mismatch'
  /** RingCX refused the RingEX token: the account has no RingCX access. */
  | 'no-ringcx-access'
  /** RingCentral could not be reached. */
  | 'network'
  /** RingCentral answered with another error, or with something that is not a token. */
  | 'server'
  /** The page cannot run the flow (no Web Crypto: an insecure `http:` origin). */
  | 'unsupported'
  /** The options are wrong (client ID, server or redirect URI). */
  | 'invalid-options';
