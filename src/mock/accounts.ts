// The account list: the same accounts for every signed-in user (`setAccounts` changes them).
import { json, type MockOperation } from './routes.js';
import { authenticate } from './auth.js';
import type { Responder } from './state.js';

export const accountResponders: Pick<Record<MockOperation, Responder>, 'accounts'> = {
  accounts(context) {
    const user = authenticate(context);
    return user instanceof Response ? user : json(context.state.accounts);
  },
};
