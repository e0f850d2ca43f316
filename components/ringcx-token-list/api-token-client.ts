import { RingCxClient } from '../../src/index.js';

/**
 * The client for an `api-token`, made once per base URL and token, so the session controller sees
 * the same client on every update. The one it replaces is closed.
 */
export class ApiTokenClient {
  private current: { key: string; client: RingCxClient | undefined } | undefined;

  get(baseUrl: string, apiToken: string): RingCxClient | undefined {
    const key = `${baseUrl}\n${apiToken}`;
    if (this.current?.key !== key) {
      this.current?.client?.close();
      let client: RingCxClient | undefined;
      try {
        client = new RingCxClient({ baseUrl, apiToken, persistence: 'none' });
      } catch {
        client = undefined; // an invalid base URL or token: shown as signed out
      }
      this.current = { key, client };
    }
    return this.current.client;
  }
}
