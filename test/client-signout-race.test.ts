import { expect } from '@open-wc/testing';
import { createIndexedDbStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';
import { apiUrl, sessionKey } from './helpers/session-key.js';
import { holdRequest } from './helpers/gate.js';

// Two clients on one IndexedDB store stand for two tabs that do not hear each other (no
// BroadcastChannel): only the refresh lock and the store connect them.
const BASE = '/signout-race';
const KEY = sessionKey(BASE);

describe('sign-out while another tab refreshes', () => {
  const { mock, worker } = useMock({ baseUrl: BASE });
  const store = createIndexedDbStore();
  const tab = () => new RingCxClient({ baseUrl: BASE, store, syncTabs: false });

  afterEach(() => store.delete(KEY));

  it('leaves no session behind when the refresh lands after the sign-out', async () => {
    await tab().login(DEMO_CREDENTIALS);
    const stored = (await store.get(KEY)) as Record<string, unknown>;
    await store.set(KEY, { ...stored, expiresAt: Date.now() - 1000 });

    const refresh = holdRequest(worker, 'post', apiUrl(BASE, '/api/auth/token/refresh'));
    const refreshing = tab();
    const call = refreshing.listApiTokens(); // refreshes first: holds the lock until the answer
    await refresh.arrived;
    const signingOut = tab();
    const cleared = new Promise<void>((resolve) => signingOut.subscribe((change) => change.reason === 'signed-out' && resolve()));
    const out = signingOut.logout();
    await cleared; // the other tab has cleared the store; the refresh answer lands after that
    refresh.release();
    await out;
    await call;

    expect(mock.counts.refresh).to.equal(1);
    expect(await store.get(KEY), 'nothing stored after the sign-out').to.equal(undefined);
    expect(await tab().getSession()).to.equal(null);
    // Both the old and the rotated refresh token were revoked.
    expect(mock.counts.logout).to.equal(2);
  });
});
