import { RingCxError, type RingCxErrorOptions } from './ringcx-error.js';

/** The server answered with success but a body the client cannot read (HTML, truncated JSON, empty). */
export class ResponseFormatError extends RingCxError {
  override name = 'RingCxResponseFormatError';

  constructor(message: string, options: RingCxErrorOptions = {}) {
    super('response-format', message, options);
  }
}
