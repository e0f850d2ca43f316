// What the flow (loaded lazily), the redirect-return check (main bundle) and the callback helper
// (the redirect page) agree on, and the error guards the element keeps in its main bundle (they
// compare names, so the error class itself stays in the lazy module).

import type { RingCentralSignInReason } from './errors.js';

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
