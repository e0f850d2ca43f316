// The list behind <ringcx-accounts>, kept free of the DOM so it can be tested and measured alone:
// accounts indexed once per load (grouped, with a lowercase search key each), then filtered on
// every keystroke by plain substring checks over those keys.
import { groupAccounts, type Account } from '../../src/index.js';

/** A main account and its sub-accounts, as the list shows them. */
export interface AccountRowGroup {
  /** Position among the groups; used for element ids. */
  index: number;
  id: string;
  name: string;
  /** Lowercase name and id: a match here matches every sub-account of the group. */
  key: string;
  rows: AccountRow[];
}

/** One account as the list shows it. */
export interface AccountRow {
  /** Position in the whole indexed list; used for element ids. */
  index: number;
  id: string;
  name: string;
  archived: boolean;
  /** Lowercase name and id. */
  key: string;
  group: AccountRowGroup;
  account: Account;
}

/** A row that passes the filter, with its place among its group's matches (both 1-based). */
export interface AccountMatch {
  row: AccountRow;
  position: number;
  setSize: number;
}

/** The fields of `Account` that are secrets: never shown, never sent in an event. */
export const SECRET_ACCOUNT_FIELDS = ['crmPwd', 'ftpPwd', 'securityKey', 'phoneRecordingPin'] as const;

// A separator no one types, so a query cannot match across the end of the name and the id.
const searchKey = (name: string, id: string): string => `${name}\n${id}`.toLowerCase();

/** Groups the accounts by main account and computes every search key, once per load. */
export function indexAccounts(accounts: readonly Account[]): AccountRowGroup[] {
  let index = 0;
  return groupAccounts(accounts).map((found, groupIndex) => {
    const group: AccountRowGroup = {
      index: groupIndex,
      id: found.mainAccountId,
      name: found.mainAccountName,
      key: searchKey(found.mainAccountName, found.mainAccountId),
      rows: [],
    };
    for (const account of found.accounts) {
      const id = String(account.accountId);
      const name = typeof account.accountName === 'string' ? account.accountName : '';
      // The secret fields are dropped here, so no row (which page scripts can read) holds them.
      group.rows.push({ index: index++, id, name, archived: account.archivedAccount === true, key: searchKey(name, id), group, account: withoutSecrets(account) });
    }
    return group;
  });
}

/**
 * The rows that match `query` (case-insensitive, by name or id), in list order. A query that
 * matches a main account's name or id keeps all of its sub-accounts.
 */
export function filterAccounts(groups: readonly AccountRowGroup[], query: string): AccountMatch[] {
  const needle = query.trim().toLowerCase();
  const matches: AccountMatch[] = [];
  for (const group of groups) {
    const rows = needle === '' || group.key.includes(needle) ? group.rows : group.rows.filter((row) => row.key.includes(needle));
    rows.forEach((row, i) => matches.push({ row, position: i + 1, setSize: rows.length }));
  }
  return matches;
}

/** A copy of the account without its secret fields (`SECRET_ACCOUNT_FIELDS`), for rows and events. */
export function withoutSecrets(account: Account): Account {
  // A rest copy rather than a copy and `delete`, which leaves every copy a slow dictionary object.
  const { crmPwd, ftpPwd, securityKey, phoneRecordingPin, ...copy } = account;
  return copy;
}
