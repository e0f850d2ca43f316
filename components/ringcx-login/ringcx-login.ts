// Importing this module defines <ringcx-login>. The class is in ringcx-login.component.ts.
import { defineElement } from '../shared/define.js';
import { RingCxLogin } from './ringcx-login.component.js';

export { RingCxLogin, loginStrings } from './ringcx-login.component.js';
export type { LoginStrings } from './ringcx-login.component.js';

defineElement('ringcx-login', RingCxLogin);

declare global {
  interface HTMLElementTagNameMap {
    'ringcx-login': RingCxLogin;
  }
}
