import { controlsCss, themeCss } from '../shared/theme.js';

// The form lives in the light DOM (password managers do not look into shadow roots), so its
// styles are scoped by the tag name and adopted into the document or the enclosing shadow root.
const css = `
${themeCss('ringcx-login')}
${controlsCss('ringcx-login')}
ringcx-login { max-inline-size: var(--ringcx-login-width, 24rem); }
ringcx-login .ringcx-login__title { margin: 0 0 0.75rem; font-size: 1.125em; font-weight: 600; }
ringcx-login .ringcx-login__form { display: grid; gap: 0.75rem; margin: 0; }
ringcx-login .ringcx-login__field { display: grid; gap: 0.25rem; }
ringcx-login .ringcx-login__field label { font-weight: 500; }
ringcx-login .ringcx-login__password { display: flex; gap: 0.375rem; }
ringcx-login .ringcx-login__password input { flex: 1; min-inline-size: 0; }
ringcx-login input[aria-invalid='true'] { border-color: var(--_danger); }
ringcx-login .ringcx-login__error:empty { display: none; }
ringcx-login .ringcx-login__error { margin: 0; }
ringcx-login .ringcx-login__submit { justify-self: start; }
ringcx-login .ringcx-login__signed-in { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; justify-content: space-between; }
ringcx-login .ringcx-login__who { margin: 0; }
ringcx-login .ringcx-login__who strong { overflow-wrap: anywhere; }
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
