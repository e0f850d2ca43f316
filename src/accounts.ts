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
    // Any field of an answer may be of any JSON type: only text (or a number) is taken as text.
    const main = account.mainAccount !== null && typeof account.mainAccount === 'object' ? account.mainAccount : undefined;
    const mainAccountId = textOf(account.mainAccountId) ?? textOf(main?.mainAccountId) ?? String(account.accountId);
    let group = groups.get(mainAccountId);
    if (!group) {
      group = { mainAccountId, mainAccountName: '', accounts: [] };
      groups.set(mainAccountId, group);
    }
    group.mainAccountName ||= textOf(account.mainAccountName) ?? textOf(main?.mainAccountName) ?? '';
    group.accounts.push(account);
  }
  return [...groups.values()];
}

/** A string as it is, a finite number as its digits; anything else is not text (undefined). */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}
