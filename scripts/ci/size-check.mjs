// `npm run size`: the CDN file's size against its budget, for CI. Builds the file in memory exactly
// as `vite build --mode cdn` does (about a second; dist/ is left alone), prints its figures and
// exits 1 when its gzip size is over the budget (scripts/lib/size.mjs). The lazy chunks beside it
// (fetched only by pages that use them: the locale bundles, the RingCentral sign-in flow) are
// listed on their own, outside the budget.
import { buildCdnChunks } from '../lib/bundle.mjs';
import { BUDGET_GZIP, GOAL_GZIP, kB, sizeLine, sizesOf } from '../lib/size.mjs';

const { entry, lazy } = await buildCdnChunks();
const sizes = sizesOf(entry);
console.log(`${sizeLine('dist/cdn/ringcx-elements.js', sizes)} (${sizes.gzip} bytes gzip)`);
for (const chunk of lazy) {
  const chunkSizes = sizesOf(chunk.code);
  console.log(`  lazy ${sizeLine(`dist/cdn/${chunk.fileName}`, chunkSizes)} (${chunkSizes.gzip} bytes gzip)`);
}
console.log(`issue 6 goal: ${kB(GOAL_GZIP)} gzip (see \`npm run bench\`)`);
if (sizes.gzip > BUDGET_GZIP) {
  console.error(`Over budget: ${kB(sizes.gzip)} gzip is more than the ${kB(BUDGET_GZIP)} allowed (BUDGET_GZIP in scripts/lib/size.mjs).`);
  process.exit(1);
}
console.log(`within budget: ${kB(BUDGET_GZIP)} gzip, ${kB(BUDGET_GZIP - sizes.gzip)} to spare`);
