// Tests run in headless Chromium against the in-page mock RingCX (msw service worker).
// scripts/test.mjs finds the browser and passes its path in CHROME_PATH.
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_FLAGS } from './scripts/find-browser.mjs';
import { plainSummaryReporter } from './scripts/plain-summary-reporter.mjs';
import { reactEsm } from './scripts/react-esm.mjs';
import { vueBrowser } from './scripts/vue-browser.mjs';
import { defaultReporter } from '@web/test-runner';

const workerFile = new URL('./public/mockServiceWorker.js', import.meta.url);

/** The msw worker must be served from the site root to control every request of the page. */
function serveMockWorker() {
  return async (context, next) => {
    if (context.path === '/mockServiceWorker.js') {
      context.type = 'application/javascript';
      context.body = await readFile(workerFile, 'utf8');
      return;
    }
    return next();
  };
}

const contractDir = new URL('../shared/contract/', import.meta.url);

/** Serves the API contract (`../shared/contract/`, read-only) at `/__contract/` for the mock's conformance tests. */
function serveContract() {
  return async (context, next) => {
    const name = /^\/__contract\/([\w.-]+\.json)$/.exec(context.path)?.[1];
    if (!name) return next();
    context.type = 'application/json';
    context.body = await readFile(new URL(name, contractDir), 'utf8');
  };
}

const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  // lit-html: Lit's own policy; ringcx-mock and default: the page's grant of the msw worker's URL (test/pages/csp.ts).
  'trusted-types lit-html ringcx-mock default',
].join('; ');

/** Serves test/pages/csp.html under a strict Content-Security-Policy with Trusted Types (test/robust-hostile.test.ts). */
function strictCsp() {
  return async (context, next) => {
    await next();
    if (context.path === '/test/pages/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
  };
}

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.{ts,tsx}'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [serveMockWorker(), serveContract(), strictCsp()],
  plugins: [reactEsm(), vueBrowser(), esbuildPlugin({ ts: true, tsx: true, jsx: 'automatic', target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROME_PATH, args: CHROMIUM_FLAGS, headless: true },
    }),
  ],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
