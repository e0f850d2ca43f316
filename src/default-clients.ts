import { DEFAULT_BASE_URL, RingCxClient, resolveBaseUrl, type RingCxClientOptions } from './client.js';

// One client per base URL (`/ringcx`, `/ringcx/` and `https://host/ringcx` are one place), shared by every element on the page that was not given a client, so
// that signing in with <ringcx-login> makes <ringcx-token-list> load. Explicit and replaceable.
const clients = new Map<string, RingCxClient>();

/**
 * The page's shared client for a base URL, made on first use.
 *
 * @example
 * const client = getDefaultClient('/ringcx');
 */
export function getDefaultClient(baseUrl: string = DEFAULT_BASE_URL, options: Omit<RingCxClientOptions, 'baseUrl'> = {}): RingCxClient {
  const key = resolveBaseUrl(baseUrl);
  let client = clients.get(key);
  if (!client) {
    client = new RingCxClient({ ...options, baseUrl });
    clients.set(key, client);
  }
  return client;
}

/** Makes `client` the shared client for its base URL (or removes it, given `undefined`). */
export function setDefaultClient(baseUrl: string, client: RingCxClient | undefined): void {
  const key = resolveBaseUrl(baseUrl);
  const previous = clients.get(key);
  if (previous && previous !== client) previous.close();
  if (client) clients.set(key, client);
  else clients.delete(key);
}

