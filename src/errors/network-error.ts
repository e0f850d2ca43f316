import { RingCxError } from './ringcx-error.js';

/** No answer from the server: offline, DNS, connection refused, or blocked by CORS. */
export class NetworkError extends RingCxError {
  override name = 'RingCxNetworkError';

  constructor(method: string, url: string, cause?: unknown) {
    super('network', `Could not reach RingCX (${method} ${url}).`, { method, url, cause });
  }
}
