// <ringcx-accounts> with 10,000 accounts: only the rows in view are in the DOM, yet scrolling,
// the keyboard, the screen-reader facts (active descendant, position in set) and selection reach
// every row. How fast it is belongs to the benchmark (`npm run bench`); here, what a user sees.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { RingCxClient, type Account } from '../src/index.js';
import { makeAccounts } from '../src/mock/index.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';
import { waitUntil } from './helpers/wait.js';

const root = (el: RingCxAccounts): ShadowRoot => el.shadowRoot!;
const listbox = (el: RingCxAccounts): HTMLElement => root(el).querySelector<HTMLElement>('[role="listbox"]')!;
const options = (el: RingCxAccounts): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const nameOf = (option: Element): string => option.querySelector('[part="option-name"]')!.textContent!;
const names = (el: RingCxAccounts): string[] => options(el).map(nameOf);
const countText = (el: RingCxAccounts): string => root(el).querySelector('[part="count"]')!.textContent!.trim();
// Assertions compare text or booleans, never elements (a failing assertion on an element hangs the runner).
const activeOption = (el: RingCxAccounts): HTMLElement | null => {
  const id = listbox(el).getAttribute('aria-activedescendant');
  return id ? root(el).getElementById(id) : null;
};
const activeName = (el: RingCxAccounts): string | undefined => {
  const option = activeOption(el);
  return option ? nameOf(option) : undefined;
};
const rowHeight = (el: RingCxAccounts): number => options(el)[0]!.getBoundingClientRect().height;

/** True when `option` is in the list's view and not under the sticky label of its group. */
function inView(el: RingCxAccounts, option: HTMLElement | null): boolean {
  if (!option) return false;
  const list = listbox(el).getBoundingClientRect();
  const row = option.getBoundingClientRect();
  const label = option.closest('[role="group"]')!.querySelector('[part="group-label"]')!.getBoundingClientRect();
  return row.top >= Math.max(list.top, label.bottom) - 1 && row.bottom <= list.bottom + 1;
}

/** Scrolls the list as a user would (the scrollbar or a wheel) and waits for `name` to be shown. */
async function scrollTo(el: RingCxAccounts, top: number, name: string): Promise<void> {
  listbox(el).scrollTop = top;
  await waitUntil(() => {
    const option = options(el).find((o) => nameOf(o) === name);
    return option !== undefined && inView(el, option);
  }, `${name} is not shown after scrolling`);
}

