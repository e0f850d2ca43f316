// The shape of one language's words; its own module so the bundles and the loader share it without
// importing each other.
import type { AccountsStrings } from '../../ringcx-accounts/ringcx-accounts.strings.js';
import type { LoginStrings } from '../../ringcx-login/ringcx-login.strings.js';
import type { TokenListStrings } from '../../ringcx-token-list/ringcx-token-list.strings.js';

/** One language's words for the three elements. */
export interface LocaleBundle {
  login: Partial<LoginStrings>;
  tokenList: Partial<TokenListStrings>;
  accounts: Partial<AccountsStrings>;
}
