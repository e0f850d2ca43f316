// `npm run size`: what a page downloads from the CDN, per entry, against the budgets, for CI.
// Builds dist/cdn in memory exactly as `vite build --mode cdn` does (a few seconds; dist/ is left
// alone). For each entry (the all-in-one ringcx-elements.js and the per-element login.js,
// token-list.js, accounts.js) it adds up the gzip bytes of the entry and of every chunk it imports
// statically (each file is its own download, so each is gzipped on its own), prints them beside
// the size issue's goals, and exits 1 when one is over its budget (scripts/lib/size.mjs). The
// lazy chunks (locale bundles, the RingCentral sign-in flow) are listed on their own: only pages
// that use them fetch them.
import { buildCdnChunks } from '../lib/bundle.mjs';
import { BUDGETS, GOALS, sizeLine, sizesOf } from '../lib/size.mjs';

const { files, entries, lazy } = await buildCdnChunks();
const sizes = new Map(files.map((file) => [file.fileName, sizesOf(file.code)]));
const lazyNames = new Set(lazy.map((file) => file.fileName));

console.log('Shared chunks and entries:');
for (const file of files.filter((file) => !lazyNames.has(file.fileName))) {
  const { gzip } = sizes.get(file.fileName);
  console.log(`  ${sizeLine(`dist/cdn/${file.fileName}`, sizes.get(file.fileName))} (${gzip} bytes gzip)`);
}
console.log('Lazy chunks (fetched only when used):');
for (const file of lazy) console.log(`  ${sizeLine(`dist/cdn/${file.fileName}`, sizes.get(file.fileName))}`);

console.log('What a page downloads, per entry (gzip -9, each file on its own):');
const over = [];
for (const entry of entries) {
  const gzip = entry.loads.reduce((sum, name) => sum + sizes.get(name).gzip, 0);
  const budget = BUDGETS[entry.fileName];
  const goal = GOALS[entry.fileName];
  if (budget === undefined) throw new Error(`No budget for dist/cdn/${entry.fileName} in scripts/lib/size.mjs`);
  if (gzip > budget) over.push(`${entry.fileName}: ${gzip} bytes gzip, budget ${budget}`);
  const goalText = goal === undefined ? '' : `, goal ${goal} ${gzip <= goal ? 'met' : `missed by ${gzip - goal}`}`;
  console.log(`  ${entry.fileName}: ${gzip} bytes in ${entry.loads.length} files (budget ${budget}${goalText})`);
}
// A page that loads two per-element files downloads their common chunk once.
const byName = new Map(entries.map((entry) => [entry.fileName, entry]));
const together = ['login.js', 'token-list.js'];
const union = new Set(together.flatMap((name) => byName.get(name)?.loads ?? []));
const togetherGzip = [...union].reduce((sum, name) => sum + sizes.get(name).gzip, 0);
console.log(`  ${together.join(' + ')} on one page: ${togetherGzip} bytes in ${union.size} files`);
if (over.length > 0) {
  console.error(`Over budget (BUDGETS in scripts/lib/size.mjs):\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log(`every entry within its budget (BUDGETS in scripts/lib/size.mjs)`);
