// Importing this module defines <ringcx-token-list>. The class is in ringcx-token-list.component.ts.
import { defineElement } from '../shared/define.js';
import { RingCxTokenList } from './ringcx-token-list.component.js';

export { RingCxTokenList, tokenListStrings } from './ringcx-token-list.component.js';
export type { TokenListStrings } from './ringcx-token-list.component.js';

defineElement('ringcx-token-list', RingCxTokenList);

declare global {
  interface HTMLElementTagNameMap {
    'ringcx-token-list': RingCxTokenList;
  }
}
