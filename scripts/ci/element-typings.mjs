// components/jsx.ts and types/vue.d.ts, generated from custom-elements.json: each element's tag,
// class, own attributes and events. `npm run manifest` writes them after the manifest;
// `npm run manifest:check` (`--check`) exits 1 when either differs from what the manifest gives.
// `npm run typecheck` then checks both against React's and Vue's own types.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** The elements, sorted by tag: tag, class, registration module, own attributes and properties, events. */
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ module, d })))
  .map(({ module, d }) => ({
    tag: d.tagName,
    name: d.name,
    from: `./${module.path.replace(/^components\//, '').replace(/(\.component)?\.ts$/, '.js')}`,
    attributes: (d.attributes ?? []).filter((a) => !a.inheritedFrom && a.fieldName),
    // Own public properties with no attribute (objects such as `labels`): set as properties.
    properties: (d.members ?? [])
      .filter((m) => m.kind === 'field' && !m.inheritedFrom && !m.static && !m.readonly && !m.attribute)
      .filter((m) => (m.privacy ?? 'public') === 'public')
      .map((m) => m.name),
    events: (d.events ?? []).map((e) => e.name),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const union = (names) => names.map((name) => `'${name}'`).join(' | ');
const generated = '// Generated from custom-elements.json by scripts/ci/element-typings.mjs (`npm run manifest`): do not edit.\n';

function jsx() {
  const props = elements.map(({ name, attributes, properties, events }) => {
    const own = attributes.map((a) => `  '${a.name}'?: string;\n`).join('');
    const objects = properties.length > 0 ? ` & Partial<Pick<${name}, ${union(properties)}>>` : '';
    return `export type ${name}Props = RingCxElementProps<${name}>${objects} & {\n${own}} & RingCxEventProps<${union(events)}>;\n`;
  });
  return `${generated}// Types only: teaches TSX in React 19 the three tags, their attributes, properties and events.
// A React project imports it once, anywhere:
//
//   import type {} from 'ringcx-elements/jsx';
//
// React 19 sets a property when the element has one of that name (\`client\`, \`strings\`), an
// attribute otherwise (\`base-url\`), and listens to an event for \`on\` + its exact name
// (\`onringcx-login\`). Import the elements (\`ringcx-elements/elements\`) before the first render,
// so that React finds the properties.
import type { ClassAttributes, HTMLAttributes } from 'react';
${elements.map(({ name, from }) => `import type { ${name} } from '${from}';\n`).join('')}import type { RingCxEvent, RingCxEventName } from './shared/events.js';

/** \`onringcx-login\` and the like, for the events named. */
export type RingCxEventProps<Name extends RingCxEventName> = {
  [K in Name as \`on\${K}\`]?: (event: RingCxEvent<K>) => void;
};

/** What every element takes: HTML attributes, the shared properties, \`base-url\` and \`heading-level\`. */
export type RingCxElementProps<E extends ${elements.map((e) => e.name).join(' | ')}> = ClassAttributes<E> &
  HTMLAttributes<E> &
  Partial<Pick<E, 'client' | 'strings' | 'persistence' | 'theme' | 'landmark'>> & {
    'base-url'?: string;
    'heading-level'?: number | string;
  };

${props.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map(({ tag, name }) => `      '${tag}': ${name}Props;\n`).join('')}    }
  }
}
`;
}

function vue() {
  const components = elements.map(({ tag, name, attributes, properties, events }) => {
    const props = ['Shared', ...attributes.map((a) => `'${a.fieldName}'`), ...properties.map((p) => `'${p}'`)].join(' | ');
    return `    '${tag}': VueElement<${name}, ${props}, ${union(events)}>;\n`;
  });
  return `${generated}// Types only: teaches Vue 3 templates (vue-tsc, the Vue language tools) the three tags, their
// properties and events. A Vue project imports it once, anywhere:
//
//   import type {} from 'ringcx-elements/vue';
//
// Tell Vue's compiler that \`ringcx-*\` tags are custom elements
// (\`compilerOptions.isCustomElement: (tag) => tag.startsWith('ringcx-')\`), then bind properties
// and listen to the events by their names:
//
//   <ringcx-login .client="client" @ringcx-login="onLogin" />
//
// The shape is the one Vue's guide gives for custom elements ("Web Components and TypeScript"):
// a constructor whose instance has \`$props\` and \`$emit\`, which is what vue-tsc reads from
// \`GlobalComponents\`. test/types/vue-typings.ts checks this file against Vue's own types in
// \`npm run typecheck\`; there, tsconfig.json's \`paths\` point \`ringcx-elements/elements\` at the
// sources instead of dist/.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ${[...elements.map((e) => e.name), 'RingCxEvent', 'RingCxEventName'].sort().join(', ')} } from 'ringcx-elements/elements';

/** A Vue component type for an element: the properties named, HTML attributes, and its events. */
type VueElement<E extends HTMLElement, Props extends keyof E, Events extends RingCxEventName> = new () => E & {
  /** @deprecated For template type checking only; it does not exist on the element. */
  $props: HTMLAttributes & PublicProps & Partial<Pick<E, Props>>;
  /** @deprecated For template type checking only; it does not exist on the element. */
  $emit: EmitFn<{ [K in Events]: (event: RingCxEvent<K>) => void }>;
};

type Shared = 'client' | 'strings' | 'baseUrl' | 'persistence' | 'theme' | 'headingLevel' | 'landmark';

declare module 'vue' {
  interface GlobalComponents {
${components.join('')}  }
}
`;
}

const files = { 'components/jsx.ts': jsx(), 'types/vue.d.ts': vue() };
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([path, text]) => readFileSync(path, 'utf8') !== text);
  for (const [path] of stale) console.error(`${path} is stale: run \`npm run manifest\`.`);
  if (stale.length > 0) process.exit(1);
  console.log(`${Object.keys(files).join(' and ')} up to date.`);
} else {
  for (const [path, text] of Object.entries(files)) writeFileSync(path, text);
  console.log(`Wrote ${Object.keys(files).join(' and ')}.`);
}
