// The accounts listbox as the APG describes it: type-ahead and Page Up / Page Down as well as the
// arrows, Home and End.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { RingCxClient } from '../src/index.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { TypeAhead, TYPE_AHEAD_PAUSE } from '../components/ringcx-accounts/type-ahead.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

describe('a11y: accounts listbox keys', () => {
  describe('TypeAhead (fake clock)', () => {
    const names = ['Alpha', 'Beta', 'Bravo', 'Charlie', 'beacon'];
    let now = 0;
    const typeAhead = () => new TypeAhead(() => now);

    beforeEach(() => (now = 1000));

    it('finds the next name starting with the typed letters, case-insensitive', () => {
      const t = typeAhead();
      expect(t.next('b', names, 0)).to.equal(1);
      now += 100;
      expect(t.next('r', names, 1)).to.equal(2);
    });

    it('cycles through names starting with a repeated letter', () => {
      const t = typeAhead();
      expect(t.next('b', names, 0)).to.equal(1);
      now += 100;
      expect(t.next('b', names, 1)).to.equal(2);
      now += 100;
      expect(t.next('b', names, 2)).to.equal(4);
      now += 100;
      expect(t.next('b', names, 4)).to.equal(1);
    });

    it('starts a new prefix after a pause, and ignores keys that are not characters', () => {
      const t = typeAhead();
      expect(t.next('b', names, 0)).to.equal(1);
      now += TYPE_AHEAD_PAUSE + 1;
      expect(t.next('c', names, 1)).to.equal(3);
      expect(t.next('Shift', names, 3)).to.equal(-1);
      now += TYPE_AHEAD_PAUSE + 1;
      expect(t.next('z', names, 3)).to.equal(-1);
    });
  });

  describe('<ringcx-accounts>', () => {
    useMock();
    let client!: RingCxClient;
    useTestClient((fresh) => (client = fresh), { signedIn: true });

    const activeName = (el: RingCxAccounts): string => {
      const id = el.shadowRoot!.querySelector('[role="listbox"]')!.getAttribute('aria-activedescendant');
      return (id && el.shadowRoot!.getElementById(id)?.querySelector('[part="option-name"]')?.textContent) || '';
    };

    it('typing the start of a name moves to it; Page Down and Page Up move by a view', async () => {
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="listbox"]'), 'the list');
      el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!.focus();
      await el.updateComplete;
      expect(activeName(el)).to.equal('Example Sub-Account');
      await sendKeys({ type: 'co' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Collections');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Partner Outbound');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Example Sub-Account');
      expect(el.selectedAccountId, 'moving does not select').to.equal(null);
    });
  });
});
