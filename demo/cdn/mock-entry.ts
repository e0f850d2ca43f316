// The mock RingCX of the CDN demo page, built into ringcx-mock.js by scripts/dev/serve-cdn-demo.mjs:
// an msw service worker answers /mock-ringcx/* in the page as RingCX would. A page on a real
// RingCX (or on a proxy to it) leaves this file out. Not part of the package.
import { setupWorker } from 'msw/browser';
import { createMockRingCx, DEMO_CREDENTIALS } from '../../src/mock/index.js';

const mock = createMockRingCx({ baseUrl: '/mock-ringcx', latency: 300 });
await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });

document.querySelector('#demo-username')!.textContent = DEMO_CREDENTIALS.username;
document.querySelector('#demo-password')!.textContent = DEMO_CREDENTIALS.password;
document.querySelector('#demo-platform')!.textContent = DEMO_CREDENTIALS.platformId;
