/** What went wrong, as a value a page can switch on. */
export type RingCxErrorKind =
  | 'http'
  | 'rate-limit'
  | 'session-expired'
  | 'network'
  | 'timeout'
  | 'invalid-input'
  | 'response-format'
  | 'redirect';

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
 * Every error's `name`. The rule: `RingCx` and then the class name, without repeating `RingCx`
 * (so `RingCxError` for the base, `RingCxHttpError` for `HttpError`). The prefix keeps them apart
 * from the platform's own `NetworkError` and `TimeoutError` (DOMException names).
 */
export const RINGCX_ERROR_NAMES: ReadonlySet<string> = new Set([
  'RingCxError',
  'RingCxHttpError',
  'RingCxRateLimitError',
  'RingCxSessionExpiredError',
  'RingCxNetworkError',
  'RingCxTimeoutError',
  'RingCxInvalidInputError',
  'RingCxResponseFormatError',
  'RingCxRedirectError',
]);

/** Names that 0.1 gave two of its errors, so a page's older copy is still recognised. */
const OLDER_NAMES: ReadonlySet<string> = new Set(['SessionExpiredError', 'InvalidInputError']);

/**
 * True for any error of this library, also from another copy of it or another frame, where
 * `instanceof` fails: it compares `name` and `kind`, as ky's guards compare `name`.
 */
export function isRingCxError(error: unknown): error is RingCxError {
  if (error instanceof RingCxError) return true;
  if (error === null || typeof error !== 'object') return false;
  const { name, kind } = error as { name?: unknown; kind?: unknown };
  return typeof name === 'string' && (RINGCX_ERROR_NAMES.has(name) || OLDER_NAMES.has(name)) && typeof kind === 'string';
}
