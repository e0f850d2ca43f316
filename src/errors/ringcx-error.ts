/** What went wrong, as a value a page can switch on. */
export type RingCxErrorKind =
  | 'http'
  | 'rate-limit'
  | 'session-expired'
  | 'network'
  | 'timeout'
  | 'invalid-input'
  | 'response-format'
  | 'storage';

export interface RingCxErrorOptions {
  /** HTTP method of the request that failed. */
  method?: string;
  /** URL of the request, with secrets redacted. */
  url?: string;
  cause?: unknown;
}

/**
 * The base of every error the client throws. Messages, properties and causes never hold a
 * password or a whole token; URLs are redacted.
 */
export class RingCxError extends Error {
  override name: string = 'RingCxError';
  readonly kind: RingCxErrorKind;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(kind: RingCxErrorKind, message: string, options: RingCxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.method = options.method;
    this.url = options.url;
  }
}

/**
 * True for any error of this library, also across frames, where `instanceof` fails.
 */
export function isRingCxError(error: unknown): error is RingCxError {
  return (
    error instanceof RingCxError ||
    (error instanceof Error && typeof (error as { kind?: unknown }).kind === 'string' && /^(RingCx|SessionExpired|InvalidInput)/.test(error.name))
  );
}
