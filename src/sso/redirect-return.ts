// Main-bundle check, run when the element connects: did this page just come back from a redirect
// sign-in that this tab started? Only then is the flow module loaded.
import { pendingState } from './shared.js';

/** True when the address bar holds an answer whose `state` is this tab's pending redirect sign-in. */
export function ringCentralRedirectReturned(): boolean {
  if (typeof location === 'undefined') return false;
  const params = new URLSearchParams(location.search);
  const state = params.get('state');
  return state !== null && (params.has('code') || params.has('error')) && state === pendingState();
}
