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
