// `npm test`: finds a browser, then runs @web/test-runner in headless Chromium.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

let chromePath;
try {
  chromePath = await findBrowser();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } },
);
process.exit(result.status ?? 1);
