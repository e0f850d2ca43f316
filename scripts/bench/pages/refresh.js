// Refresh under load: many concurrent calls with a born-expired access token, in one page or spread
// over same-origin iframes (each frame is this page with `?frame`, with its own client). The server
// (scripts/bench/server.mjs) counts the refreshes.
import { RingCxClient } from '/bench-build/ringcx-elements.js';

const CREDENTIALS = { username: 'admin@example.com', password: 'bench-password', platformId: 'aws80' };
let client;

window.bench = {
  /** A fresh client, as a newly opened page would have; the previous one is closed. */
  newClient() {
    client?.close();
    client = new RingCxClient({ baseUrl: '/bench-api' });
  },
  async signIn() {
    await client.login(CREDENTIALS);
  },
  /** Makes `count` concurrent listApiTokens calls; resolves to how many failed. */
  async calls(count) {
    const results = await Promise.allSettled(Array.from({ length: count }, () => client.listApiTokens()));
    return results.filter((result) => result.status === 'rejected').length;
  },
  /** `count` calls here; resolves to the time taken and the failures. */
  async inThisPage(count) {
    this.newClient();
    await this.signIn();
    const start = performance.now();
    const failures = await this.calls(count);
    return { ms: performance.now() - start, failures };
  },
  /** The baseline: `count` concurrent bare fetches of the same endpoint, with a valid token. */
  async bareFetches(count) {
    const signIn = await fetch('/bench-api/api/auth/login/admin', { method: 'POST', body: new URLSearchParams(CREDENTIALS) });
    const { accessToken } = await signIn.json();
    const start = performance.now();
    await Promise.all(
      Array.from({ length: count }, async () => {
        const response = await fetch('/bench-api/voice/api/v1/admin/token', { headers: { Authorization: `Bearer ${accessToken}` } });
        JSON.parse(await response.text());
      }),
    );
    return performance.now() - start;
  },
  /** `count` calls spread over `frames` iframes, signed in from the first one. */
  async acrossFrames(count, frames) {
    client?.close(); // only the frames' clients take part
    client = undefined;
    const benches = await openFrames(frames);
    for (const bench of benches) bench.newClient();
    await benches[0].signIn();
    const start = performance.now();
    const shares = benches.map((_, i) => Math.floor(count / frames) + (i < count % frames ? 1 : 0));
    const failures = await Promise.all(benches.map((bench, i) => bench.calls(shares[i])));
    return { ms: performance.now() - start, failures: failures.reduce((a, b) => a + b, 0) };
  },
};

let opened;
/** Opens the frames once; resolves to their `bench` objects (set by their module before `load`). */
function openFrames(count) {
  opened ??= Promise.all(
    Array.from({ length: count }, async () => {
      const frame = document.createElement('iframe');
      frame.src = `${location.pathname}?frame`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      return frame.contentWindow.bench;
    }),
  );
  return opened;
}
