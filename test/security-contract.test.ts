// The contract points of issue 10: a token created without being shown, and sign-in against a
// server that reads its parameters only from the query string.
import { expect } from '@open-wc/testing';
import { createMemoryStore, RingCxClient, ResponseFormatError } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { failure } from './helpers/failure.js';
import { useMock } from './helpers/mock-server.js';

describe('Contract: create token answered without the token', () => {
  const { mock } = useMock();

  it('an empty 201 or 204 means created (null), not an unreadable answer', async () => {
    const client = new RingCxClient({ store: createMemoryStore() });
    await client.login(DEMO_CREDENTIALS);
    for (const status of [201, 204]) {
      mock.failNext('createToken', () => new Response(null, { status }));
      expect(await client.createApiToken(), String(status)).to.equal(null);
    }
    mock.failNext('createToken', () => new Response('', { status: 200 }));
    expect(await failure(client.createApiToken())).to.be.instanceOf(ResponseFormatError);
  });
});

/** Where a logged request carried the password: 'body' or 'query'. */
const passwordIn = (request: { url: string; body: string }) =>
  new URL(request.url).searchParams.has('password') ? 'query' : new URLSearchParams(request.body).has('password') ? 'body' : 'none';

for (const refusal of [400, 415] as const) {
  describe(`Contract: sign-in against a server that reads only the query (${refusal})`, () => {
    const base = `/query-only-${refusal}`;
    const { mock } = useMock({ baseUrl: base, queryOnly: refusal });

    it('retries once with the query, then keeps the query form for that base URL (refresh too)', async () => {
      const client = new RingCxClient({ baseUrl: base, store: createMemoryStore() });
      expect((await client.login(DEMO_CREDENTIALS)).displayName).to.equal('Ada Admin');
      expect(mock.requests.map(passwordIn)).to.deep.equal(['body', 'query']);
      await client.refresh();
      const again = new RingCxClient({ baseUrl: base, store: createMemoryStore() });
      await again.login(DEMO_CREDENTIALS);
      expect(mock.requests.map((request) => request.operation)).to.deep.equal(['login', 'login', 'refresh', 'login']);
      expect(mock.requests.map(passwordIn)).to.deep.equal(['body', 'query', 'none', 'query']);
      expect(new URL(mock.requests[2]!.url).searchParams.get('rcTokenType')).to.equal('Bearer');
    });
  });
}

describe('Contract: credentialsIn turns the fallback off or always uses the query', () => {
  const { mock: bodyOnly } = useMock({ baseUrl: '/query-only-explicit', queryOnly: 400 });

  it("'body' never falls back to the query", async () => {
    const client = new RingCxClient({ baseUrl: '/query-only-explicit', store: createMemoryStore(), credentialsIn: 'body' });
    const error = await failure(client.login(DEMO_CREDENTIALS));
    expect(error.message).to.equal(`RingCX answered 400 (POST ${location.origin}/query-only-explicit/api/auth/login/admin).`);
    expect(bodyOnly.requests.map(passwordIn)).to.deep.equal(['body']);
  });

  it("'query' sends the query form at once", async () => {
    const client = new RingCxClient({ baseUrl: '/query-only-explicit', store: createMemoryStore(), credentialsIn: 'query' });
    await client.login(DEMO_CREDENTIALS);
    expect(bodyOnly.requests.map(passwordIn)).to.deep.equal(['query']);
  });
});

describe('Contract: a server that reads the body gets only the body', () => {
  const { mock } = useMock({ baseUrl: '/reads-body' });

  it('a refusal of another kind is not retried in the query', async () => {
    mock.failNext('login', () => Response.json({ generalMessage: 'Bad request' }, { status: 400 }));
    const client = new RingCxClient({ baseUrl: '/reads-body', store: createMemoryStore() });
    await failure(client.login(DEMO_CREDENTIALS));
    await client.login(DEMO_CREDENTIALS);
    expect(mock.requests.map(passwordIn)).to.deep.equal(['body', 'body']);
  });
});
