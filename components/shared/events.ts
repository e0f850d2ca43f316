// The events the elements send. All bubble and cross shadow roots (`composed`), so a page can
// listen on the element or on any ancestor. Details never carry a password, and carry a token only
// when the event is about that API token.
import type { Account, RingCxError, SessionSummary } from '../../src/index.js';

export interface RingCxEventMap {
  /** Signed in (form or RingEX single sign-on), here or in another tab. */
  'ringcx-login': { session: SessionSummary };
  /** Signed out, here or in another tab. */
  'ringcx-logout': Record<string, never>;
  /** Cancelable: the user asked to sign out. Call `preventDefault()` to keep the session. */
  'ringcx-logout-request': Record<string, never>;
  /** The session ended on its own (the refresh token was refused). */
  'ringcx-session-expired': Record<string, never>;
  /** Something failed. `error` is the client's typed error; `message` is what the element showed. */
  'ringcx-error': { error: RingCxError | Error; message: string; action: string };
  /** A permanent API token was created. */
  'ringcx-token-create': { token: string };
  /** A permanent API token was deleted. */
  'ringcx-token-delete': { token: string };
  /** A token was copied to the clipboard. */
  'ringcx-token-copy': { token: string };
  /** An account was selected. */
  'ringcx-account-select': { account: Account };
}

export type RingCxEventName = keyof RingCxEventMap;

/** Every `ringcx-*` event name, for pages that listen to all of them (a log, analytics). */
export const ringCxEventNames: readonly RingCxEventName[] = [
  'ringcx-login',
  'ringcx-logout',
  'ringcx-logout-request',
  'ringcx-session-expired',
  'ringcx-error',
  'ringcx-token-create',
  'ringcx-token-delete',
  'ringcx-token-copy',
  'ringcx-account-select',
];

/** A `ringcx-*` event. */
export type RingCxEvent<K extends RingCxEventName> = CustomEvent<RingCxEventMap[K]>;

/**
 * Dispatches a `ringcx-*` event from `target`, bubbling and composed. Returns false when a
 * cancelable event was canceled.
 */
export function emit<K extends RingCxEventName>(
  target: EventTarget,
  name: K,
  detail: RingCxEventMap[K],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ringcx-login': RingCxEvent<'ringcx-login'>;
    'ringcx-logout': RingCxEvent<'ringcx-logout'>;
    'ringcx-logout-request': RingCxEvent<'ringcx-logout-request'>;
    'ringcx-session-expired': RingCxEvent<'ringcx-session-expired'>;
    'ringcx-error': RingCxEvent<'ringcx-error'>;
    'ringcx-token-create': RingCxEvent<'ringcx-token-create'>;
    'ringcx-token-delete': RingCxEvent<'ringcx-token-delete'>;
    'ringcx-token-copy': RingCxEvent<'ringcx-token-copy'>;
    'ringcx-account-select': RingCxEvent<'ringcx-account-select'>;
  }
}
