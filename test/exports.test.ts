import { expect } from '@open-wc/testing';
import * as api from '../src/index.js';

// The public surface is what the README documents: a new export is a decision, not an accident.
describe('ringcx-elements exports', () => {
  it('exactly the documented names', () => {
    expect(Object.keys(api).sort()).to.deep.equal([
      'DEFAULT_BASE_URL',
      'HttpError',
      'InvalidInputError',
      'NetworkError',
      'RateLimitError',
      'RedirectError',
      'ResponseFormatError',
      'RingCxClient',
      'RingCxError',
      'SessionExpiredError',
      'TimeoutError',
      'createIndexedDbStore',
      'createMemoryStore',
      'createSessionStorageStore',
      'getDefaultClient',
      'groupAccounts',
      'isRingCentralSignInError',
      'isRingCxError',
      'isSignInCancelled',
      'maskToken',
      'openSignInWindow',
      'setDefaultClient',
    ]);
  });
});
