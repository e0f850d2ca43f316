// The three elements in a React 19 component. React 19 passes `client` as a property (the element
// has one of that name) and listens to `onringcx-*` props as events of exactly that name. The
// typings of the tags come from components/jsx.ts (`ringcx-elements/jsx` in a project).
import { useState } from 'react';
import type {} from '../../components/jsx.js';
import '../../components/index.js';
import type { Account, RingCxClient } from '../../src/index.js';

export function App({ client }: { client: RingCxClient }) {
  const [user, setUser] = useState<string | undefined>();
  const [account, setAccount] = useState<Account | undefined>();

  return (
    <main className="react-demo">
      <section aria-labelledby="react-state-title">
        <h2 id="react-state-title">What React knows</h2>
        <p data-testid="user">{user ? `Signed in as ${user}` : 'Nobody is signed in.'}</p>
        <p data-testid="account">
          {account ? `Selected account: ${account.accountName ?? ''} (${account.accountId})` : 'No account selected.'}
        </p>
      </section>
      <ringcx-login
        client={client}
        onringcx-login={(event) => setUser(event.detail.session.displayName)}
        onringcx-logout={() => {
          setUser(undefined);
          setAccount(undefined);
        }}
      />
      <ringcx-token-list client={client} />
      <ringcx-accounts client={client} onringcx-account-select={(event) => setAccount(event.detail.account)} />
    </main>
  );
}
