// WCAG 1.4.11: borders that are a control's only edge, focus rings and state indicators need 3:1
// against what they sit on. Computed from the browser's own styles, in the light and dark themes.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

/** `rgb(r, g, b)` or `rgba(r, g, b, 1)` as three 0–255 numbers. */
function rgb(color: string): [number, number, number] {
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  if (parts.length < 3 || (parts.length > 3 && parts[3] !== 1)) throw new Error(`not an opaque colour: ${color}`);
  return [parts[0]!, parts[1]!, parts[2]!];
}

/** WCAG 2 relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const style = (element: Element) => getComputedStyle(element);

describe('a11y: 3:1 contrast of borders, focus rings and state indicators', () => {
  it('the contrast function agrees with WCAG', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.01);
    expect(contrast('rgb(175, 184, 193)', 'rgb(255, 255, 255)')).to.be.closeTo(2.01, 0.01);
    expect(contrast('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).to.be.closeTo(4.48, 0.01);
  });

  useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh));

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      const checks: Array<[string, string, string]> = [];
      const check = (what: string, fore: string, back: string) => checks.push([what, fore, back]);
      const failing = () =>
        checks
          .map(([what, fore, back]) => ({ what, ratio: contrast(fore, back), fore, back }))
          .filter(({ ratio }) => ratio < 3)
          .map(({ what, ratio, fore, back }) => `${what}: ${ratio.toFixed(2)}:1 (${fore} on ${back})`);

      beforeEach(() => (checks.length = 0));

      it('<ringcx-login>: input and button edges, invalid fields, the focus ring, the pressed toggle', async () => {
        const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client} theme=${theme}></ringcx-login>`);
        await waitUntil(() => el.querySelector('form'), 'the form');
        const surface = style(el).backgroundColor;
        const username = el.querySelector<HTMLInputElement>('[name="username"]')!;
        const toggle = el.querySelector<HTMLButtonElement>('.ringcx-login__toggle')!;
        check('input border on the surface', style(username).borderTopColor, surface);
        check('input border on its own background', style(username).borderTopColor, style(username).backgroundColor);
        check('secondary button border', style(toggle).borderTopColor, surface);
        username.focus();
        check('focus ring', style(username).outlineColor, surface);
        toggle.click();
        await el.updateComplete;
        check('pressed toggle edge on its background', style(toggle).borderTopColor, style(toggle).backgroundColor);
        check('pressed toggle edge on the surface', style(toggle).borderTopColor, surface);
        el.querySelector('form')!.requestSubmit();
        await waitUntil(() => username.getAttribute('aria-invalid') === 'true', 'marked invalid');
        check('invalid input border', style(username).borderTopColor, surface);
        expect(failing()).to.deep.equal([]);
      });

      it('<ringcx-token-list>: button edges', async () => {
        await client.login(DEMO_CREDENTIALS);
        await client.createApiToken();
        const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client} theme=${theme}></ringcx-token-list>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]'), 'the list');
        const surface = style(el).backgroundColor;
        const reload = el.shadowRoot!.querySelector('[data-ref="reload"]')!;
        const remove = el.shadowRoot!.querySelector('[data-ref="delete"]')!;
        check('secondary button border', style(reload).borderTopColor, surface);
        check('delete button border', style(remove).borderTopColor, surface);
        expect(failing()).to.deep.equal([]);
      });

      it('<ringcx-accounts>: the list edge, the selected row\'s edge, the focus ring on the active row', async () => {
        await client.login(DEMO_CREDENTIALS);
        const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client} theme=${theme}></ringcx-accounts>`);
        await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'the list');
        const surface = style(el).backgroundColor;
        const list = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
        const filter = el.shadowRoot!.querySelector('#filter')!;
        const label = el.shadowRoot!.querySelector('[part="group-label"]')!;
        check('list border', style(list).borderTopColor, surface);
        check('filter border', style(filter).borderTopColor, surface);
        check('group label border on its background', style(label).borderBottomColor, style(label).backgroundColor);
        const first = el.shadowRoot!.querySelector('[role="option"]')!;
        el.selectedAccountId = first.querySelector('[part="option-id"]')!.textContent!;
        await el.updateComplete;
        list.focus();
        await el.updateComplete;
        const selected = el.shadowRoot!.querySelector('[aria-selected="true"]')!;
        check('selected row edge on its background', style(selected).borderInlineStartColor, style(selected).backgroundColor);
        check('selected row edge on the list', style(selected).borderInlineStartColor, style(list).backgroundColor);
        const active = el.shadowRoot!.querySelector('[part~="option-active"]')!;
        expect(style(active).outlineStyle).to.equal('solid');
        check('focus ring on the active row', style(active).outlineColor, style(active).backgroundColor);
        expect(failing()).to.deep.equal([]);
      });
    });
  }
});
