import type { Account } from './types.js';

/** A main account with the sub-accounts the admin can reach under it. */
export interface AccountGroup {
  mainAccountId: string;
  mainAccountName: string;
  accounts: Account[];
}

/**
 * Groups the flat account list by main account, keeping the API's order within each group.
 * Rows without a main account form their own group under their own id.
 *
 * @example
 * groupAccounts(await client.getAccounts())
 * //=> [{ mainAccountId: '99990000', mainAccountName: 'Example Main Account', accounts: [...] }]
 */
export function groupAccounts(accounts: readonly Account[]): AccountGroup[] {
  const groups = new Map<string, AccountGroup>();
  for (const account of accounts) {
    const mainAccountId = String(account.mainAccountId ?? account.mainAccount?.mainAccountId ?? account.accountId);
    let group = groups.get(mainAccountId);
    if (!group) {
      group = { mainAccountId, mainAccountName: '', accounts: [] };
      groups.set(mainAccountId, group);
    }
    group.mainAccountName ||= account.mainAccountName ?? account.mainAccount?.mainAccountName ?? '';
    group.accounts.push(account);
  }
  return [...groups.values()];
}
