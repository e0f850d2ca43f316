// `npm start` serves demo/ on the in-page mock RingCX; `vite build --mode cdn` makes the CDN build
// (the npm build is plain `tsc`, see package.json).
//
// Talking to a real RingCX that sends no CORS headers? Start the demo with a proxy target:
//   RINGCX_PROXY_TARGET=https://ringcx.ringcentral.com npm start
// and use the base URL `/ringcx` on the page: requests to /ringcx/* go to the target.
import { defineConfig, type UserConfig } from 'vite';
import { minifyTemplates } from './scripts/lib/minify-templates.mjs';

const proxyTarget = process.env.RINGCX_PROXY_TARGET;

// The registration modules (`components/ringcx-*/ringcx-*.ts`, `components/index.ts`) only define
// tags. package.json's `sideEffects` lists their sources as well as their builds, or this build
// would drop them as unused.

/** The CDN entries, dist/cdn/<name>.js: their sources. */
export const CDN_ENTRIES = {
  'ringcx-elements': 'components/cdn.ts',
  login: 'components/cdn-login.ts',
  'token-list': 'components/cdn-token-list.ts',
  accounts: 'components/cdn-accounts.ts',
};

const cdn: UserConfig = {
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    copyPublicDir: false,
    minify: true,
    // Vite keeps ES library output unminified-looking (codegen off); a CDN file wants it all.
    // The code every entry uses (Lit, ky, idb-keyval, the client, the shared element code) goes
    // into dist/cdn/common-<hash>.js.
    rolldownOptions: { output: { minify: true, codeSplitting: { groups: [{ name: 'common', minShareCount: 4 }] } } },
    // One file per element and the all-in-one file. They share chunks: the code two entries have
    // in common (Lit, ky, the client, the shared element code) is downloaded once.
    lib: {
      entry: CDN_ENTRIES,
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
  },
};

const demo: UserConfig = {
  root: 'demo',
  publicDir: '../public',
  server: {
    port: Number(process.env.PORT ?? 5173),
    proxy: proxyTarget
      ? {
          '/ringcx': {
            target: proxyTarget,
            changeOrigin: true,
            secure: true,
            rewrite: (path) => path.replace(/^\/ringcx/, ''),
            // Cookies stay on their own side: the page's never reach RingCX, RingCX's never land on
            // this origin. Redirects reach the client (which refuses them) instead of being followed.
            configure: (proxy) => {
              proxy.on('proxyReq', (request) => request.removeHeader('cookie'));
              proxy.on('proxyRes', (response) => {
                delete response.headers['set-cookie'];
              });
            },
          },
        }
      : undefined,
  },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
  },
};

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdn : demo));
