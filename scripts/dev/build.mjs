// `npm run build`: the npm build (tsc: ESM + .d.ts, dependencies left as imports) and the one-file
// CDN build (Vite), then the CDN file's sizes.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { sizeLine, sizesOf } from '../lib/size.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'cdn', '--logLevel', 'warn']);

const file = 'dist/cdn/ringcx-elements.js';
console.log(sizeLine(file, sizesOf(readFileSync(file))));
