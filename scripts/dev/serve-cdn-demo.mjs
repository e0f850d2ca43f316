// `npm run demo:cdn`: the CDN demo (demo/cdn/index.html), which uses only the built one-file CDN
// build, as an intranet page without a build step would. Runs `npm run build` when the CDN file is
// missing, builds the demo's mock RingCX (demo/cdn/mock-entry.ts -> dist/cdn-demo/ringcx-mock.js,
// kept out of dist/cdn so that it is never published), then serves, at the site root:
//   /                      demo/cdn/index.html
//   /ringcx-elements.js    dist/cdn/ringcx-elements.js
//   /<name>.js             dist/cdn/<name>.js: the lazy chunks it imports beside itself (locales)
//   /ringcx-mock.js        dist/cdn-demo/ringcx-mock.js
//   /mockServiceWorker.js  public/mockServiceWorker.js (a service worker must sit at the root)
// on http://localhost:$PORT (default 5174).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join } from 'node:path';
import { build } from 'vite';

const CDN_DIR = 'dist/cdn';
const CDN_FILE = join(CDN_DIR, 'ringcx-elements.js');
const MOCK_DIR = 'dist/cdn-demo';
const port = Number(process.env.PORT ?? 5174);

if (!existsSync(CDN_FILE)) {
  console.log(`${CDN_FILE} is missing: running npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(1);
}

await build({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: MOCK_DIR,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    rolldownOptions: { output: { minify: true } },
    lib: { entry: 'demo/cdn/mock-entry.ts', formats: ['es'], fileName: () => 'ringcx-mock.js' },
  },
});

/** URL path -> file. Nothing else is served. */
const FILES = {
  '/': 'demo/cdn/index.html',
  '/index.html': 'demo/cdn/index.html',
  '/ringcx-elements.js': CDN_FILE,
  '/ringcx-mock.js': join(MOCK_DIR, 'ringcx-mock.js'),
  '/mockServiceWorker.js': 'public/mockServiceWorker.js',
};

/**
 * The file for a URL path: one of FILES, or a `.js` file of dist/cdn by its plain name (letters,
 * digits, `-`, `_`, `.`), so no path can climb out of the folder.
 */
function fileFor(path) {
  if (Object.hasOwn(FILES, path)) return FILES[path];
  const name = path.slice(1);
  if (/^[\w-][\w.-]*\.js$/.test(name) && basename(name) === name && !name.includes('..')) return join(CDN_DIR, name);
  return undefined;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = fileFor(path);
  if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  try {
    const body = await readFile(file);
    // Always fresh: the files change with every build.
    response.writeHead(200, { 'content-type': TYPES[extname(file)], 'cache-control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    if (error?.code === 'ENOENT') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`Cannot read ${file}\n`);
  }
});

server.listen(port, () => {
  console.log(`CDN demo: http://localhost:${port}/  (the CDN file as built; \`npm run build\` to refresh it)`);
});
