// Builds small bundles in memory with Vite's build API: from an entry written as a string, with the
// CDN build's own settings (vite.config.ts, mode `cdn`) or, for the mock, a plain library build.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The entry is never written to disk: a plugin answers for a made-up file in the project root, so
// its imports (`lit`, `./src/index.ts`) resolve as they would from a real file there.
function entryPlugin(path, code) {
  return {
    name: 'bench-entry',
    enforce: 'pre',
    resolveId: (id) => (id === path ? path : undefined),
    load: (id) => (id === path ? code : undefined),
  };
}

/**
 * The CDN build (`vite build --mode cdn`) in memory; dist/ is left alone. Resolves to:
 * - `files`: every output file, `{ fileName, code }`;
 * - `entries`: one per CDN entry (`ringcx-elements.js`, `login.js`, ...), with `loads`, the file
 *   names a page downloads when it imports that entry: the entry and the chunks it imports
 *   statically, transitively (the chunks are shared between entries);
 * - `lazy`: the chunks no entry imports statically (locale bundles, the RingCentral sign-in flow),
 *   fetched only by pages that use them.
 */
export async function buildCdnChunks() {
  const result = await build({ configFile: resolve(root, 'vite.config.ts'), mode: 'cdn', logLevel: 'silent', build: { write: false } });
  const chunks = chunksOf(result);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loadsOf = (entry) => {
    const loaded = new Set([entry.fileName]);
    const visit = (chunk) => {
      for (const name of chunk.imports ?? []) {
        if (loaded.has(name) || !byName.has(name)) continue;
        loaded.add(name);
        visit(byName.get(name));
      }
    };
    visit(entry);
    return [...loaded];
  };
  const entries = chunks.filter((chunk) => chunk.isEntry).map((chunk) => ({ fileName: chunk.fileName, loads: loadsOf(chunk) }));
  const loadedByAny = new Set(entries.flatMap((entry) => entry.loads));
  const pick = ({ fileName, code }) => ({ fileName, code });
  return {
    files: chunks.map(pick),
    entries,
    lazy: chunks.filter((chunk) => !loadedByAny.has(chunk.fileName)).map(pick),
  };
}

/**
 * Bundles `code` into one minified ES file exactly as the CDN build does, without writing it.
 * Returns the code.
 */
export async function bundleLikeCdn(name, code) {
  const entry = resolve(root, `bench-entry-${name}.js`);
  const result = await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'silent',
    plugins: [entryPlugin(entry, code)],
    build: { write: false, lib: { entry, fileName: () => `${name}.js` } },
  });
  return outputCode(result);
}

/** Bundles `code` for the browser (a library build, minified, `browser` conditions), without writing it. */
export async function bundleForBrowser(name, code) {
  const entry = resolve(root, `bench-entry-${name}.js`);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [entryPlugin(entry, code)],
    resolve: { conditions: ['browser', 'module', 'production'] },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
    },
  });
  return outputCode(result);
}

function chunksOf(result) {
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

/** The entry chunk's code; lazy chunks (dynamic imports) are left out. */
function outputCode(result) {
  const entries = chunksOf(result).filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk, got ${entries.length}`);
  return entries[0].code;
}
