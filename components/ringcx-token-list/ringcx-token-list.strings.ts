import { errorStrings, type ErrorStrings } from '../shared/messages.js';

/** The words of `<ringcx-token-list>`. `{token}` stands for the masked token (with its label, when the page gave one). */
export interface TokenListStrings extends ErrorStrings {
  title: string;
  signedOut: string;
  loading: string;
  empty: string;
  create: string;
  reload: string;
  retry: string;
  copy: string;
  copyLabel: string;
  copied: string;
  copyFailed: string;
  delete: string;
  deleteLabel: string;
  confirmDelete: string;
  cancel: string;
  deleted: string;
  created: string;
  /** Said when RingCX created a token but answered without it; the list is loaded again. */
  createdNotShown: string;
  newMarker: string;
  sessionEnded: string;
  newTokenTitle: string;
  newTokenWarning: string;
  newTokenCopyLabel: string;
  done: string;
}

export const tokenListStrings: TokenListStrings = {
  ...errorStrings,
  title: 'API tokens',
  signedOut: 'Sign in to manage your API tokens.',
  loading: 'Loading tokens…',
  empty: 'No API tokens yet.',
  create: 'Create token',
  reload: 'Reload',
  retry: 'Retry',
  copy: 'Copy',
  copyLabel: 'Copy token {token}',
  copied: 'Copied',
  copyFailed: 'Could not copy: the browser did not allow access to the clipboard.',
  delete: 'Delete',
  deleteLabel: 'Delete token {token}',
  confirmDelete: 'Delete this token? Apps using it will stop working.',
  cancel: 'Cancel',
  deleted: 'Token deleted: {token}',
  created: 'Token created',
  createdNotShown: 'Token created; reload to see it.',
  newMarker: 'New',
  sessionEnded: 'Your session has ended, so that was not done. Sign in again.',
  newTokenTitle: 'Your new API token',
  newTokenWarning:
    'Whoever has it can use the API with your rights, so keep it like a password. Its Copy button in the list copies it again later.',
  newTokenCopyLabel: 'Copy the new token',
  done: 'Done',
};
