import { expect } from '@open-wc/testing';
import * as elements from '../components/index.js';

// The public surface of `ringcx-elements/elements` is what the README documents; nothing else.
describe('ringcx-elements/elements', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(elements).sort()).to.deep.equal([
      'RingCxAccounts',
      'RingCxLogin',
      'RingCxTokenList',
      'accountsStrings',
      'loginStrings',
      'ringCxEventNames',
      'tokenListStrings',
    ]);
  });
});
