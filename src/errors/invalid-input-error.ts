import { RingCxError } from './ringcx-error.js';

/** Input rejected before any request was sent. `field` names the input; its value is never kept. */
export class InvalidInputError extends RingCxError {
  override name = 'RingCxInvalidInputError';
  readonly field: string;

  constructor(field: string, message: string) {
    super('invalid-input', message);
    this.field = field;
  }
}
