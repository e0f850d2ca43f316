// A test-runner plugin that serves React to the browser. React 19 ships CommonJS only, which the
// test runner's node-resolve cannot serve; this bundles react, react/jsx-runtime,
// react/jsx-dev-runtime, react-dom/client and react-dom/server.browser (server rendering in the page,
// for the hydration tests) once, with esbuild, into ES modules that share one copy of React, and
// points those bare imports at them.
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { build } from 'esbuild';

const PREFIX = '/__react/';
const ENTRIES = {
  react: 'react',
  'jsx-runtime': 'react/jsx-runtime',
  'jsx-dev-runtime': 'react/jsx-dev-runtime',
  'react-dom-client': 'react-dom/client',
  'react-dom-server': 'react-dom/server.browser',
};

/**
 * The names each module exports, read in a child process: React's development build writes to the
 * console on load, which the test runner's console does not expect.
 */
function exportNames() {
  // The explicit exit: react-dom/server.browser opens a MessageChannel that keeps Node running.
  const script = `process.stdout.write(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.values(ENTRIES))}.map((s) => [s, Object.keys(require(s))]))), () => process.exit(0))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/** An ES module that re-exports a CommonJS module's exports by name, which esbuild cannot infer. */
function reexport(specifier, names) {
  const valid = names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  return `import m from '${specifier}';\nexport default m;\nexport const { ${valid.join(', ')} } = m;\n`;
}

async function bundle() {
  const names = exportNames();
  const result = await build({
    entryPoints: Object.keys(ENTRIES).map((name) => ({ in: `react-entry:${name}`, out: name })),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: 'react-esm',
    write: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      {
        name: 'react-entries',
        setup(b) {
          b.onResolve({ filter: /^react-entry:/ }, (args) => ({ path: args.path.slice('react-entry:'.length), namespace: 'react-entry' }));
          b.onLoad({ filter: /.*/, namespace: 'react-entry' }, (args) => ({
            contents: reexport(ENTRIES[args.path], names[ENTRIES[args.path]]),
            resolveDir: process.cwd(),
          }));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
}

export function reactEsm() {
  let files;
  const byImport = Object.fromEntries(Object.entries(ENTRIES).map(([name, specifier]) => [specifier, `${PREFIX}${name}.js`]));
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return byImport[source];
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
