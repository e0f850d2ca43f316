import { expect } from '@open-wc/testing';
import {
  HttpError,
  InvalidInputError,
  isRingCxError,
  NetworkError,
  RateLimitError,
  RedirectError,
  ResponseFormatError,
  RingCxError,
  SessionExpiredError,
  TimeoutError,
} from '../src/index.js';

// One naming rule: an error's `name` is `RingCx` and its class name, without repeating `RingCx`.
const errors = [
  new RingCxError('http', 'base'),
  new HttpError('m', { status: 500 }),
  new RateLimitError('m', { status: 429 }),
  new SessionExpiredError('signed-out'),
  new NetworkError('GET', '/x'),
  new TimeoutError('GET', '/x', 1),
  new InvalidInputError('password', 'm'),
  new ResponseFormatError('m'),
  new RedirectError('POST', '/x', 307),
];

/** The error as another copy of the library (or another frame) would hand it over. */
const foreign = (name: string, kind: string) => Object.assign(new Error('m'), { name, kind });

describe('RingCX errors', () => {
  it('are named by one rule', () => {
    for (const error of errors) {
      expect(error.name).to.equal(`RingCx${error.constructor.name.replace(/^RingCx/, '')}`);
    }
  });

  it('are recognised by name and kind, from another copy too', () => {
    for (const error of errors) expect(isRingCxError(foreign(error.name, error.kind)), error.name).to.equal(true);
  });

  it('are not confused with the platform’s errors of a similar name', () => {
    expect(isRingCxError(Object.assign(new DOMException('m', 'TimeoutError'), { kind: 'timeout' }))).to.equal(false);
    expect(isRingCxError(foreign('NetworkError', 'network'))).to.equal(false);
    expect(isRingCxError(foreign('RingCxSomethingElse', 'http'))).to.equal(false);
    expect(isRingCxError(foreign('RingCxHttpError', undefined as unknown as string))).to.equal(false);
  });
});
