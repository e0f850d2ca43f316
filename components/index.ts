// Importing this module defines <ringcx-login>, <ringcx-token-list> and <ringcx-accounts>.
export { RingCxLogin, loginStrings } from './ringcx-login/ringcx-login.js';
export type { LoginStrings } from './ringcx-login/ringcx-login.js';
export { RingCxTokenList, tokenListStrings } from './ringcx-token-list/ringcx-token-list.js';
export type { TokenListStrings } from './ringcx-token-list/ringcx-token-list.js';
export { RingCxAccounts, accountsStrings } from './ringcx-accounts/ringcx-accounts.js';
export type { AccountsStrings } from './ringcx-accounts/ringcx-accounts.js';
export { ringCxEventNames } from './shared/events.js';
export type { RingCxEventMap, RingCxEventName, RingCxEvent } from './shared/events.js';
export type { ErrorStrings } from './shared/messages.js';
