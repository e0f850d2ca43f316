// `npm run check:structure`: the shape ARCHITECTURE.md promises, checked in CI.
// - the import graph of src/ and components/ (type imports included) has no cycle;
// - nothing in src/ imports from components/;
// - no file in src/ or components/ is over 300 lines;
// - every runtime dependency in package.json is imported somewhere in src/ or components/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const MAX_LINES = 300;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const sources = [...files(join(root, 'src')), ...files(join(root, 'components'))];
const IMPORT = /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
const graph = new Map();
const packagesUsed = new Set();
const problems = [];

for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) problems.push(`${relative(root, file)} has ${lines} lines (at most ${MAX_LINES})`);
  const edges = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
      const found = [target, target.replace(/\.ts$/, '.tsx')].find((candidate) => sources.includes(candidate));
      if (found) edges.push(found);
    } else {
      packagesUsed.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
    }
  }
  graph.set(file, edges);
  const fromSrc = relative(root, file).startsWith('src');
  for (const target of edges) {
    if (fromSrc && relative(root, target).startsWith('components')) {
      problems.push(`${relative(root, file)} imports ${relative(root, target)}: src/ must not depend on components/`);
    }
  }
}

// Depth-first search with colours; a grey node reached again closes a cycle.
const colour = new Map();
function visit(file, path) {
  colour.set(file, 'grey');
  for (const next of graph.get(file) ?? []) {
    if (colour.get(next) === 'grey') {
      const cycle = [...path.slice(path.indexOf(next)), next].map((f) => relative(root, f));
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (!colour.has(next)) visit(next, [...path, next]);
  }
  colour.set(file, 'black');
}
for (const file of sources) if (!colour.has(file)) visit(file, [file]);

const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const name of Object.keys(dependencies)) {
  if (!packagesUsed.has(name)) problems.push(`dependency ${name} is never imported by src/ or components/`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check:structure: ${sources.length} files, no import cycle, no src/ -> components/ import, none over ${MAX_LINES} lines, every dependency used.`,
);
