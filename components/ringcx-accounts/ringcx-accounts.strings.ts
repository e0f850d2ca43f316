import { errorStrings, type ErrorStrings } from '../shared/messages.js';

/** The words `<ringcx-accounts>` shows or gives to assistive technology. */
export interface AccountsStrings extends ErrorStrings {
  /** The title above the filter. */
  title: string;
  filterLabel: string;
  filterPlaceholder: string;
  /** The accessible name of the list. */
  listLabel: string;
  loading: string;
  empty: string;
  noMatches: string;
  signedOut: string;
  retry: string;
  archived: string;
  unnamedAccount: string;
  unnamedMainAccount: string;
  /** The count when no filter is typed. */
  accountCount: (total: number) => string;
  /** The count while a filter is typed. */
  matchCount: (shown: number, total: number) => string;
}

// Thousands separators without Intl: the first Intl call on a page costs tens of milliseconds.
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const accountsStrings: AccountsStrings = {
  ...errorStrings,
  title: 'Accounts',
  filterLabel: 'Filter accounts',
  filterPlaceholder: 'Name or ID',
  listLabel: 'Accounts',
  loading: 'Loading accounts…',
  empty: 'No accounts.',
  noMatches: 'No accounts match the filter.',
  signedOut: 'Sign in to see your accounts.',
  retry: 'Retry',
  archived: 'Archived',
  unnamedAccount: 'Unnamed account',
  unnamedMainAccount: 'Main account',
  accountCount: (total) => (total === 1 ? '1 account' : `${count(total)} accounts`),
  matchCount: (shown, total) => `${count(shown)} of ${count(total)} ${total === 1 ? 'account matches' : 'accounts match'}`,
};
