import { resolveBaseUrl } from '../../src/client.js';

export const DEFAULT_BASE = 'https://ringcx.ringcentral.com';

/**
 * The store key under which a client on `baseUrl` keeps its session. Tests read and age the stored
 * session through it; the client's own rule (`session <resolved base URL>`) is repeated only here.
 */
export const sessionKey = (baseUrl: string = DEFAULT_BASE): string => `session ${resolveBaseUrl(baseUrl)}`;

/** Where the memory fallback keeps the session when IndexedDB is unusable (sessionStorage). */
export const fallbackKey = (baseUrl: string = DEFAULT_BASE): string => `ringcx-elements:${sessionKey(baseUrl)}`;

/** The absolute URL of an API path for a client on `baseUrl`, for handlers a test adds itself. */
export const apiUrl = (baseUrl: string, path: string): string => `${resolveBaseUrl(baseUrl)}${path}`;

/** The BroadcastChannel the clients of one origin talk on. */
export const TAB_CHANNEL = 'ringcx-elements';

/**
 * Settles once every client in this page has received what was posted on the tab channel before
 * the call: a message posted after them reaches a channel opened after theirs last.
 */
export async function tabMessagesDelivered(): Promise<void> {
  const probe = new BroadcastChannel(TAB_CHANNEL);
  const sender = new BroadcastChannel(TAB_CHANNEL);
  const marker = `probe-${Math.random()}`;
  try {
    await new Promise<void>((resolve) => {
      probe.onmessage = (event: MessageEvent) => event.data === marker && resolve();
      sender.postMessage(marker);
    });
  } finally {
    probe.close();
    sender.close();
  }
}
