// The look every element shares: design tokens as `--ringcx-*` custom properties with neutral
// defaults, a dark set for `prefers-color-scheme: dark` or `theme="dark"`, and reduced motion.
// Built as text so the light-DOM login form can use the same tokens under its tag name.

/** Each colour token's light and dark default; pages set `--ringcx-color-<name>`. */
const colours: Record<string, [light: string, dark: string]> = {
  text: ['#1f2328', '#e6edf3'],
  muted: ['#57606a', '#9da7b3'],
  surface: ['#ffffff', '#161b22'],
  subtle: ['#f6f8fa', '#0d1117'],
  border: ['#7d8590', '#6e7681'],
  accent: ['#0b5cad', '#58a6ff'],
  'on-accent': ['#ffffff', '#0d1117'],
  danger: ['#b42318', '#ff7b72'],
  success: ['#1a7f37', '#56d364'],
  selected: ['#ddeeff', '#1f3a5f'],
  focus: ['#0b5cad', '#58a6ff'],
};

/** Every colour token in one scheme (0: light, 1: dark): `--_<name>: var(--ringcx-color-<name>, <default>);`. */
const tokens = (scheme: 0 | 1) =>
  Object.entries(colours)
    .map(([name, defaults]) => `--_${name}: var(--ringcx-color-${name}, ${defaults[scheme]});`)
    .join(' ');
const light = tokens(0);
const dark = tokens(1);

// Inherited properties reach the elements' words from the page: from `body`, or from a rule such
// as `* { letter-spacing: 1px }` that matches the element itself. Each is set here, so the words
// look the same on any page; pages theme them through `--ringcx-*` and `::part()` instead.
// (`text-decoration` is not inherited but painted through, and no descendant can undo it.)
const words = `
  font-family: var(--ringcx-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  font-size: var(--ringcx-font-size, 0.9375rem);
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  font-stretch: normal;
  font-kerning: auto;
  font-feature-settings: normal;
  font-variation-settings: normal;
  font-size-adjust: none;
  line-height: 1.45;
  color: var(--_text);
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-indent: 0;
  text-align: start;
  text-shadow: none;
  white-space: normal;
  word-break: normal;
  overflow-wrap: normal;
  hyphens: manual;
  cursor: auto;
`;

/**
 * Those text properties, each with `priority` when given: a page's rules for a shadow host, even
 * `*`, beat the host's own `:host` rules unless those are `!important`.
 */
export function wordsCss(priority = ''): string {
  return priority ? words.replaceAll(';', ` ${priority};`) : words;
}

/**
 * Tokens and colour schemes. `host` is `:host` in a shadow root, or a tag name for light-DOM
 * styles; `hostWith` adds an attribute condition in the form each needs.
 */
export function themeCss(host: string): string {
  const hostWith = (condition: string) => (host === ':host' ? `:host(${condition})` : `${host}${condition}`);
  return `
${host} {
  ${light}
  display: block;
  box-sizing: border-box;
  background: var(--_surface);
  border: 1px solid var(--_border);
  border-radius: var(--ringcx-radius, 8px);
  padding: var(--ringcx-padding, 1rem);
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  ${hostWith(":not([theme='light'])")} { ${dark} color-scheme: dark; }
}
${hostWith("[theme='dark']")} { ${dark} color-scheme: dark; }
${hostWith('[hidden]')} { display: none; }
`;
}

/**
 * Buttons, inputs, messages and helpers, for selectors scoped under `scope`. In forced colours the
 * focus ring takes the system's Highlight, disabled buttons GrayText, and a pressed toggle a thicker
 * Highlight edge (its background is gone).
 */
export function controlsCss(scope: string): string {
  return `
${scope} *, ${scope} *::before, ${scope} *::after { box-sizing: border-box; }
${scope} button {
  font: inherit;
  min-height: 2.25rem;
  padding: 0.375rem 0.875rem;
  border-radius: calc(var(--ringcx-radius, 8px) - 2px);
  border: 1px solid var(--_border);
  background: var(--_surface);
  color: var(--_text);
  cursor: pointer;
}
${scope} button.primary { background: var(--_accent); border-color: var(--_accent); color: var(--_on-accent); font-weight: 600; }
${scope} button.danger { color: var(--_danger); border-color: var(--_danger); }
${scope} button.danger.primary { background: var(--_danger); color: var(--_surface); }
${scope} button:disabled, ${scope} button[aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
${scope} :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }
${scope} input {
  font: inherit;
  width: 100%;
  min-height: 2.25rem;
  padding: 0.375rem 0.625rem;
  border: 1px solid var(--_border);
  border-radius: calc(var(--ringcx-radius, 8px) - 2px);
  background: var(--_surface);
  color: var(--_text);
}
${scope} .muted { color: var(--_muted); }
${scope} .error { color: var(--_danger); }
${scope} .error:empty { display: none; }
/* Not display: none: a live region that leaves the accessibility tree may not announce its next words. */
${scope} .status:empty { position: absolute; width: 1px; height: 1px; margin: 0; overflow: hidden; clip: rect(0 0 0 0); }
${scope} .visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
${scope} .spinner {
  display: inline-block; width: 1em; height: 1em; vertical-align: -0.15em;
  border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%;
  animation: ringcx-spin 0.8s linear infinite;
}
@keyframes ringcx-spin { to { transform: rotate(360deg); } }
@media (forced-colors: active) {
  ${scope} :focus-visible { outline-color: Highlight; }
  ${scope} button:disabled, ${scope} button[aria-disabled='true'] { color: GrayText; border-color: GrayText; opacity: 1; }
  ${scope} button[aria-pressed='true'] { border-width: 3px; border-color: Highlight; }
}
@media (prefers-reduced-motion: reduce) {
  ${scope} .spinner { animation-duration: 3s; }
  ${scope} * { transition: none !important; }
}
`;
}
