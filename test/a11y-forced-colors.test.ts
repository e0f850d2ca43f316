// Forced colours (Windows High Contrast): the page's colours are replaced by a few system colours
// and backgrounds are dropped, so a selection shown only by a background disappears. Two checks:
// - in every engine, the stylesheets (CSSOM) hold `@media (forced-colors: active)` rules that give
//   the selected option, the focus rings and disabled buttons system colours;
// - where the engine can emulate forced colours (Chromium through Playwright: `emulateMedia` with
//   `forcedColors`, which Firefox and WebKit here do not offer), the computed styles show the
//   selected row in Highlight, unlike the others, with a ring that differs from what it is on.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import { RingCxClient } from '../src/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

/** The style rules inside `@media (forced-colors: active)` in `sheets`. */
function forcedColorRules(sheets: readonly CSSStyleSheet[]): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.cssText.includes('forced-colors')) {
        found.push(...[...rule.cssRules].filter((inner): inner is CSSStyleRule => inner instanceof CSSStyleRule));
      }
    }
  }
  return found;
}

/** The value `property` gets from the forced-colour rules whose selector contains every one of `parts`. */
function forcedValue(rules: CSSStyleRule[], parts: string[], property: string): string {
  const values = rules
    .filter((rule) => parts.every((part) => rule.selectorText.replaceAll('"', "'").includes(part)))
    .map((rule) => rule.style.getPropertyValue(property).trim())
    .filter(Boolean);
  return values.at(-1) ?? '';
}

/** What a system colour keyword computes to here. */
function systemColour(keyword: string): string {
  const probe = document.createElement('div');
  probe.style.cssText = `color: ${keyword}; forced-color-adjust: none`;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('a11y: forced colours', () => {
  useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh), { signedIn: true });

  async function accounts(): Promise<RingCxAccounts> {
    const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length > 1, 'the list');
    const first = el.shadowRoot!.querySelector('[role="option"] [part="option-id"]')!;
    el.selectedAccountId = first.textContent!;
    await el.updateComplete;
    return el;
  }

  it('the stylesheets give the selected option, the rows\' edges and the focus rings system colours', async () => {
    const el = await accounts();
    const rules = forcedColorRules(el.shadowRoot!.adoptedStyleSheets);
    expect(forcedValue(rules, ["[aria-selected='true']"], 'background-color'), 'selected row background').to.equal('highlight');
    expect(forcedValue(rules, ["[aria-selected='true']"], 'color'), 'selected row text').to.equal('highlighttext');
    const unselected = rules.find((rule) => rule.selectorText.replaceAll('"', "'") === "[part~='option']");
    expect(unselected?.style.getPropertyValue('border-inline-start-color'), 'unselected rows\' edge').to.equal('canvas');
    expect(forcedValue(rules, ['option-active'], 'outline-color'), 'the active row\'s ring').to.match(/canvastext|highlighttext/);
    expect(forcedValue(rules, [':focus-visible'], 'outline-color'), 'focus ring').to.equal('highlight');
    expect(forcedValue(rules, ['button:disabled'], 'color'), 'disabled buttons').to.equal('graytext');

    const login = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
    await waitUntil(() => login.querySelector('button'), 'the element');
    const loginRules = forcedColorRules(document.adoptedStyleSheets);
    expect(forcedValue(loginRules, ['ringcx-login', ':focus-visible'], 'outline-color'), 'login focus ring').to.equal('highlight');
    expect(forcedValue(loginRules, ['ringcx-login', "[aria-pressed='true']"], 'border-color'), 'pressed toggle').to.equal('highlight');
  });

  it('emulated forced colours: the selected row stands out in Highlight, the ring shows (Chromium)', async function () {
    try {
      await emulateMedia({ forcedColors: 'active' } as never);
    } catch {
      // Not offered by this engine's launcher; the CSSOM test above covers it.
    }
    if (!matchMedia('(forced-colors: active)').matches) this.skip();
    try {
      const el = await accounts();
      const options = [...el.shadowRoot!.querySelectorAll('[role="option"]')];
      const selected = options.find((option) => option.getAttribute('aria-selected') === 'true')!;
      const other = options.find((option) => option.getAttribute('aria-selected') === 'false')!;
      expect(getComputedStyle(selected).backgroundColor).to.equal(systemColour('Highlight'));
      expect(getComputedStyle(selected).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
      expect(getComputedStyle(other).borderInlineStartColor, 'no dark edge on every row').to.equal(systemColour('Canvas'));
      el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!.focus();
      await el.updateComplete;
      const active = el.shadowRoot!.querySelector('[part~="option-active"]')!;
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      expect(getComputedStyle(active).outlineColor).not.to.equal(getComputedStyle(active).backgroundColor);
      const retryLike = el.shadowRoot!.querySelector('#filter')!;
      expect(getComputedStyle(retryLike).borderTopColor).not.to.equal(getComputedStyle(retryLike).backgroundColor);
    } finally {
      await emulateMedia({ forcedColors: 'none' } as never);
    }
  });
});
