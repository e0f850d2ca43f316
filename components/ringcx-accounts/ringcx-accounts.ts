// Importing this module defines <ringcx-accounts>. The class is in ringcx-accounts.component.ts.
import { defineElement } from '../shared/define.js';
import { RingCxAccounts } from './ringcx-accounts.component.js';

export { RingCxAccounts, accountsStrings } from './ringcx-accounts.component.js';
export type { AccountsStrings } from './ringcx-accounts.component.js';

defineElement('ringcx-accounts', RingCxAccounts);

declare global {
  interface HTMLElementTagNameMap {
    'ringcx-accounts': RingCxAccounts;
  }
}
