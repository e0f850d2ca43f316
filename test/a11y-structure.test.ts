// Headings, landmarks, names and wording that axe cannot judge.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { maskToken, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

/** Each heading as "level text". */
function headings(root: ParentNode): string[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((node) => {
    const level = node.getAttribute('aria-level') ?? node.localName.slice(1);
    return `${level} ${node.textContent!.trim()}`;
  });
}

const landmarks = (root: ParentNode): number => root.querySelectorAll('section, [role="region"]:not([part~="new-token"]), form[aria-labelledby]').length;

describe('a11y: structure and wording', () => {
  const { mock } = useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh));

  describe('headings and landmarks', () => {
    it('<ringcx-login>: a real heading at level 2, or the level the page asks; a landmark only when asked', async () => {
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
      await waitUntil(() => el.querySelector('form'), 'the form');
      expect(headings(el)).to.deep.equal(['2 Sign in to RingCX']);
      expect(landmarks(el)).to.equal(0);
      el.headingLevel = 3;
      el.landmark = true;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['3 Sign in to RingCX']);
      expect(landmarks(el)).to.equal(1);
      await expectNoAxeViolations(el);
    });

    it('<ringcx-token-list>: heading-level sets the title and the panel below it; no section unless asked', async () => {
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxTokenList>(
        html`<ringcx-token-list .client=${client} heading-level="4"></ringcx-token-list>`,
      );
      await waitUntil(() => el.shadowRoot!.textContent!.includes('No API tokens yet.'), 'the list');
      expect(headings(el.shadowRoot!)).to.deep.equal(['4 API tokens']);
      expect(landmarks(el.shadowRoot!)).to.equal(0);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="new-token"]'), 'the panel');
      expect(headings(el.shadowRoot!)).to.deep.equal(['4 API tokens', '5 Your new API token']);
      el.setAttribute('landmark', '');
      await el.updateComplete;
      expect(landmarks(el.shadowRoot!)).to.equal(1);
      await expectNoAxeViolations(el);
    });

    it('<ringcx-accounts>: has a heading, at heading-level', async () => {
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client} heading-level="3"></ringcx-accounts>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="listbox"]'), 'the list');
      expect(headings(el.shadowRoot!)).to.deep.equal(['3 Accounts']);
      expect(landmarks(el.shadowRoot!)).to.equal(0);
      await expectNoAxeViolations(el);
    });
  });

  describe('<ringcx-login>', () => {
    it('the password toggle keeps its name; only aria-pressed changes', async () => {
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
      await waitUntil(() => el.querySelector('form'), 'the form');
      const toggle = el.querySelector<HTMLButtonElement>('.ringcx-login__toggle')!;
      const name = () => toggle.getAttribute('aria-label') ?? toggle.textContent!.trim();
      expect([name(), toggle.getAttribute('aria-pressed')]).to.deep.equal(['Show password', 'false']);
      toggle.click();
      await el.updateComplete;
      expect([name(), toggle.getAttribute('aria-pressed')]).to.deep.equal(['Show password', 'true']);
    });

    it('marks every blank field and names each, a blank platform ID as missing', async () => {
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
      await waitUntil(() => el.querySelector('form'), 'the form');
      el.querySelector('form')!.requestSubmit();
      await waitUntil(() => el.querySelector('[role="alert"]')!.textContent!.trim(), 'the message');
      const marked = [...el.querySelectorAll('input')].filter((i) => i.getAttribute('aria-invalid') === 'true').map((i) => i.name);
      expect(marked).to.deep.equal(['username', 'password', 'platformId']);
      expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
        'Enter your email or username. Enter your password. Enter your platform ID.',
      );
      expect(mock.counts.login).to.equal(0);
    });
  });

  describe('<ringcx-token-list>', () => {
    it('the new-token panel says the truth and ties its warning to the panel and its Copy button', async () => {
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[data-ref="create"]'), 'the list');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
      const panel = await waitUntil(() => el.shadowRoot!.querySelector('[part~="new-token"]'), 'the panel').then(
        () => el.shadowRoot!.querySelector('[part~="new-token"]')!,
      );
      expect(panel.textContent).not.to.match(/will not be shown again/);
      const warning = el.shadowRoot!.getElementById(panel.getAttribute('aria-describedby')!)!;
      expect(warning.textContent).to.contain('keep it like a password');
      const copy = el.shadowRoot!.querySelector('[data-ref="new-token-copy"]')!;
      expect(copy.getAttribute('aria-describedby')).to.equal(warning.id);
    });

    it('shows the page\'s labels and marks tokens made on this page "New", after the panel closes and in a new element', async () => {
      await client.login(DEMO_CREDENTIALS);
      const old = (await client.createApiToken())!;
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client} .labels=${{ [old]: 'CI server' }}></ringcx-token-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]'), 'the list');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="new-token"]'), 'the panel');
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Done')!.click();
      await el.updateComplete;
      const rows = () =>
        [...el.shadowRoot!.querySelectorAll('[part~="row"]')].map((row) =>
          [row.querySelector('[part~="label"]')?.textContent ?? '', row.querySelector('[part~="new-marker"]')?.textContent ?? ''].join('|'),
        );
      expect(rows()).to.deep.equal(['CI server|', '|New']);
      const names = [...el.shadowRoot!.querySelectorAll('[part~="row"] button')].map((b) => b.getAttribute('aria-label'));
      expect(names[0]).to.equal(`Copy token CI server (${maskToken(old)})`);

      const again = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await waitUntil(() => again.shadowRoot!.querySelectorAll('[part~="row"]').length === 2, 'the list again');
      expect([...again.shadowRoot!.querySelectorAll('[part~="new-marker"]')].length).to.equal(1);
      await expectNoAxeViolations(again);
    });
  });
});
