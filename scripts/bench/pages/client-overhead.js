// Client overhead: sequential listApiTokens() calls against the in-page msw mock, each beside a
// bare fetch of the same endpoint (interleaved, so both see the same conditions).
import { RingCxClient } from '/bench-build/ringcx-elements.js';
import { DEMO_CREDENTIALS, createMockRingCx, setupWorker } from '/bench-build/mock.js';

const mock = createMockRingCx({ baseUrl: '/mock-api' });
await setupWorker(...mock.handlers).start({
  quiet: true,
  onUnhandledRequest: 'bypass',
  serviceWorker: { url: '/mockServiceWorker.js' },
});

const client = new RingCxClient({ baseUrl: '/mock-api', persistence: 'none' });
await client.login(DEMO_CREDENTIALS);
const signIn = await fetch('/mock-api/api/auth/login/admin', { method: 'POST', body: new URLSearchParams(DEMO_CREDENTIALS) });
const { accessToken } = await signIn.json();

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

window.bench = {
  /** `count` calls of each kind; resolves to the median time of one call of each, in ms. */
  async run(count) {
    const viaClient = [];
    const viaFetch = [];
    for (let i = 0; i < count; i++) {
      let start = performance.now();
      await client.listApiTokens();
      viaClient.push(performance.now() - start);
      start = performance.now();
      const response = await fetch('/mock-api/voice/api/v1/admin/token', { headers: { Authorization: `Bearer ${accessToken}` } });
      JSON.parse(await response.text());
      viaFetch.push(performance.now() - start);
    }
    return { client: median(viaClient), fetch: median(viaFetch) };
  },
};
