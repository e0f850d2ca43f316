// What a screen reader hears: every outcome puts its words into a live region (role=status for
// news, role=alert for failures), and stale news does not linger beside later words.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { loginAndTokenList } from './helpers/pages.js';
import { maskToken, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

/** The words in `root`'s live regions of `role`, trimmed, empty ones left out. */
function live(root: ParentNode, role: 'status' | 'alert'): string[] {
  return [...root.querySelectorAll(`[role="${role}"]`)].map((node) => node.textContent!.trim()).filter(Boolean);
}

describe('a11y: announcements', () => {
  const { mock } = useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh));

  beforeEach(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
  });

  afterEach(() => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  async function loginForm(): Promise<RingCxLogin> {
    const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
    await waitUntil(() => el.querySelector('form'), 'the form');
    return el;
  }

  function submit(el: RingCxLogin, values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
    el.querySelector('form')!.requestSubmit();
  }

  it('sign-in refused: an alert', async () => {
    const el = await loginForm();
    submit(el, { ...DEMO_CREDENTIALS, password: 'wrong' });
    await waitUntil(() => live(el, 'alert').length > 0, 'an alert');
    expect(live(el, 'alert')).to.deep.equal(['Those sign-in details were not accepted. Check them and try again.']);
  });

  it('signed in, then signed out: a status each time', async () => {
    const el = await loginForm();
    submit(el, DEMO_CREDENTIALS);
    await waitUntil(() => live(el, 'status').includes('You are signed in.'), `"You are signed in." (${live(el, 'status')})`);
    el.querySelector<HTMLButtonElement>('.ringcx-login__logout')!.click();
    await waitUntil(() => live(el, 'status').includes('You have signed out.'), `"You have signed out." (${live(el, 'status')})`);
    expect(el.querySelector('[role="status"]')!.textContent!.trim()).to.equal('You have signed out.');
  });

  it('session ended: an alert in the form and where the list was', async () => {
    await client.login(DEMO_CREDENTIALS);
    const { login, list } = await loginAndTokenList(client);
    mock.expireAccessTokens();
    mock.revokeRefreshTokens();
    list.reload();
    await waitUntil(() => live(login, 'alert').length > 0, 'the form says it');
    expect(live(login, 'alert')).to.deep.equal(['Your session has ended. Sign in again.']);
    await waitUntil(() => live(list.shadowRoot!, 'alert').length > 0, 'the list says it');
    expect(live(list.shadowRoot!, 'alert')).to.deep.equal(['Your session has ended, so that was not done. Sign in again.']);
  });

  describe('<ringcx-token-list>', () => {
    async function list(count: number): Promise<{ el: RingCxTokenList; tokens: string[] }> {
      await client.login(DEMO_CREDENTIALS);
      const tokens: string[] = [];
      for (let i = 0; i < count; i++) tokens.push((await client.createApiToken())!);
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"]') || el.shadowRoot!.textContent!.includes('No API tokens yet.'), 'the list');
      return { el, tokens };
    }
    const button = (el: RingCxTokenList, label: string) =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label)!;

    it('token created, copied, deleted (naming the token): a status each', async () => {
      const { el, tokens } = await list(1);
      button(el, 'Create token').click();
      await waitUntil(() => live(el.shadowRoot!, 'status').includes('Token created'), 'Token created');
      button(el, 'Copy the new token').click();
      await waitUntil(() => live(el.shadowRoot!, 'status').includes('Copied'), 'Copied');
      button(el, 'Done').click();
      button(el, `Delete token ${maskToken(tokens[0]!)}`).click();
      await el.updateComplete;
      expect(live(el.shadowRoot!, 'status'), '"Copied" goes when the next action starts').to.deep.equal([]);
      button(el, 'Delete').click();
      await waitUntil(() => live(el.shadowRoot!, 'status').length > 0, 'deleted');
      expect(live(el.shadowRoot!, 'status')).to.deep.equal([`Token deleted: ${maskToken(tokens[0]!)}`]);
    });

    it('"Deleted" does not linger beside a later error', async () => {
      const { el, tokens } = await list(1);
      button(el, `Delete token ${maskToken(tokens[0]!)}`).click();
      await el.updateComplete;
      button(el, 'Delete').click();
      await waitUntil(() => live(el.shadowRoot!, 'status').length > 0, 'deleted');
      mock.failNext('createToken', () => new Response('x', { status: 500 }));
      button(el, 'Create token').click();
      await waitUntil(() => live(el.shadowRoot!, 'alert').length > 0, 'the error');
      expect(live(el.shadowRoot!, 'status')).to.deep.equal([]);
      expect(live(el.shadowRoot!, 'alert')).to.deep.equal(['RingCX had a problem. Try again later.']);
    });

    it('load failed: an alert', async () => {
      mock.failNext('listTokens', () => new Response('x', { status: 403 }));
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await waitUntil(() => live(el.shadowRoot!, 'alert').length > 0, 'the error');
      expect(live(el.shadowRoot!, 'alert')).to.deep.equal(['Your account is not allowed to do this.']);
    });
  });

  describe('<ringcx-accounts>', () => {
    it('load failed: an alert, not a status', async () => {
      mock.failNext('accounts', () => new Response('x', { status: 403 }));
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => el.shadowRoot!.querySelector('#retry'), 'Retry');
      expect(live(el.shadowRoot!, 'alert')).to.deep.equal(['Your account is not allowed to do this.']);
      expect(live(el.shadowRoot!, 'status')).to.deep.equal([]);
    });

    it('filter count: a status that follows the filter', async () => {
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => el.shadowRoot!.querySelector('#filter'), 'the filter');
      const filter = el.shadowRoot!.querySelector<HTMLInputElement>('#filter')!;
      const total = live(el.shadowRoot!, 'status')[0]!;
      expect(total).to.match(/^[\d,]+ accounts$/);
      filter.value = 'zzzz-nothing';
      filter.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(live(el.shadowRoot!, 'status')).to.deep.equal([`0 of ${total.split(' ')[0]} accounts match`]);
    });
  });
});
