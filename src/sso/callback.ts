// For a redirect page served with Cross-Origin-Opener-Policy: such a page is cut off from the
// window that opened the popup, which then can neither read its URL nor close it. This helper
// hands the answer back over a same-origin BroadcastChannel instead. Tiny and without imports
// from the flow, so a callback page loads almost nothing.
import { pendingState } from './redirect-return.js';
import { CHANNEL_NAME, withoutAnswer, type CallbackMessage } from './shared.js';

/**
 * Run on the redirect page of a popup sign-in: passes the answer (`code`, `state` or `error`)
 * to the waiting page, removes it from the address bar and closes the window. Does nothing,
 * and returns false, when the URL holds no answer or the answer belongs to this tab's own
 * redirect sign-in (the page completes that itself).
 *
 * @example
 * // callback.html, served with COOP: same-origin
 * import { completeRingCentralSignIn } from 'ringcx-elements/sso-callback';
 * completeRingCentralSignIn();
 */
export function completeRingCentralSignIn(options: { close?: boolean } = {}): boolean {
  const params = new URLSearchParams(location.search);
  const state = params.get('state');
  if (state === null || !(params.has('code') || params.has('error')) || state === pendingState()) return false;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const message: CallbackMessage = { type: 'ringcentral-sign-in-answer', href: location.href };
  channel.postMessage(message);
  channel.close();
  history.replaceState(history.state, '', withoutAnswer(location.href));
  if (options.close !== false) close();
  return true;
}
