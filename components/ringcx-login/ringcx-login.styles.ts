import { controlsCss, themeCss, wordsCss } from '../shared/theme.js';

// The form lives in the light DOM (password managers do not look into shadow roots), so its
// styles are scoped by the tag name and adopted into the document or the enclosing shadow root.
//
// There the page's own styles reach it too (`button { text-transform: uppercase }`, resets,
// Bootstrap). So every element inside starts from the browser's defaults (`all: revert` drops
// every page rule it outranks), the words' inherited properties are set on the element, and the
// rules after that set everything the design depends on. `:defined` lifts each rule one class
// above a page's type selectors: `ringcx-login:defined button` (0,1,2) beats `button`, `form
// button`, `input[type='text']` and `.sidebar p`; adopted sheets come after the page's, so ties
// go to these rules. A page's ID selectors and `!important` still win.
const scope = 'ringcx-login:defined';

const css = `
${themeCss('ringcx-login')}
${scope} { ${wordsCss()} }
${scope} *, ${scope} *::before, ${scope} *::after { all: revert; }
${controlsCss(scope)}
ringcx-login { max-inline-size: var(--ringcx-login-width, 24rem); position: relative; }
${scope} .ringcx-login__title { margin: 0 0 0.75rem; font-size: 1.125em; font-weight: 600; }
${scope} .ringcx-login__form { display: grid; gap: 0.75rem; margin: 0; }
${scope} .ringcx-login__field { display: grid; gap: 0.25rem; }
${scope} .ringcx-login__field label { font-weight: 500; }
${scope} .ringcx-login__password { display: flex; gap: 0.375rem; }
${scope} .ringcx-login__password input { flex: 1; min-inline-size: 0; }
${scope} input[aria-invalid='true'] { border-color: var(--_danger); }
${scope} .ringcx-login__toggle[aria-pressed='true'] { background: var(--_selected); border-color: var(--_accent); }
${scope} .ringcx-login__error { margin: 0; }
${scope} .ringcx-login__submit { justify-self: start; }
${scope} .ringcx-login__signed-in { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; justify-content: space-between; }
${scope} .ringcx-login__who { margin: 0; }
${scope} .ringcx-login__who strong { overflow-wrap: anywhere; }
${scope} .ringcx-login__ringcentral { display: grid; gap: 0.5rem; margin: 0 0 0.75rem; }
${scope} .ringcx-login__ringcentral-button { justify-self: stretch; }
${scope} .ringcx-login__or { margin: 0 0 0.5rem; }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the login styles once to the document or shadow root the element sits in. */
export function adoptLoginStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
