// What the flow (loaded lazily), the redirect-return check (main bundle) and the callback helper
// (the redirect page) agree on, and the error guards the element keeps in its main bundle (they
// compare names, so the error class itself stays in the lazy module).


/** sessionStorage key of the one pending redirect sign-in of this tab. */
export const PENDING_KEY = 'ringcx-elements:ringcentral-sign-in';

/** Same-origin channel on which a redirect page served with COOP hands the answer back. */
export const CHANNEL_NAME = 'ringcx-elements:ringcentral-sign-in';

/** The message on that channel: the redirect page's URL, answer included. */
export interface CallbackMessage {
  type: 'ringcentral-sign-in-answer';
  href: string;
}

/** The query parameters of an authorization answer; removed from the address bar once read. */
export const ANSWER_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri'] as const;

/** The state of this tab's pending redirect sign-in, if any. */
export function pendingState(): string | undefined {
  try {
    const raw = sessionStorage.getItem(PENDING_KEY);
    const state = raw ? (JSON.parse(raw) as { state?: unknown }).state : undefined;
    return typeof state === 'string' ? state : undefined;
  } catch {
    return undefined;
  }
}

/** The URL without the answer's parameters, for `history.replaceState`. */
export function withoutAnswer(href: string): string {
  const url = new URL(href);
  for (const name of ANSWER_PARAMS) url.searchParams.delete(name);
  return url.href;
}

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
