// `npm run build`: the npm build (tsc: ESM + .d.ts, dependencies left as imports) and the CDN build
// (Vite: dist/cdn/ringcx-elements.js, login.js, token-list.js, accounts.js and their shared
// chunks), then each CDN file's sizes. `npm run size` adds up what a page downloads per entry.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { sizeLine, sizesOf } from '../lib/size.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'cdn', '--logLevel', 'warn']);

for (const name of readdirSync('dist/cdn').sort()) {
  const file = `dist/cdn/${name}`;
  console.log(sizeLine(file, sizesOf(readFileSync(file))));
}