async function press(el: RingCxAccounts, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function typeFilter(el: RingCxAccounts, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<ringcx-accounts> virtual scrolling', function () {
  this.timeout(30_000); // the mock builds and serializes about 25 MB of account JSON
  const { mock } = useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh), { signedIn: true });

  async function showAccounts(accounts: Account[] = makeAccounts(1, 10_000)): Promise<RingCxAccounts> {
    mock.setAccounts(accounts);
    const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
    await waitUntil(() => root(el).querySelector('[role="option"]'), 'the account list did not appear', { timeout: 10_000 });
    return el;
  }

  it('renders only the rows in view, with a scrollbar for all of them, and scrolls to the last', async () => {
    const el = await showAccounts();
    expect(countText(el)).to.equal('10,000 accounts');
    expect(options(el).length).to.be.within(5, 40);
    expect(names(el)[0]).to.equal('Sub-Account 1.1');
    expect([options(el)[0]!.getAttribute('aria-posinset'), options(el)[0]!.getAttribute('aria-setsize')]).to.deep.equal(['1', '10000']);
    expect(listbox(el).scrollHeight, 'the scrollbar spans 10,000 rows').to.be.at.least(10_000 * rowHeight(el));

    await scrollTo(el, listbox(el).scrollHeight, 'Sub-Account 1.10000');
    expect(options(el).length).to.be.within(5, 40);
    expect(options(el).at(-1)!.getAttribute('aria-posinset')).to.equal('10000');
    await expectNoAxeViolations(el);
  });

  it('moves through every row with End, Home, Page Down, Page Up and type-ahead, showing the active row', async () => {
    const accounts = makeAccounts(1, 10_000);
    accounts[7_000]!.accountName = 'Zulu';
    const el = await showAccounts(accounts);
    listbox(el).focus();
    await el.updateComplete;
    expect(activeName(el)).to.equal('Sub-Account 1.1');

    await press(el, 'End');
    expect(activeName(el), 'the active option is rendered').to.equal('Sub-Account 1.10000');
    expect(activeOption(el)!.getAttribute('aria-posinset')).to.equal('10000');
    expect(inView(el, activeOption(el)), 'End shows the last row').to.equal(true);

    await press(el, 'Home');
    expect(activeName(el)).to.equal('Sub-Account 1.1');
    expect(inView(el, activeOption(el))).to.equal(true);

    await press(el, 'PageDown');
    const paged = Number(activeName(el)!.split('.')[1]);
    // A view's worth of rows: the list shows about ten.
    expect(paged).to.be.within(6, 20);
    expect(inView(el, activeOption(el))).to.equal(true);
    await press(el, 'PageDown');
    expect(activeName(el)).to.equal(`Sub-Account 1.${2 * paged - 1}`);
    await press(el, 'PageUp');
    expect(activeName(el)).to.equal(`Sub-Account 1.${paged}`);

    await sendKeys({ type: 'z' });
    await el.updateComplete;
    expect(activeName(el)).to.equal('Zulu');
    expect(activeOption(el)!.getAttribute('aria-posinset')).to.equal('7001');
    expect(inView(el, activeOption(el)), 'type-ahead shows the row it found').to.equal(true);
    expect(options(el).length).to.be.within(5, 40);
  });

  it('keeps the active option rendered when the list is scrolled away from it', async () => {
    const el = await showAccounts();
    listbox(el).focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(activeName(el)).to.equal('Sub-Account 1.3');

    await scrollTo(el, 5_000 * rowHeight(el), 'Sub-Account 1.5001');
    expect(activeName(el), 'aria-activedescendant names a rendered option').to.equal('Sub-Account 1.3');
    expect(activeOption(el)!.getAttribute('part')).to.contain('option-active');
    expect(options(el).length).to.be.within(5, 40);

    // The keyboard goes on from the active row, and brings it back into view.
    await press(el, 'ArrowDown');
    expect(activeName(el)).to.equal('Sub-Account 1.4');
    expect(inView(el, activeOption(el))).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('gives the options in the middle of a long list their group and their place in it', async () => {
    const el = await showAccounts(makeAccounts(100, 100));
    // Half way is the top of the 51st group; the rows above it (overscan) are the 50th's last.
    await scrollTo(el, listbox(el).scrollHeight / 2, 'Sub-Account 51.5');
    const rendered = options(el).map((option) => {
      const group = option.closest('[role="group"]')!;
      const label = root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.replace(/\s+/g, ' ').trim();
      return [nameOf(option), label, option.getAttribute('aria-posinset'), option.getAttribute('aria-setsize')].join(' | ');
    });
    expect(rendered.length).to.be.within(5, 40);
    expect(rendered.some((row) => row.startsWith('Sub-Account 50.'))).to.equal(true);
    for (const row of rendered) {
      const [, group, place] = /^Sub-Account (\d+)\.(\d+) \| /.exec(row)!;
      expect(row).to.equal(`Sub-Account ${group}.${place} | Main Account ${group} ${20_000_000 + (Number(group) - 1) * 10_000} | ${place} | 100`);
    }
  });

  it('filters from the top, and selects far down by click, Enter and Space, keeping the selection', async () => {
    const el = await showAccounts();
    await scrollTo(el, listbox(el).scrollHeight, 'Sub-Account 1.10000');
    setTimeout(() => options(el).find((o) => nameOf(o) === 'Sub-Account 1.10000')!.click());
    const event = await oneEvent(el, 'ringcx-account-select');
    expect(event.detail.account.accountName).to.equal('Sub-Account 1.10000');
    expect(el.selectedAccountId).to.equal('20010000');

    await typeFilter(el, 'sub-account 1.99');
    expect(countText(el)).to.equal('111 of 10,000 accounts match');
    expect(listbox(el).scrollTop, 'a new filter starts at the top').to.equal(0);
    expect(names(el)[0]).to.equal('Sub-Account 1.99');
    expect(el.selectedAccountId).to.equal('20010000');

    listbox(el).focus();
    await press(el, 'End');
    expect(activeName(el)).to.equal('Sub-Account 1.9999');
    await press(el, 'Enter');
    expect(el.selectedAccountId).to.equal('20009999');
    await press(el, 'ArrowUp');
    await press(el, ' ');
    expect(el.selectedAccountId).to.equal('20009998');

    await typeFilter(el, '');
    expect(listbox(el).scrollTop).to.equal(0);
    expect(countText(el)).to.equal('10,000 accounts');
    expect(el.selectedAccountId).to.equal('20009998');
    // Coming back to the list starts the keyboard on the selected row, far down.
    listbox(el).blur();
    listbox(el).focus();
    await el.updateComplete;
    expect(activeName(el)).to.equal('Sub-Account 1.9998');
    expect(activeOption(el)!.getAttribute('aria-selected')).to.equal('true');
    expect(inView(el, activeOption(el))).to.equal(true);
  });

  it('filters 10,000 accounts and shows what matches', async () => {
    const el = await showAccounts();
    for (const query of ['s', 'su', 'sub-account 1.9', 'sub-account 1.99', '20005']) await typeFilter(el, query);
    expect(countText(el)).to.equal('1,000 of 10,000 accounts match'); // ids 20005000 to 20005999
    expect(names(el)[0]).to.equal('Sub-Account 1.5000');
    expect(options(el).length).to.be.within(5, 40);

    await typeFilter(el, '1.999');
    expect(countText(el)).to.equal('11 of 10,000 accounts match');
    expect(names(el)).to.deep.equal(['Sub-Account 1.999', ...Array.from({ length: 10 }, (_, i) => `Sub-Account 1.999${i}`)]);
    await typeFilter(el, '');
    expect(names(el)[0]).to.equal('Sub-Account 1.1');
    await expectNoAxeViolations(el);
  });
});
