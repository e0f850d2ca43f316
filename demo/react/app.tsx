// The three elements in a React 19 app, through their React components (`ringcx-elements/react` in
// a project): `client` is set as a property, and `onRingcx…` props hear the `ringcx-*` events. The
// same components hydrate without a mismatch in a server-rendered app (Next.js, Remix).
import { useState } from 'react';
import { RingCxAccounts, RingCxLogin, RingCxTokenList } from '../../components/react.js';
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
      <RingCxLogin
        client={client}
        onRingcxLogin={(event) => setUser(event.detail.session.displayName)}
        onRingcxLogout={() => {
          setUser(undefined);
          setAccount(undefined);
        }}
      />
      <RingCxTokenList client={client} />
      <RingCxAccounts client={client} onRingcxAccountSelect={(event) => setAccount(event.detail.account)} />
    </main>
  );
}
