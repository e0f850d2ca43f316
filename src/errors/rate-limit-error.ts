import { HttpError, type HttpErrorDetails } from './http-error.js';

/** 429: too many requests. `retryAfter` is in seconds, when the server said (and CORS exposed it). */
export class RateLimitError extends HttpError {
  override name = 'RingCxRateLimitError';
  readonly retryAfter: number | undefined;

  constructor(message: string, details: HttpErrorDetails & { retryAfter?: number | undefined }) {
    super(message, details, 'rate-limit');
    this.retryAfter = details.retryAfter;
  }
}
