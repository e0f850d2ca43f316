// `npm test` (Chromium), `npm run test:firefox`, `npm run test:webkit`: finds the engine's browser
// (installing Debian's package when it can, else saying what to install), then runs
// @web/test-runner in it. Arguments after `--browser=NAME` go to the test runner.
import { spawnSync } from 'node:child_process';
import { findBrowser, findFirefox, findWebKit } from '../lib/find-browser.mjs';

const ENGINES = {
  chromium: async () => ({ CHROME_PATH: await findBrowser() }),
  firefox: async () => ({ FIREFOX_PATH: await findFirefox() }),
  webkit: async () => {
    const { driverPath, browserPath } = await findWebKit();
    return { WEBKIT_DRIVER_PATH: driverPath, WEBKIT_BROWSER_PATH: browserPath };
  },
};

const args = process.argv.slice(2);
const flag = args.find((arg) => arg.startsWith('--browser='));
const engine = flag ? flag.slice('--browser='.length) : 'chromium';
if (!(engine in ENGINES)) {
  console.error(`Unknown browser "${engine}": use one of ${Object.keys(ENGINES).join(', ')}.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

let paths;
try {
  paths = await ENGINES[engine]();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', ...args.filter((arg) => arg !== flag)],
  { stdio: 'inherit', env: { ...process.env, ...paths, TEST_BROWSER: engine } },
);
process.exit(result.status ?? 1);
