// `npm run size`: the CDN file's size against its budget, for CI. Builds the file in memory exactly
// as `vite build --mode cdn` does (about a second; dist/ is left alone), prints its figures and
// exits 1 when what a page loads (the file and the chunks it imports statically) is over the gzip
// budget (scripts/lib/size.mjs). The lazy chunks beside it (fetched only by pages that use them:
// the locale bundles, the RingCentral sign-in flow) are listed on their own, outside the budget.
import { buildCdnChunks } from '../lib/bundle.mjs';
import { BUDGET_GZIP, GOAL_GZIP, kB, sizeLine, sizesOf } from '../lib/size.mjs';

const { entry, withEntry, lazy } = await buildCdnChunks();
const entrySizes = sizesOf(entry);
console.log(`${sizeLine('dist/cdn/ringcx-elements.js', entrySizes)} (${entrySizes.gzip} bytes gzip)`);
// What a page downloads to show the elements: the entry and the chunks it imports statically.
let gzip = entrySizes.gzip;
for (const chunk of withEntry) {
  const chunkSizes = sizesOf(chunk.code);
  gzip += chunkSizes.gzip;
  console.log(`  + loaded with it: ${sizeLine(`dist/cdn/${chunk.fileName}`, chunkSizes)} (${chunkSizes.gzip} bytes gzip)`);
}
console.log(`what a page loads: ${gzip} bytes gzip`);
for (const chunk of lazy) {
  const chunkSizes = sizesOf(chunk.code);
  console.log(`  lazy ${sizeLine(`dist/cdn/${chunk.fileName}`, chunkSizes)} (${chunkSizes.gzip} bytes gzip)`);
}
console.log(`issue 6 goal: ${kB(GOAL_GZIP)} gzip (see \`npm run bench\`)`);
if (gzip > BUDGET_GZIP) {
  console.error(`Over budget: ${kB(gzip)} gzip is more than the ${kB(BUDGET_GZIP)} allowed (BUDGET_GZIP in scripts/lib/size.mjs).`);
  process.exit(1);
}
console.log(`within budget: ${kB(BUDGET_GZIP)} gzip, ${kB(BUDGET_GZIP - gzip)} to spare`);
