import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createMemoryStore, RingCxClient, type SessionChangeReason } from '../src/index.js';
import { resolveBaseUrl } from '../src/client.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';

// Another tab's refresh holds the refresh lock while this tab signs out, and stores its new session
// just after this tab cleared the store. The sign-out clears it again; the page hears one sign-out.
const BASE = '/signout-once';
const KEY = `session ${resolveBaseUrl(BASE)}`;

describe('sign-out that finds a late session in the store', () => {
  useMock({ baseUrl: BASE });

  it('tells subscribers "signed-out" exactly once', async () => {
    const store = createMemoryStore();
    const client = new RingCxClient({ baseUrl: BASE, store, syncTabs: false });
    await client.login(DEMO_CREDENTIALS);
    const late = await store.get(KEY);
    const heard: Array<{ reason: SessionChangeReason; session: unknown }> = [];
    client.subscribe((change) => heard.push(change));

    // The other tab's refresh: it holds the lock until its new session is stored.
    let storeLateSession!: () => void;
    const lockHeld = new Promise<void>((held) => {
      void navigator.locks.request(`ringcx-refresh ${resolveBaseUrl(BASE)}`, () => {
        held();
        return new Promise<void>((release) => {
          storeLateSession = () => void store.set(KEY, late).then(release);
        });
      });
    });
    await lockHeld;

    const signingOut = client.logout();
    await waitUntil(async () => (await store.get(KEY)) === undefined, 'the sign-out clears the store');
    storeLateSession();
    await signingOut;

    expect(await store.get(KEY), 'the late session is cleared too').to.equal(undefined);
    expect(heard).to.deep.equal([{ reason: 'signed-out', session: null }]);
    client.close();
  });
});
