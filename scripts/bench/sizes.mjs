// Sizes: the CDN file beside a bundle of its dependencies alone (lit + ky + idb-keyval), and each
// element's own share, all built the same way as the CDN file. Sizes are exact: one build each.
import { buildCdnFile, bundleLikeCdn } from '../lib/bundle.mjs';
import { GOAL_GZIP, GOAL_RATIO, sizesOf } from '../lib/size.mjs';
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
  ...Object.fromEntries(
    Object.keys(ELEMENTS).map((name) => {
      const others = Object.entries(ELEMENTS).filter(([other]) => other !== name);
      return [`without-${name}`, exportAll('./src/index.ts', ...others.map(([, path]) => path))];
    }),
  ),
};

/**
 * Builds the CDN file and every variant. Resolves to the table rows, the figures of each build, and
 * the code of the CDN file and of the dependencies bundle, which the bench pages load.
 */
export async function measureSizes() {
  const code = { cdn: await buildCdnFile() };
  const sizes = { cdn: sizesOf(code.cdn) };
  for (const [name, entry] of Object.entries(VARIANTS)) {
    const variant = await bundleLikeCdn(name, entry);
    if (name === 'dependencies') code.dependencies = variant;
    sizes[name] = sizesOf(variant);
  }
  const { cdn, dependencies } = sizes;
  const vsDependencies = (kind) => ratioTo('lit+ky+idb-keyval', cdn[kind], dependencies[kind]);
  const gzipRatio = cdn.gzip / dependencies.gzip;
  const rows = [
    metric('size: CDN file, minified', 'bytes', [cdn.minified], { ratio: vsDependencies('minified') }),
    metric('size: CDN file, gzip -9', 'bytes', [cdn.gzip], {
      goal: { text: `<= ${GOAL_GZIP / 1000} kB, <= ${GOAL_RATIO}x`, met: cdn.gzip <= GOAL_GZIP && gzipRatio <= GOAL_RATIO },
      ratio: vsDependencies('gzip'),
    }),
    metric('size: CDN file, brotli', 'bytes', [cdn.brotli], { ratio: vsDependencies('brotli') }),
    metric('size: lit+ky+idb-keyval alone, minified', 'bytes', [dependencies.minified]),
    metric('size: lit+ky+idb-keyval alone, gzip -9', 'bytes', [dependencies.gzip]),
    metric('size: lit+ky+idb-keyval alone, brotli', 'bytes', [dependencies.brotli]),
    metric('size: of which lit alone, gzip -9', 'bytes', [sizes.lit.gzip]),
    metric('size: of which ky alone, gzip -9', 'bytes', [sizes.ky.gzip]),
    metric('size: client only (src/index.ts), gzip -9', 'bytes', [sizes.client.gzip], {
      ratio: ratioTo('CDN file', sizes.client.gzip, cdn.gzip),
    }),
    ...Object.keys(ELEMENTS).map((name) => {
      const share = cdn.gzip - sizes[`without-${name}`].gzip;
      return metric(`size: <ringcx-${name}> share, gzip -9`, 'bytes', [share], { ratio: ratioTo('CDN file', share, cdn.gzip) });
    }),
  ];
  return { rows, sizes, code };
}
