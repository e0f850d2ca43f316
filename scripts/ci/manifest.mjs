// custom-elements.json from the elements' JSDoc (config: custom-elements-manifest.config.mjs).
//   node scripts/ci/manifest.mjs              writes custom-elements.json
//   node scripts/ci/manifest.mjs --check      exits 1 when custom-elements.json, or README.md's API
//                                          tables between <!-- api:start --> and <!-- api:end -->,
//                                          differ from what the sources give now
//   node scripts/ci/manifest.mjs --markdown   prints the API tables (Markdown) for the README
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const MANIFEST = 'custom-elements.json';
const README = 'README.md';
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

/** Runs the analyzer with the config file, in memory. */
async function generate() {
  const manifest = await cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
    noWrite: true,
  });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The custom-element declarations, in the order components/index.ts exports them. */
function elementsOf(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  const index = manifest.modules.find((module) => module.path === 'components/index.ts');
  const order = (index?.exports ?? []).map((entry) => entry.name);
  const rank = (name) => (order.includes(name) ? order.indexOf(name) : order.length);
  return elements.sort((a, b) => rank(a.name) - rank(b.name));
}

/** Text safe inside a Markdown table cell. */
function cell(text) {
  if (text === undefined || text === null || text === '') return '';
  return String(text).replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
}

/** Inline code, safe inside a table cell. */
function code(text) {
  return text ? `\`${cell(text)}\`` : '';
}

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, headers, rows) {
  const lines = table(headers, rows);
  return lines.length === 0 ? [] : [`#### ${title}`, '', ...lines];
}

const isPublic = (member) => !member.static && (member.privacy ?? 'public') === 'public';

/** `CustomEvent<{ token: string }>` -> `{ token: string }`. */
function detailType(type) {
  const match = /^CustomEvent<([\s\S]*)>$/.exec(type ?? '');
  return match ? match[1] : (type ?? '');
}

function signature(method) {
  const params = (method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`)
    .join(', ');
  return `${method.name}(${params})${method.return?.type ? `: ${method.return.type.text}` : ''}`;
}

function elementMarkdown(element) {
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));

  const properties = fields.map((field) => {
    const attribute = attributes.find((a) => a.fieldName === field.name);
    const attr = attribute ? code(attribute.name) + (field.reflects ? ' (reflected)' : '') : '';
    return [code(field.name), attr, code(field.type?.text), code(field.default), cell(field.description)];
  });

  return [
    `### \`<${element.tagName}>\``,
    '',
    ...(element.summary ? [cell(element.summary), ''] : []),
    ...section('Properties', ['Property', 'Attribute', 'Type', 'Default', 'Description'], properties),
    ...section(
      'Methods',
      ['Method', 'Description'],
      methods.map((m) => [code(signature(m)), cell(m.description)]),
    ),
    ...section(
      'Events',
      ['Event', 'Detail', 'Description'],
      (element.events ?? []).map((e) => [code(e.name), code(detailType(e.type?.text)), cell(e.description)]),
    ),
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ].join('\n');
}

/** The API tables of every element, as Markdown. */
function markdown(manifestText) {
  return `${elementsOf(JSON.parse(manifestText)).map(elementMarkdown).join('\n').trimEnd()}\n`;
}

/** The README's text between the API markers, or undefined when it has none. */
function readmeTables() {
  if (!existsSync(README)) return undefined;
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) return undefined;
  return readme.slice(start + START.length, end);
}

const fresh = await generate();

if (process.argv.includes('--markdown')) {
  process.stdout.write(markdown(fresh));
} else if (process.argv.includes('--check')) {
  const stale = [];
  const committed = existsSync(MANIFEST) ? readFileSync(MANIFEST, 'utf8') : '';
  if (committed !== fresh) stale.push(`${MANIFEST} is stale: run \`npm run manifest\`.`);
  const tables = readmeTables();
  if (tables !== undefined && tables.trim() !== markdown(fresh).trim()) {
    stale.push(
      `${README}: the API tables between ${START} and ${END} are stale: paste the output of \`node scripts/ci/manifest.mjs --markdown\` there.`,
    );
  }
  if (stale.length > 0) {
    for (const line of stale) console.error(line);
    process.exit(1);
  }
  const readmeNote = tables === undefined ? ` (${README} has no API markers: not checked)` : ` and the ${README} API tables`;
  console.log(`${MANIFEST}${readmeNote} up to date.`);
} else {
  writeFileSync(MANIFEST, fresh);
  console.log(`Wrote ${MANIFEST}.`);
}
