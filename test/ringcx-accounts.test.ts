import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { HttpResponse } from 'msw';
import { createMemoryStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS, makeAccounts } from '../src/mock/index.js';
import { defaultAccounts } from '../src/mock/data.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { filterAccounts, indexAccounts, SECRET_ACCOUNT_FIELDS, withoutSecrets } from '../components/ringcx-accounts/account-filter.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { useMock } from './helpers/mock-server.js';
import { brokenImageTurn, holdRequest, trackCalls } from './helpers/gate.js';

const ACCOUNTS_URL = 'https://ringcx.ringcentral.com/voice/api/v1/admin/accounts';

async function signedInClient(): Promise<RingCxClient> {
  // retries: 0 so an injected failure shows at once instead of after the client's backoff.
  const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false, retries: 0 });
  await client.login(DEMO_CREDENTIALS);
  return client;
}

const root = (el: RingCxAccounts): ShadowRoot => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: RingCxAccounts, selector: string): T | null =>
  root(el).querySelector<T>(selector);
const options = (el: RingCxAccounts): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const names = (el: RingCxAccounts): string[] => options(el).map((o) => o.querySelector('[part="option-name"]')!.textContent!);
const listbox = (el: RingCxAccounts): HTMLElement => $(el, '[role="listbox"]')!;
// Assertions compare booleans or text, never elements: a failing chai assertion whose actual value
// is a DOM element hangs this test runner instead of failing.
const has = (el: RingCxAccounts, selector: string): boolean => $(el, selector) !== null;
const focused = (el: RingCxAccounts): string | undefined => {
  const active = root(el).activeElement;
  return active ? active.id || active.getAttribute('role') || active.tagName : undefined;
};
const countText = (el: RingCxAccounts): string => $(el, '[part="count"]')!.textContent!.trim();
const statusText = (el: RingCxAccounts): string =>
  [...root(el).querySelectorAll('[part="status"]')].map((s) => s.textContent!.trim()).filter(Boolean).join(' ');
const activeName = (el: RingCxAccounts): string | undefined => {
  const id = listbox(el).getAttribute('aria-activedescendant');
  return id ? root(el).getElementById(id)?.querySelector('[part="option-name"]')?.textContent ?? undefined : undefined;
};

async function showAccounts(client: RingCxClient, attributes = ''): Promise<RingCxAccounts> {
  const el = await fixture<RingCxAccounts>(
    attributes === 'selected'
      ? html`<ringcx-accounts .client=${client} selected-account-id="99990003"></ringcx-accounts>`
      : html`<ringcx-accounts .client=${client}></ringcx-accounts>`,
  );
  await waitUntil(() => $(el, '[part="count"]'), 'the account list did not appear', { timeout: 8000 });
  return el;
}

