// `npm run check:package`: lints what `npm publish` would ship. Builds first when dist/ is
// missing, then runs publint (strict: warnings fail too) and Are The Types Wrong (ESM-only
// profile: this package has no CommonJS build, so only Node's ESM and bundler resolution count).
// Exits non-zero when either complains.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BUILT = ['dist/src/index.js', 'dist/components/index.js', 'dist/cdn/ringcx-elements.js', 'dist/cdn/login.js', 'dist/cdn/token-list.js', 'dist/cdn/accounts.js'];

function run(label, command, args) {
  console.log(`\n> ${label}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (error) console.error(error.message);
  return status === 0;
}

if (BUILT.some((file) => !existsSync(file))) {
  if (!run('npm run build (dist/ is missing)', 'npm', ['run', 'build'])) process.exit(1);
}

const failed = [];
const tool = (args) => ['exec', '--no', '--', ...args];
if (!run('publint --strict', 'npm', tool(['publint', '--strict']))) failed.push('publint');
const attwArgs = ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped', ...(process.stdout.isTTY ? [] : ['--no-color'])];
if (!run('attw --pack . --profile esm-only', 'npm', tool(['attw', ...attwArgs]))) {
  failed.push('attw');
}

if (failed.length > 0) {
  console.error(`\ncheck:package failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\ncheck:package: publint and attw found no problems.');
