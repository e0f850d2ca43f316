import { expect } from '@open-wc/testing';
import { createMemoryStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';

describe('RingCxClient behind a relative base URL', () => {
  const { mock } = useMock({ baseUrl: '/ringcx' });

  it('signs in and lists tokens through /ringcx', async () => {
    const client = new RingCxClient({ baseUrl: '/ringcx', store: createMemoryStore() });
    await client.login(DEMO_CREDENTIALS);
    await client.listApiTokens();
    expect(mock.requests.map((request) => new URL(request.url).pathname)).to.deep.equal([
      '/ringcx/api/auth/login/admin',
      '/ringcx/voice/api/v1/admin/token',
    ]);
  });
});
