// Tests run against the in-page mock RingCX (msw service worker) in one engine a run:
// TEST_BROWSER=chromium (default), firefox or webkit. scripts/test-runner/test.mjs finds the browser and
// passes its path (CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH + WEBKIT_BROWSER_PATH).
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { firefoxLauncher } from './scripts/test-runner/launchers/firefox.mjs';
import { webkitLauncher } from './scripts/test-runner/launchers/webkit.mjs';
import { CHROMIUM_FLAGS } from './scripts/lib/find-browser.mjs';
import { plainSummaryReporter } from './scripts/test-runner/plain-summary-reporter.mjs';
import { reactEsm } from './scripts/test-runner/react-esm.mjs';
import { vueBrowser } from './scripts/test-runner/vue-browser.mjs';
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

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: process.env.CHROME_PATH, args: CHROMIUM_FLAGS, headless: true },
    }),
  firefox: () => firefoxLauncher({ executablePath: process.env.FIREFOX_PATH }),
  webkit: () =>
    webkitLauncher({ driverPath: process.env.WEBKIT_DRIVER_PATH, browserPath: process.env.WEBKIT_BROWSER_PATH }),
};
const engine = process.env.TEST_BROWSER ?? 'chromium';
if (!(engine in launchers)) throw new Error(`TEST_BROWSER must be one of ${Object.keys(launchers).join(', ')}`);

export default {
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.{ts,tsx}'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [serveMockWorker(), strictCsp()],
  plugins: [reactEsm(), vueBrowser(), esbuildPlugin({ ts: true, tsx: true, jsx: 'automatic', target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [launchers[engine]()],
  reporters: [defaultReporter(), plainSummaryReporter()],
};
