import { isRingCxError, type HttpError, type RateLimitError } from '../../src/index.js';

/** Words for errors, shared by the elements; each element's `strings` can replace them. */
export interface ErrorStrings {
  errorNetwork: string;
  errorTimeout: string;
  errorRateLimit: string;
  errorSessionExpired: string;
  errorForbidden: string;
  errorServer: string;
  errorResponse: string;
  errorUnknown: string;
}

export const errorStrings: ErrorStrings = {
  errorNetwork: 'RingCX could not be reached. Check your connection and try again.',
  errorTimeout: 'RingCX took too long to answer. Try again.',
  errorRateLimit: 'Too many requests. Wait a moment and try again.',
  errorSessionExpired: 'Your session has ended. Sign in again.',
  errorForbidden: 'Your account is not allowed to do this.',
  errorServer: 'RingCX had a problem. Try again later.',
  errorResponse: 'RingCX sent an answer that could not be read. Try again later.',
  errorUnknown: 'Something went wrong. Try again.',
};

/** The words a person sees for an error. Never the raw server text. */
export function messageFor(error: unknown, strings: ErrorStrings): string {
  if (!isRingCxError(error)) return strings.errorUnknown;
  switch (error.kind) {
    case 'invalid-input':
      return error.message;
    case 'network':
      return strings.errorNetwork;
    case 'timeout':
      return strings.errorTimeout;
    case 'rate-limit': {
      const seconds = (error as RateLimitError).retryAfter;
      return seconds ? `${strings.errorRateLimit} (${Math.ceil(seconds)} s)` : strings.errorRateLimit;
    }
    case 'session-expired':
      return strings.errorSessionExpired;
    case 'response-format':
      return strings.errorResponse;
    case 'http': {
      const status = (error as HttpError).status;
      if (status === 401 || status === 403) return strings.errorForbidden;
      if (status >= 500) return strings.errorServer;
      return strings.errorUnknown;
    }
    default:
      return strings.errorUnknown;
  }
}
