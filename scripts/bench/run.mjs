// `npm run bench`: builds the CDN files (in memory, the same as `npm run build:cdn`; dist/ is left
// alone) and some variants of them, then measures sizes, and warm start, refresh under load, large
// lists and client overhead in headless Chromium and then headless Firefox (`--engines=chromium`
// for one; `--only=warm-start,large-lists` for some of the browser benches). Prints one table (each browser row names its engine) and writes it to
// bench-results/bench-<timestamp>.json and bench-results/latest.json.
// Medians of several runs with their min and max; a benchmark, not a test: it fails only when a
// bench cannot run, never on a missed goal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBrowser } from '../lib/bundle.mjs';
import { clientOverhead, largeLists, refreshUnderLoad, warmStart } from './browser.mjs';
import { launchChromium, launchFirefox } from './engines.mjs';
import { formatTable } from './metrics.mjs';
import { startServer } from './server.mjs';
import { measureSizes } from './sizes.mjs';

const MOCK_ENTRY = `
export * from './src/mock/index.ts';
export { setupWorker } from 'msw/browser';
`;

const ENGINES = { chromium: launchChromium, firefox: launchFirefox };
const engineArg = process.argv.find((arg) => arg.startsWith('--engines='));
const engineNames = engineArg ? engineArg.slice('--engines='.length).split(',') : Object.keys(ENGINES);
for (const name of engineNames) {
  if (!ENGINES[name]) throw new Error(`Unknown engine ${name}: use ${Object.keys(ENGINES).join(', ')}`);
}

const BENCHES = {
  'warm-start': warmStart,
  refresh: refreshUnderLoad,
  'large-lists': largeLists,
  'client-overhead': clientOverhead,
};
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const benchNames = onlyArg ? onlyArg.slice('--only='.length).split(',') : Object.keys(BENCHES);
for (const name of benchNames) {
  if (!BENCHES[name]) throw new Error(`Unknown bench ${name}: use ${Object.keys(BENCHES).join(', ')}`);
}

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const began = Date.now();
// A bench that hangs (a page that never renders) must not hold CI forever.
setTimeout(() => {
  console.error('bench: gave up after 30 minutes');
  process.exit(1);
}, 30 * 60_000).unref();
const step = (what) => console.error(`bench: ${what} (${((Date.now() - began) / 1000).toFixed(0)} s)`);

const builds = mkdtempSync(join(tmpdir(), 'ringcx-bench-'));
let server;
let engine;
try {
  step('building, sizes');
  const { rows: sizeRows, sizes, code } = await measureSizes();
  for (const file of code.files) writeFileSync(join(builds, file.fileName), file.code);
  writeFileSync(join(builds, 'lit-ky-idb-keyval.js'), code.dependencies);
  writeFileSync(join(builds, 'mock.js'), await bundleForBrowser('mock', MOCK_ENTRY));

  server = await startServer({
    mounts: { '/pages/': resolve('scripts/bench/pages'), '/bench-build/': builds },
    files: { '/mockServiceWorker.js': resolve('public/mockServiceWorker.js') },
  });
  const rows = [...sizeRows];
  const browsers = [];
  for (const name of engineNames) {
    engine = await ENGINES[name]();
    browsers.push(`${engine.name} ${engine.version}`);
    const named = (engineRows) => engineRows.map((row) => ({ ...row, name: `${engine.name}: ${row.name}` }));
    for (const bench of benchNames) {
      step(`${engine.name}: ${bench}`);
      rows.push(...named(await BENCHES[bench](engine, server)));
    }
    await engine.close();
    engine = undefined;
  }

  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    browsers,
    platform: `${process.platform} ${process.arch}`,
  };
  const seconds = Math.round((Date.now() - began) / 1000);
  const title = `ringcx-elements bench: ${machine.cores} cores (${machine.cpu}), ${browsers.join(', ')}, Node ${machine.node}, ${seconds} s`;
  console.log(`${title}\n\n${formatTable(rows)}`);

  const date = new Date();
  const result = { date: date.toISOString(), seconds, machine, rows, sizes };
  mkdirSync('bench-results', { recursive: true });
  const file = `bench-results/bench-${date.toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWritten: ${file}, bench-results/latest.json`);
} finally {
  await engine?.close();
  await server?.close();
  rmSync(builds, { recursive: true, force: true });
}
