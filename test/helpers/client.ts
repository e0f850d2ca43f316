// The client most element tests give their elements: a fresh one per test, on an in-memory store,
// without tab messages (no other test's tab can reach it), closed after the test.
import { createMemoryStore, RingCxClient } from '../../src/index.js';
import { DEMO_CREDENTIALS } from '../../src/mock/index.js';

/**
 * Before each test: clears localStorage, makes the client, signs the demo user in when `signedIn`
 * (the mock must be running: `useMock()` first), then hands it to `take`. After each test: closes it.
 *
 *   let client!: RingCxClient;
 *   useTestClient((fresh) => (client = fresh));
 */
export function useTestClient(take: (client: RingCxClient) => void, { signedIn = false } = {}): void {
  let current: RingCxClient | undefined;
  beforeEach(async () => {
    localStorage.clear();
    current = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    if (signedIn) await current.login(DEMO_CREDENTIALS);
    take(current);
  });
  afterEach(() => current?.close());
}
