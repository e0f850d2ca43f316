import { RingCxError } from './ringcx-error.js';

/** The server did not answer within the client's `timeout`. */
export class TimeoutError extends RingCxError {
  override name = 'RingCxTimeoutError';
  readonly timeout: number;

  constructor(method: string, url: string, timeout: number) {
    super('timeout', `RingCX did not answer within ${timeout} ms (${method} ${url}).`, { method, url });
    this.timeout = timeout;
  }
}