async function typeFilter(el: RingCxAccounts, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('account-filter', () => {
  const groups = indexAccounts(defaultAccounts());

  it('groups by main account and keeps the API order', () => {
    expect(groups.map((g) => [g.name, g.rows.length])).to.deep.equal([
      ['Example Main Account', 6],
      ['Partner Main Account', 2],
    ]);
    expect(groups[1]!.rows.map((r) => r.index)).to.deep.equal([6, 7]);
  });

  it('filters by name or id, ignoring case and surrounding spaces, and gives positions within each group', () => {
    expect(filterAccounts(groups, '  SALES ').map((m) => [m.row.name, m.position, m.setSize])).to.deep.equal([
      ['Sales East', 1, 2],
      ['Sales West', 2, 2],
    ]);
    expect(filterAccounts(groups, '99980002').map((m) => m.row.name)).to.deep.equal(['Partner Outbound']);
    expect(filterAccounts(groups, 'partner main').map((m) => m.row.name)).to.deep.equal(['Partner Support', 'Partner Outbound']);
    expect(filterAccounts(groups, '')).to.have.length(8);
    // Name and id are separate fields: a query does not match across the seam.
    expect(filterAccounts(groups, 'east9999')).to.have.length(0);
  });

  it('removes the secret fields from a copy and leaves the original alone', () => {
    const account = defaultAccounts()[0]!;
    const copy = withoutSecrets(account);
    for (const field of SECRET_ACCOUNT_FIELDS) {
      expect(copy).not.to.have.property(field);
      expect(account).to.have.property(field);
    }
    expect(copy.accountName).to.equal('Example Sub-Account');
  });
});

describe('<ringcx-accounts>', () => {
  const { mock, worker } = useMock();

  describe('without a session', () => {
    it('says to sign in, and loads as soon as someone does', async () => {
      const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false, retries: 0 });
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => statusText(el) === 'Sign in to see your accounts.');
      expect(has(el, '[role="listbox"]')).to.equal(false);
      expect(mock.counts.accounts).to.equal(0);
      await expectNoAxeViolations(el);

      await client.login(DEMO_CREDENTIALS);
      await waitUntil(() => $(el, '[role="listbox"]'), 'no list after signing in');
      expect(countText(el)).to.equal('8 accounts');
    });

    it('shows the page\'s own signed-out content in the signed-out slot', async () => {
      const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
      const el = await fixture<RingCxAccounts>(
        html`<ringcx-accounts .client=${client}><p slot="signed-out">Please log in first.</p></ringcx-accounts>`,
      );
      await waitUntil(() => $(el, 'slot[name="signed-out"]'));
      const slot = $<HTMLSlotElement>(el, 'slot[name="signed-out"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Please log in first.']);
      await expectNoAxeViolations(el);
    });
  });

  describe('loading and errors', () => {
    it('is busy and says so while the accounts load', async () => {
      const held = holdRequest(worker, 'get', ACCOUNTS_URL, () => HttpResponse.json(defaultAccounts()));
      const client = await signedInClient();
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => statusText(el) === 'Loading accounts…');
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
      await expectNoAxeViolations(el);

      held.release();
      await waitUntil(() => $(el, '[role="listbox"]'));
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('shows a human message and a Retry button when RingCX fails, then recovers', async () => {
      mock.failNext('accounts', () => new Response('<html>oops</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
      const client = await signedInClient();
      const errors: CustomEvent[] = [];
      const el = await fixture<RingCxAccounts>(
        html`<ringcx-accounts .client=${client} @ringcx-error=${(e: CustomEvent) => errors.push(e)}></ringcx-accounts>`,
      );
      await waitUntil(() => $(el, '#retry'), 'no Retry button');
      expect(statusText(el)).to.equal('RingCX had a problem. Try again later.');
      expect($(el, '[role="alert"]')!.textContent).to.equal('RingCX had a problem. Try again later.');
      expect(root(el).textContent).not.to.contain('oops');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.message).to.equal('RingCX had a problem. Try again later.');
      expect(errors[0]!.detail.action).to.equal('load-accounts');
      await expectNoAxeViolations(el);

      $<HTMLButtonElement>(el, '#retry')!.click();
      await waitUntil(() => $(el, '[role="listbox"]'), 'no list after Retry');
      expect(countText(el)).to.equal('8 accounts');
      expect(has(el, '#retry')).to.equal(false);
      await waitUntil(() => root(el).activeElement === $(el, '#filter'), 'focus was not kept after Retry');
    });

    it('says when there are no accounts', async () => {
      mock.setAccounts([]);
      const client = await signedInClient();
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => statusText(el) === 'No accounts.');
      expect(has(el, 'input')).to.equal(false);
      await expectNoAxeViolations(el);
    });

    it('keeps the last load when reloads overlap', async () => {
      const client = await signedInClient();
      const el = await showAccounts(client);
      const held = holdRequest(worker, 'get', ACCOUNTS_URL, () => HttpResponse.json(makeAccounts(1, 3)));
      const first = el.reload();
      await held.arrived;
      mock.setAccounts(makeAccounts(2, 2));
      const second = el.reload();
      await second;
      held.release();
      await first;
      await el.updateComplete;
      expect(countText(el)).to.equal('4 accounts');
      expect(names(el)).to.deep.equal(['Sub-Account 1.1', 'Sub-Account 1.2', 'Sub-Account 2.1', 'Sub-Account 2.2']);
    });

    it('drops a load when removed from the page and loads again when put back', async () => {
      const held = holdRequest(worker, 'get', ACCOUNTS_URL, () => HttpResponse.json(makeAccounts(1, 3)));
      const client = await signedInClient();
      const loads = trackCalls(client, 'getAccounts');
      const errors: Event[] = [];
      const el = await fixture<RingCxAccounts>(
        html`<ringcx-accounts .client=${client} @ringcx-error=${(e: Event) => errors.push(e)}></ringcx-accounts>`,
      );
      await held.arrived;
      expect(statusText(el)).to.equal('Loading accounts…');
      const parent = el.parentNode!;
      el.remove();
      held.release();
      expect(loads.count).to.equal(1);
      await loads.settled(); // the held answer reached the client (or its abort did)
      await el.updateComplete;
      expect(has(el, '[role="listbox"]'), 'the dropped answer was shown').to.equal(false);
      expect(errors).to.have.length(0);
      parent.append(el);
      await waitUntil(() => $(el, '[role="listbox"]'), 'no list after reconnecting');
      // The held answer (3 accounts) was dropped; the list comes from the new load.
      expect(countText(el)).to.equal('8 accounts');
    });
  });

  describe('the list', () => {
    it('groups sub-accounts under their main account as a listbox', async () => {
      const el = await showAccounts(await signedInClient());
      const box = listbox(el);
      expect(box.getAttribute('aria-label')).to.equal('Accounts');
      expect(box.tabIndex).to.equal(0);
      expect(countText(el)).to.equal('8 accounts');
      expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
      expect(root(el).querySelector('label[for="filter"]')!.textContent).to.equal('Filter accounts');

      const groups = [...box.querySelectorAll<HTMLElement>(':scope > [role="group"]')];
      const summary = groups.map((group) => ({
        label: root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.replace(/\s+/g, ' ').trim(),
        rows: [...group.querySelectorAll<HTMLElement>('[role="option"]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim()),
      }));
      expect(summary).to.deep.equal([
        {
          label: 'Example Main Account 99990000',
          rows: [
            'Example Sub-Account 99990001',
            'Sales East 99990002',
            'Sales West 99990003',
            'Customer Support 99990004',
            'Collections 99990005',
            'Spring Campaign 2024 99990006 Archived',
          ],
        },
        { label: 'Partner Main Account 99980000', rows: ['Partner Support 99980001', 'Partner Outbound 99980002'] },
      ]);
      const rows = options(el);
      expect(rows.every((o) => o.getAttribute('aria-selected') === 'false')).to.equal(true);
      expect(rows.map((o) => o.tabIndex)).to.deep.equal(rows.map(() => -1));
      expect([rows[6]!.getAttribute('aria-posinset'), rows[6]!.getAttribute('aria-setsize')]).to.deep.equal(['1', '2']);
      expect(has(el, 'button')).to.equal(false);
      await expectNoAxeViolations(el);
    });

    it('never shows or emits the secret fields of the accounts', async () => {
      const el = await showAccounts(await signedInClient());
      const shown = `${root(el).innerHTML}\n${root(el).textContent}\n${el.outerHTML}`;
      for (const account of defaultAccounts()) {
        for (const field of SECRET_ACCOUNT_FIELDS) {
          expect(String(account[field]).length).to.be.greaterThan(3);
          expect(shown).not.to.contain(String(account[field]));
        }
      }
      expect(shown).not.to.contain('SECRET');
      setTimeout(() => options(el)[0]!.click());
      const event = await oneEvent(el, 'ringcx-account-select');
      for (const field of SECRET_ACCOUNT_FIELDS) expect(event.detail.account).not.to.have.property(field);
      expect(JSON.stringify(event.detail)).not.to.contain('SECRET');
    });

    it('renders hostile account names as text', async () => {
      delete (window as { __xss?: unknown }).__xss;
      mock.setAccounts([
        {
          accountId: '1"><img src=x onerror=window.__xss=2>',
          accountName: '<img src=x onerror=window.__xss=1>',
          mainAccountId: '7',
          mainAccountName: '<b onmouseover=window.__xss=3>Main</b>',
        },
      ]);
      const el = await showAccounts(await signedInClient());
      await brokenImageTurn(); // an injected <img src=x> would have run its onerror by now
      expect(has(el, 'img, b')).to.equal(false);
      expect(names(el)).to.deep.equal(['<img src=x onerror=window.__xss=1>']);
      expect(root(el).textContent).to.contain('<b onmouseover=window.__xss=3>Main</b>');
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
      await expectNoAxeViolations(el);
    });

    it('passes axe in the dark theme', async () => {
      const client = await signedInClient();
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client} theme="dark" selected-account-id="99990002"></ringcx-accounts>`);
      await waitUntil(() => $(el, '[role="listbox"]'));
      await expectNoAxeViolations(el);
    });

    it('lists the accounts of a permanent API token client', async () => {
      const token = (await (await signedInClient()).createApiToken())!;
      const client = new RingCxClient({ apiToken: token, store: createMemoryStore(), syncTabs: false });
      const el = await showAccounts(client);
      expect(countText(el)).to.equal('8 accounts');
      expect(mock.counts.accounts, 'reading the session does not load the list again').to.equal(1);
    });

    it('follows a new client', async () => {
      const el = await showAccounts(await signedInClient());
      el.client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
      await waitUntil(() => statusText(el) === 'Sign in to see your accounts.', 'still listing the old client\'s accounts');
      expect(options(el)).to.have.length(0);
      el.client = await signedInClient();
      await waitUntil(() => $(el, '[role="listbox"]'));
      expect(countText(el)).to.equal('8 accounts');
    });

    it('empties when the user signs out', async () => {
      const client = await signedInClient();
      const el = await showAccounts(client);
      options(el)[1]!.click();
      await el.updateComplete;
      expect(el.getAttribute('selected-account-id')).to.equal('99990002');
      await client.logout();
      await waitUntil(() => statusText(el) === 'Sign in to see your accounts.', 'still listing after sign-out');
      expect(options(el)).to.have.length(0);
      expect(el.hasAttribute('selected-account-id')).to.equal(false);
    });
  });

  describe('filtering', () => {
    it('filters by name, id and main account, ignoring case, and counts the matches', async () => {
      const el = await showAccounts(await signedInClient());

      await typeFilter(el, 'sales');
      expect(names(el)).to.deep.equal(['Sales East', 'Sales West']);
      expect(countText(el)).to.equal('2 of 8 accounts match');

      await typeFilter(el, 'SUPPORT');
      expect(names(el)).to.deep.equal(['Customer Support', 'Partner Support']);
      expect(root(el).querySelectorAll('[role="group"]')).to.have.length(2);

      await typeFilter(el, '99980002');
      expect(names(el)).to.deep.equal(['Partner Outbound']);
      expect(countText(el)).to.equal('1 of 8 accounts match');

      await typeFilter(el, 'Partner Main');
      expect(names(el)).to.deep.equal(['Partner Support', 'Partner Outbound']);
      expect(root(el).querySelectorAll('[role="group"]')).to.have.length(1);
      await expectNoAxeViolations(el);

      await typeFilter(el, '');
      expect(names(el)).to.have.length(8);
      expect(countText(el)).to.equal('8 accounts');
    });

    it('says when nothing matches', async () => {
      const el = await showAccounts(await signedInClient());
      await typeFilter(el, 'no such account');
      expect(countText(el)).to.equal('0 of 8 accounts match');
      expect(statusText(el)).to.equal('No accounts match the filter.');
      expect(has(el, '[role="listbox"]')).to.equal(false);
      await expectNoAxeViolations(el);
    });

    it('moves from the filter into the list with ArrowDown', async () => {
      const el = await showAccounts(await signedInClient());
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'west' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Sales West']);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal('list');
      expect(activeName(el)).to.equal('Sales West');
    });
  });

  describe('selecting', () => {
    it('selects on click, emits the account and reflects its id', async () => {
      const el = await showAccounts(await signedInClient());
      setTimeout(() => options(el)[2]!.click());
      const event = await oneEvent(el, 'ringcx-account-select');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.account.accountId).to.equal('99990003');
      expect(event.detail.account.accountName).to.equal('Sales West');
      expect(el.selectedAccountId).to.equal('99990003');
      expect(el.getAttribute('selected-account-id')).to.equal('99990003');
      await el.updateComplete;
      expect(options(el).map((o) => o.getAttribute('aria-selected'))).to.deep.equal([
        'false', 'false', 'true', 'false', 'false', 'false', 'false', 'false',
      ]);
      await expectNoAxeViolations(el);
    });

    it('selects with a real mouse click, without the list jumping', async () => {
      const el = await showAccounts(await signedInClient());
      const target = options(el)[4]!;
      // Rows use content-visibility: their boxes settle after a frame or two. Aim only once the
      // point really lies on the row.
      let box = target.getBoundingClientRect();
      const hits = () => {
        box = target.getBoundingClientRect();
        const hit = el.shadowRoot!.elementFromPoint(Math.round(box.x + 10), Math.round(box.y + box.height / 2));
        return hit !== null && target.contains(hit);
      };
      await waitUntil(hits, 'the row is where the mouse will click');
      const events: CustomEvent[] = [];
      el.addEventListener('ringcx-account-select', (e) => events.push(e));
      await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      expect(events.map((e) => e.detail.account.accountName)).to.deep.equal(['Collections']);
      expect(focused(el)).to.equal('list');
      expect(activeName(el)).to.equal('Collections');
    });

    it('moves with the arrow keys, Home and End, and selects with Enter and Space', async () => {
      const el = await showAccounts(await signedInClient());
      const events: CustomEvent[] = [];
      el.addEventListener('ringcx-account-select', (e) => events.push(e));
      listbox(el).focus();
      await el.updateComplete;
      expect(activeName(el)).to.equal('Example Sub-Account');

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Sales East');
      expect(options(el)[1]!.getAttribute('part')).to.contain('option-active');

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Partner Outbound');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Partner Outbound');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Partner Support');
      expect(events).to.have.length(0); // moving does not select

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.getAttribute('selected-account-id')).to.equal('99980001');

      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(activeName(el)).to.equal('Example Sub-Account');
      await sendKeys({ press: ' ' });
      await el.updateComplete;

      expect(events.map((e) => e.detail.account.accountId)).to.deep.equal(['99980001', '99990001']);
      expect(el.selectedAccountId).to.equal('99990001');
      expect(root(el).querySelectorAll('[aria-selected="true"]')).to.have.length(1);
      await expectNoAxeViolations(el);
    });

    it('selects from the selected-account-id attribute without an event, and starts the keyboard there', async () => {
      const client = await signedInClient();
      const events: Event[] = [];
      const el = await showAccounts(client, 'selected');
      el.addEventListener('ringcx-account-select', (e) => events.push(e));
      expect(root(el).querySelector('[aria-selected="true"] [part="option-name"]')!.textContent).to.equal('Sales West');

      el.setAttribute('selected-account-id', '99980002');
      await el.updateComplete;
      expect(el.selectedAccountId).to.equal('99980002');
      expect(root(el).querySelector('[aria-selected="true"] [part="option-name"]')!.textContent).to.equal('Partner Outbound');

      listbox(el).focus();
      await el.updateComplete;
      expect(activeName(el)).to.equal('Partner Outbound');

      el.removeAttribute('selected-account-id');
      await el.updateComplete;
      expect(root(el).querySelectorAll('[aria-selected="true"]')).to.have.length(0);
      expect(events).to.have.length(0);
    });
  });

  it('uses the words it is given', async () => {
    const client = await signedInClient();
    const strings = {
      filterLabel: 'Konten filtern',
      listLabel: 'Konten',
      archived: 'Archiviert',
      accountCount: (total: number) => `${total} Konten`,
      matchCount: (shown: number, total: number) => `${shown} von ${total} Konten`,
    };
    const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client} .strings=${strings}></ringcx-accounts>`);
    await waitUntil(() => $(el, '[part="count"]'));
    expect($(el, 'label')!.textContent).to.equal('Konten filtern');
    expect(listbox(el).getAttribute('aria-label')).to.equal('Konten');
    expect(countText(el)).to.equal('8 Konten');
    expect(root(el).textContent).to.contain('Archiviert');
    await typeFilter(el, 'sales');
    expect(countText(el)).to.equal('2 von 8 Konten');
  });
});
