import type { ApiErrorBody } from '../types.js';
import { RingCxError, type RingCxErrorKind, type RingCxErrorOptions } from './ringcx-error.js';

export interface HttpErrorDetails extends RingCxErrorOptions {
  status: number;
  /** The API's `errorCode`, e.g. `access.denied.exception`, when the body has one. */
  errorCode?: string | undefined;
  /** The API's `generalMessage`, when the body has one. */
  generalMessage?: string | undefined;
  /** The start of the response body, secrets redacted. */
  body?: string | undefined;
}

/** The server answered with an error status. */
export class HttpError extends RingCxError {
  override name = 'RingCxHttpError';
  readonly status: number;
  readonly errorCode: string | undefined;
  readonly generalMessage: string | undefined;
  readonly body: string | undefined;

  constructor(message: string, details: HttpErrorDetails, kind: RingCxErrorKind = 'http') {
    super(kind, message, details);
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.generalMessage = details.generalMessage;
    this.body = details.body;
  }
}

export type { ApiErrorBody };
