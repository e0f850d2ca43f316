import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { LitElement } from 'lit';
import { createMemoryStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { SessionController, type SessionUpdate } from '../components/shared/session-controller.js';
import { useMock } from './helpers/mock-server.js';

/** A bare element that records what its session controller tells it. */
class SessionProbe extends LitElement {
  client: RingCxClient | undefined;
  readonly updates: SessionUpdate[] = [];
  readonly session = new SessionController(this, (update) => this.updates.push(update));

  resolveClient(): RingCxClient | undefined {
    return this.client;
  }
}
customElements.define('ringcx-session-probe', SessionProbe);

describe('the session controller', () => {
  useMock();
  const store = createMemoryStore();
  const clients: RingCxClient[] = [];

  function newClient(): RingCxClient {
    const client = new RingCxClient({ store, syncTabs: false });
    clients.push(client);
    return client;
  }

  async function probe(client: RingCxClient): Promise<SessionProbe> {
    const el = document.createElement('ringcx-session-probe') as SessionProbe;
    el.client = client;
    return fixture<SessionProbe>(el);
  }

  afterEach(async () => {
    await clients[0]?.logout().catch(() => undefined);
    for (const client of clients.splice(0)) client.close();
  });

  it('tells the element once about the first read of a stored session', async () => {
    await newClient().login(DEMO_CREDENTIALS);
    // A new client reads the stored session: it announces `restored`, and the read resolves too.
    const el = await probe(newClient());
    await waitUntil(() => el.session.status !== 'loading');
    await el.session.client!.getSession();
    await el.updateComplete;
    expect(el.updates.map(({ reason, status }) => `${reason} ${status}`)).to.deep.equal(['restored signed-in']);
    expect(el.updates[0]!.session?.platformId).to.equal(el.session.session?.platformId);
  });

  it('tells the element once that nobody is signed in, then once for each sign-in and sign-out', async () => {
    const client = newClient();
    const el = await probe(client);
    await waitUntil(() => el.session.status !== 'loading');
    await client.login(DEMO_CREDENTIALS);
    await client.logout();
    await client.logout();
    await el.updateComplete;
    expect(el.updates.map(({ reason, status }) => `${reason} ${status}`)).to.deep.equal([
      'restored signed-out',
      'signed-in signed-in',
      'signed-out signed-out',
    ]);
  });
});
