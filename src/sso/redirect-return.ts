// Main-bundle check, run when the element connects: did this page just come back from a redirect
// sign-in that this tab started? Only then is the flow module loaded. The callback helper
// (`callback.ts`) asks the same question the other way round.

/**
 * Where the lazy flow keeps this tab's pending redirect sign-in: `PENDING_KEY` in `shared.ts`,
 * spelled again here so that the main bundle imports nothing from the flow's side.
 */
const PENDING_KEY = 'ringcx-elements:ringcentral-sign-in';

/** True when the address bar holds an answer whose `state` is this tab's pending redirect sign-in. */
export function ringCentralRedirectReturned(): boolean {
  if (typeof location === 'undefined') return false;
  const params = new URLSearchParams(location.search);
  const state = params.get('state');
  return state !== null && (params.has('code') || params.has('error')) && state === pendingState();
}

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
