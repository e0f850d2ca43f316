// Sizes: what a page downloads from the CDN per entry (the entry and its shared chunks, as `npm run
// size` adds them up), beside a bundle of the dependencies alone (lit + ky + idb-keyval), and each
// element's own share, all built the same way as the CDN files. Sizes are exact: one build each.
import { buildCdnChunks, bundleLikeCdn } from '../lib/bundle.mjs';
import { GOALS, kB, sizesOf } from '../lib/size.mjs';
import { metric, ratioTo } from './metrics.mjs';

const ELEMENTS = {
  login: './components/ringcx-login/ringcx-login.ts',
  'token-list': './components/ringcx-token-list/ringcx-token-list.ts',
  accounts: './components/ringcx-accounts/ringcx-accounts.ts',
};

const exportAll = (...paths) => paths.map((path) => `export * from '${path}';`).join('\n');

/** The dependencies alone: what the library uses of them (Lit's element, templates and styles; all of ky; idb-keyval's store). */
export const DEPENDENCIES_ENTRY = `
export { LitElement, html, css } from 'lit';
export { default as ky } from 'ky';
export { get, set, createStore } from 'idb-keyval';
`;

const VARIANTS = {
  dependencies: DEPENDENCIES_ENTRY,
  lit: `export { LitElement, html, css } from 'lit';`,
  ky: `export { default as ky } from 'ky';`,
  client: exportAll('./src/index.ts'),
  everything: exportAll('./src/index.ts', ...Object.values(ELEMENTS)),
  ...Object.fromEntries(
    Object.keys(ELEMENTS).map((name) => {
      const others = Object.entries(ELEMENTS).filter(([other]) => other !== name);
      return [`without-${name}`, exportAll('./src/index.ts', ...others.map(([, path]) => path))];
    }),
  ),
};

/** The size issue's goal for our own code: the all-in-one download minus the dependencies alone. */
const OWN_CODE_GOAL = 9_700;

/**
 * Builds the CDN files and every variant. Resolves to the table rows, the figures of each build,
 * and the code the bench pages load: every CDN file (`files`) and the dependencies bundle.
 */
export async function measureSizes() {
  const { files, entries } = await buildCdnChunks();
  const gzipOf = new Map(files.map((file) => [file.fileName, sizesOf(file.code).gzip]));
  const downloads = Object.fromEntries(
    entries.map((entry) => [entry.fileName, entry.loads.reduce((sum, name) => sum + gzipOf.get(name), 0)]),
  );
  const sizes = { downloads };
  const code = { files };
  for (const [name, entry] of Object.entries(VARIANTS)) {
    const variant = await bundleLikeCdn(name, entry);
    if (name === 'dependencies') code.dependencies = variant;
    sizes[name] = sizesOf(variant);
  }
  const all = downloads['ringcx-elements.js'];
  const { dependencies } = sizes;
  const own = all - dependencies.gzip;
  const entryRow = (fileName) => {
    const bytes = downloads[fileName];
    const goal = GOALS[fileName];
    return metric(`size: page loading dist/cdn/${fileName}, gzip -9`, 'bytes', [bytes], {
      ...(goal === undefined ? {} : { goal: { text: `<= ${kB(goal)}`, met: bytes <= goal } }),
      ratio: ratioTo('lit+ky+idb-keyval', bytes, dependencies.gzip),
    });
  };
  const rows = [
    ...['ringcx-elements.js', 'login.js', 'token-list.js', 'accounts.js'].map(entryRow),
    metric('size: lit+ky+idb-keyval alone, gzip -9', 'bytes', [dependencies.gzip]),
    metric('size: of which lit alone, gzip -9', 'bytes', [sizes.lit.gzip]),
    metric('size: of which ky alone, gzip -9', 'bytes', [sizes.ky.gzip]),
    metric('size: our code on top (all-in-one minus lit+ky+idb-keyval)', 'bytes', [own], {
      goal: { text: `<= ${kB(OWN_CODE_GOAL)}`, met: own <= OWN_CODE_GOAL },
    }),
    metric('size: client only (src/index.ts, one file), gzip -9', 'bytes', [sizes.client.gzip]),
    ...Object.keys(ELEMENTS).map((name) => {
      const share = sizes.everything.gzip - sizes[`without-${name}`].gzip;
      return metric(`size: <ringcx-${name}> share of one file, gzip -9`, 'bytes', [share]);
    }),
  ];
  return { rows, sizes, code };
}
