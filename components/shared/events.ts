// The events the elements send. All bubble and cross shadow roots (`composed`), so a page can
// listen on the element or on any ancestor. Details never carry a password, and carry a token only
// when the event is about that API token.
//
// `RingCxEventMap` is the one record of them (name, detail type, doc); the names array, the
// `GlobalEventHandlersEventMap` entries and each element's list derive from it, and the compiler
// rejects a list that misses or invents an event.
import type { Account, RingCxError, SessionSummary, SignInMethod } from '../../src/index.js';

export interface RingCxEventMap {
  /** Signed in (form or RingEX single sign-on), here or in another tab. */
  'ringcx-login': { session: SessionSummary; method: SignInMethod };
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

/** A `ringcx-*` event. */
export type RingCxEvent<K extends RingCxEventName> = CustomEvent<RingCxEventMap[K]>;

/**
 * Which element sends which events. Each list must match the element's `@event` tags (a test
 * compares them with custom-elements.json); together they must name every event once or more.
 */
export const elementEvents = {
  'ringcx-login': ['ringcx-login', 'ringcx-logout', 'ringcx-logout-request', 'ringcx-session-expired', 'ringcx-error'],
  'ringcx-token-list': ['ringcx-token-create', 'ringcx-token-delete', 'ringcx-token-copy', 'ringcx-error'],
  'ringcx-accounts': ['ringcx-account-select', 'ringcx-error'],
} as const satisfies Record<string, readonly RingCxEventName[]>;

type ElementEvents = typeof elementEvents;
export type RingCxTagName = keyof ElementEvents;
/** The events `<Tag>` sends. */
export type RingCxEventsOf<Tag extends RingCxTagName> = ElementEvents[Tag][number];

// A compile error here names an event of the map that no element sends.
const everyEventSent: RingCxEventName extends RingCxEventsOf<RingCxTagName> ? true : never = true;
void everyEventSent;

/** Every `ringcx-*` event name, for pages that listen to all of them (a log, analytics). */
export const ringCxEventNames: readonly RingCxEventName[] = [...new Set(Object.values(elementEvents).flat())];

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

type RingCxGlobalEvents = { [K in RingCxEventName]: RingCxEvent<K> };

declare global {
  interface GlobalEventHandlersEventMap extends RingCxGlobalEvents {}
}
