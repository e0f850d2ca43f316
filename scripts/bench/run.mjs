// `npm run bench`: builds the CDN file (in memory, the same as `npm run build:cdn`; dist/ is left
// alone) and some variants of it, then measures sizes, warm start, refresh under load, large
// lists and client overhead (the browser parts in headless Chromium), prints one table and writes
// it to bench-results/bench-<timestamp>.json and bench-results/latest.json.
// Medians of several runs with their min and max; a benchmark, not a test: it fails only when a
// bench cannot run, never on a missed goal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from '../lib/find-browser.mjs';
import { bundleForBrowser } from '../lib/bundle.mjs';
import { clientOverhead, largeLists, refreshUnderLoad, warmStart } from './browser.mjs';
import { formatTable } from './metrics.mjs';
import { startServer } from './server.mjs';
import { measureSizes } from './sizes.mjs';

const MOCK_ENTRY = `
export * from './src/mock/index.ts';
export { setupWorker } from 'msw/browser';
`;

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const began = Date.now();
// A bench that hangs (a page that never renders) must not hold CI forever.
setTimeout(() => {
  console.error('bench: gave up after 15 minutes');
  process.exit(1);
}, 15 * 60_000).unref();
const step = (what) => console.error(`bench: ${what} (${((Date.now() - began) / 1000).toFixed(0)} s)`);

const builds = mkdtempSync(join(tmpdir(), 'ringcx-bench-'));
let server;
let browser;
try {
  step('building, sizes');
  const { rows: sizeRows, sizes, code } = await measureSizes();
  writeFileSync(join(builds, 'ringcx-elements.js'), code.cdn);
  writeFileSync(join(builds, 'lit-ky-idb-keyval.js'), code.dependencies);
  writeFileSync(join(builds, 'mock.js'), await bundleForBrowser('mock', MOCK_ENTRY));

  server = await startServer({
    mounts: { '/pages/': resolve('scripts/bench/pages'), '/bench-build/': builds },
    files: { '/mockServiceWorker.js': resolve('public/mockServiceWorker.js') },
  });
  browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_FLAGS });

  step('warm start');
  const warmRows = await warmStart(browser, server);
  step('refresh under load');
  const refreshRows = await refreshUnderLoad(browser, server);
  step('large lists');
  const listRows = await largeLists(browser, server);
  step('client overhead');
  const clientRows = await clientOverhead(browser, server);

  const rows = [...sizeRows, ...warmRows, ...refreshRows, ...listRows, ...clientRows];
  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    browser: `Chromium ${browser.version()}`,
    platform: `${process.platform} ${process.arch}`,
  };
  const seconds = Math.round((Date.now() - began) / 1000);
  const title = `ringcx-elements bench: ${machine.cores} cores (${machine.cpu}), ${machine.browser}, Node ${machine.node}, ${seconds} s`;
  console.log(`${title}\n\n${formatTable(rows)}`);

  const date = new Date();
  const result = { date: date.toISOString(), seconds, machine, rows, sizes };
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/bench-${date.toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWritten: ${file}, bench-results/latest.json`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(builds, { recursive: true, force: true });
}
