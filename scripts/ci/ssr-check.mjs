// `node scripts/ci/ssr-check.mjs`: proves that a server-side build (plain Node, no window, no DOM)
// can import the npm build. Imports every JavaScript entry point of package.json's `exports`, each
// in its own Node process so that one module's DOM shims cannot hide another's crash. Builds first
// when dist/ is missing. Exits 1 when an npm-build entry point fails.
//
// Then renders the React components of `ringcx-elements/react` with React's server renderer, as
// Next.js or Remix would, and checks the HTML: the tags with their string props as attributes,
// nothing inside <ringcx-login>, no objects or handlers.
//
// The elements import `lit`, whose "node" export condition gives Node a build with a minimal
// HTMLElement, so defining the classes works there. The CDN build (dist/cdn/: the all-in-one and
// the per-element entries) bundles Lit's browser build instead and needs a browser: its entries
// are tried and reported, but they are not expected to load.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CDN_FILE = './dist/cdn/ringcx-elements.js';

if (!existsSync('dist/src/index.js') || !existsSync(CDN_FILE)) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(1);
}

/** The JavaScript files package.json exports, by export name. */
function entryPoints() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.entries(exports)
    .map(([name, target]) => [name, typeof target === 'string' ? target : target.default])
    .filter(([, file]) => file?.endsWith('.js'));
}

/** Imports `file` in a fresh Node process; returns undefined on success, else the first error line. */
function importInNode(file) {
  const url = pathToFileURL(file).href;
  const { status, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(url)});`], {
    encoding: 'utf8',
  });
  if (status === 0) return undefined;
  return stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? `exit code ${status}`;
}

let failed = 0;
for (const [name, file] of entryPoints()) {
  const error = importInNode(file);
  const cdn = file.startsWith('./dist/cdn/');
  if (!error) console.log(`ok    ${name} (${file})`);
  else if (cdn) console.log(`info  ${name} (${file}) is browser-only (expected: the CDN build bundles Lit's browser build): ${error.trim()}`);
  else {
    failed++;
    console.log(`FAIL  ${name} (${file}): ${error.trim()}`);
  }
}

/** Server-renders the React components in a fresh Node process; returns the HTML, or throws. */
function renderReactInNode(file) {
  const script = `
    import { createElement as h } from 'react';
    import { renderToString } from 'react-dom/server';
    const { RingCxLogin, RingCxTokenList, RingCxAccounts } = await import(${JSON.stringify(pathToFileURL(file).href)});
    const shared = { baseUrl: '/ringcx', client: {}, strings: {}, onRingcxError() {} };
    const html = renderToString(h('main', null,
      h(RingCxLogin, { ...shared, platformId: 'aws80', onRingcxLogin() {} }),
      h(RingCxTokenList, { ...shared, apiToken: 'secret' }, h('p', { slot: 'signed-out' }, 'Sign in')),
      h(RingCxAccounts, { ...shared, selectedAccountId: '42', className: 'accounts', onRingcxAccountSelect() {} })));
    process.stdout.write(html, () => process.exit(0));
  `;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (status !== 0) throw new Error(stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? `exit code ${status}`);
  return stdout;
}

const REACT_HTML =
  '<main><ringcx-login base-url="/ringcx" platform-id="aws80"></ringcx-login>' +
  '<ringcx-token-list base-url="/ringcx"><p slot="signed-out">Sign in</p></ringcx-token-list>' +
  '<ringcx-accounts base-url="/ringcx" selected-account-id="42" class="accounts"></ringcx-accounts></main>';
const reactFile = entryPoints().find(([name]) => name === './react')?.[1];
if (reactFile) {
  try {
    const html = renderReactInNode(reactFile);
    if (html === REACT_HTML) console.log('ok    ./react server-renders the components');
    else {
      failed++;
      console.log(`FAIL  ./react server-rendered\n        ${html}\n      expected\n        ${REACT_HTML}`);
    }
  } catch (error) {
    failed++;
    console.log(`FAIL  ./react cannot server-render: ${error.message}`);
  }
}

if (failed > 0) {
  console.error(`ssr-check: ${failed} entry point(s) of the npm build cannot be imported in Node.`);
  process.exit(1);
}
console.log('ssr-check: the npm build imports in Node without a DOM.');
