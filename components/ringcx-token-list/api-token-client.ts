import { RingCxClient } from '../../src/index.js';

/**
 * The client for an `api-token`, made once per base URL and token, so the session controller sees
 * the same client on every update. The one it replaces is closed.
 *
 * A token is bound to the base URL it was first used with: a permanent token must not follow a
 * `base-url` that changes later to another origin. Until the page sets the token again (`rebind`),
 * another base URL gets no client.
 */
export class ApiTokenClient {
  #current: { key: string; client: RingCxClient | undefined } | undefined;
  #boundTo: string | undefined;

  /** The page set the token (again): it now means the base URL it is next used with. */
  rebind(): void {
    this.#boundTo = undefined;
  }

  get(baseUrl: string, apiToken: string): RingCxClient | undefined {
    this.#boundTo ??= baseUrl;
    if (baseUrl !== this.#boundTo) {
      this.#current?.client?.close();
      this.#current = undefined;
      return undefined;
    }
    const key = `${baseUrl}\n${apiToken}`;
    if (this.#current?.key !== key) {
      this.#current?.client?.close();
      let client: RingCxClient | undefined;
      try {
        client = new RingCxClient({ baseUrl, apiToken, persistence: 'none' });
      } catch {
        client = undefined; // an invalid base URL or token: shown as signed out
      }
      this.#current = { key, client };
    }
    return this.#current.client;
  }
}
