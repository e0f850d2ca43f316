// Focus after every outcome of every action, for keyboard users: it must land on a visible
// control that makes sense next, never on the page's <body>. Keys are pressed for real (sendKeys),
// so the browser's own focus handling (a disabled button drops focus) is what is tested.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { loginAndTokenList } from './helpers/pages.js';
import { sendKeys } from '@web/test-runner-commands';
import { maskToken, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { deepActive, describe as name, focusOnVisibleControl, focusStep, watchFocus } from './helpers/focus.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

function input(login: RingCxLogin, field: string): HTMLInputElement {
  return login.querySelector<HTMLInputElement>(`input[name="${field}"]`)!;
}

/** The button named `label` in `el`'s shadow root; a stand-in that matches nothing until it is rendered. */
function shadowButton(el: HTMLElement, label: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label,
  );
  return found ?? document.createElement('button');
}

/** Waits until focus is on `target` (a function, as the element may be re-rendered), then checks it is a visible control. */
/**
 * Shift+Tab back to `previous`. Chromium's driver takes the chord, Firefox's key down / press /
 * key up; WebKit's here presses keys only one at a time, so there focus moves to `previous`
 * directly (what Shift+Tab would do): the outcome that follows is still pressed with real keys.
 */
async function shiftTab(previous: () => HTMLElement): Promise<void> {
  try {
    await sendKeys({ press: 'Shift+Tab' });
    return;
  } catch {
    // not this driver
  }
  try {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } catch {
    previous().focus();
  }
}

async function focusLandsOn(target: () => Element | null | undefined, what: string): Promise<void> {
  await waitUntil(() => {
    const wanted = target();
    return wanted && deepActive() === wanted;
  }, `focus should be on ${what}, is on ${name(deepActive())}`);
  expect(focusOnVisibleControl(), `${what} is a visible control`).to.equal(true);
}

describe('a11y: focus after every outcome', () => {
  const { mock } = useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh));

  async function loginForm(): Promise<RingCxLogin> {
    const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
    await waitUntil(() => el.querySelector('form'), 'the form');
    return el;
  }

  describe('<ringcx-login>', () => {
    const submit = (el: RingCxLogin) => el.querySelector<HTMLButtonElement>('button[type="submit"]')!;

    async function pressSignIn(el: RingCxLogin, values: Partial<Record<keyof typeof DEMO_CREDENTIALS, string>>): Promise<void> {
      for (const [field, value] of Object.entries({ ...DEMO_CREDENTIALS, ...values })) input(el, field).value = value;
      submit(el).focus();
      await sendKeys({ press: 'Enter' });
    }

    it('sign-in ok with the button: focus on Sign out', async () => {
      const el = await loginForm();
      await pressSignIn(el, {});
      await focusLandsOn(() => el.querySelector('.ringcx-login__logout'), 'Sign out');
    });

    it('sign-in refused with the button: focus stays on Sign in', async () => {
      const el = await loginForm();
      await pressSignIn(el, { password: 'wrong' });
      await waitUntil(() => el.querySelector('[role="alert"]')!.textContent!.includes('not accepted'), 'the refusal');
      await el.updateComplete;
      await focusLandsOn(() => submit(el), 'Sign in');
    });

    it('sign-in offline with the space bar: focus stays on Sign in', async () => {
      const el = await loginForm();
      mock.failNext('login', () => Response.error());
      for (const [field, value] of Object.entries(DEMO_CREDENTIALS)) input(el, field).value = value;
      submit(el).focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => el.querySelector('[role="alert"]')!.textContent!.includes('could not be reached'), 'the network error');
      await el.updateComplete;
      await focusLandsOn(() => submit(el), 'Sign in');
    });

    it('sign-out: focus on the username field', async () => {
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
      await waitUntil(() => el.querySelector('.ringcx-login__logout'), 'signed in');
      el.querySelector<HTMLButtonElement>('.ringcx-login__logout')!.focus();
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => input(el, 'username'), 'the username field');
    });

    it('sign-out failing: focus stays on Sign out', async () => {
      await client.login(DEMO_CREDENTIALS);
      const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
      await waitUntil(() => el.querySelector('.ringcx-login__logout'), 'signed in');
      // Sign-out fails (say the browser storage refuses to forget the session), once the
      // element shows it is busy.
      let fail!: () => void;
      client.logout = () => new Promise((_, reject) => (fail = () => reject(new Error('storage off'))));
      const button = el.querySelector<HTMLButtonElement>('.ringcx-login__logout')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => button.disabled || button.getAttribute('aria-disabled') === 'true', 'busy');
      fail();
      await waitUntil(() => el.querySelector('[role="alert"]')!.textContent, 'the error');
      await focusLandsOn(() => el.querySelector('.ringcx-login__logout'), 'Sign out');
    });
  });

  describe('<ringcx-token-list>', () => {
    async function list(count: number): Promise<{ el: RingCxTokenList; tokens: string[] }> {
      await client.login(DEMO_CREDENTIALS);
      const tokens: string[] = [];
      for (let i = 0; i < count; i++) tokens.push((await client.createApiToken())!);
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="list"], .muted:not([aria-busy])') && !el.shadowRoot!.textContent!.includes('Loading'), 'the list');
      await el.updateComplete;
      return { el, tokens };
    }

    it('create ok: focus on the new token\'s Copy button', async () => {
      const { el } = await list(0);
      shadowButton(el, 'Create token').focus();
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, 'Copy the new token'), 'Copy the new token');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' }); // Done
      await focusLandsOn(() => shadowButton(el, 'Create token'), 'Create token');
    });

    it('create failed: focus back on Create token', async () => {
      const { el } = await list(0);
      mock.failNext('createToken', () => new Response('x', { status: 500 }));
      shadowButton(el, 'Create token').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')!.textContent, 'the error');
      await focusLandsOn(() => shadowButton(el, 'Create token'), 'Create token');
    });

    it('delete: cancel returns to the row\'s Delete, confirm moves to the next row', async () => {
      const { el, tokens } = await list(2);
      shadowButton(el, `Delete token ${maskToken(tokens[0]!)}`).focus();
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, 'Cancel'), 'Cancel');
      await sendKeys({ press: 'Escape' });
      await focusLandsOn(() => shadowButton(el, `Delete token ${maskToken(tokens[0]!)}`), 'the row\'s Delete');
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, 'Cancel'), 'Cancel');
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, `Delete token ${maskToken(tokens[0]!)}`), 'the row\'s Delete after Cancel');
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, 'Cancel'), 'Cancel');
      await shiftTab(() => shadowButton(el, 'Delete')); // the confirming Delete
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, `Delete token ${maskToken(tokens[1]!)}`), 'the next row\'s Delete');
    });

    it('delete failed: focus back on the row\'s Delete', async () => {
      const { el, tokens } = await list(1);
      mock.failNext('deleteToken', () => new Response('x', { status: 500 }));
      shadowButton(el, `Delete token ${maskToken(tokens[0]!)}`).focus();
      await sendKeys({ press: 'Enter' });
      await focusLandsOn(() => shadowButton(el, 'Cancel'), 'Cancel');
      await shiftTab(() => shadowButton(el, 'Delete'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"] [role="alert"]'), 'the row error');
      await focusLandsOn(() => shadowButton(el, `Delete token ${maskToken(tokens[0]!)}`), 'the row\'s Delete');
    });

    it('the session ends during Create token: the form comes back filled, focus on the password, and both say why', async () => {
      await client.login(DEMO_CREDENTIALS);
      const { login, list: el } = await loginAndTokenList(client);
      mock.expireAccessTokens();
      mock.revokeRefreshTokens();
      shadowButton(el, 'Create token').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => login.querySelector('form'), 'the form is back');
      await focusLandsOn(() => input(login, 'password'), 'the password field');
      expect(input(login, 'username').value).to.equal(DEMO_CREDENTIALS.username);
      expect(login.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('Your session has ended. Sign in again.');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
        'Your session has ended, so that was not done. Sign in again.',
      );
    });
  });

  describe('keyboard-only walk-through', () => {
    beforeEach(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
    });

    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('sign in → create → copy → delete → filter → select → sign out never leaves focus on <body>', async function () {
      this.timeout(40_000); // some forty real key presses, on a shared machine
      const page = await fixture<HTMLElement>(html`<main>
        <ringcx-login .client=${client}></ringcx-login>
        <ringcx-token-list .client=${client}></ringcx-token-list>
        <ringcx-accounts .client=${client}></ringcx-accounts>
      </main>`);
      const login = page.querySelector('ringcx-login')!;
      const tokens = page.querySelector('ringcx-token-list')!;
      const accounts = page.querySelector<RingCxAccounts>('ringcx-accounts')!;
      await waitUntil(() => login.querySelector('form'), 'the form');
      input(login, 'username').focus();
      const watcher = watchFocus();
      // Where Shift+Tab goes next, for WebKit's driver (see shiftTab): the confirming Delete, then Sign out.
      let previous: () => HTMLElement = () => shadowButton(tokens, 'Delete');
      const press = async (key: string, step: string) => {
        focusStep(step);
        await (key === 'Shift+Tab' ? shiftTab(previous) : sendKeys({ press: key }));
        // Booleans, not elements: a failing assertion on a DOM element hangs the runner.
        expect(deepActive() === document.body, `focus on <body> after ${step}`).to.equal(false);
      };

      focusStep('sign in');
      await sendKeys({ type: DEMO_CREDENTIALS.username });
      await press('Tab', 'to the password');
      await sendKeys({ type: DEMO_CREDENTIALS.password });
      await press('Tab', 'to the toggle');
      await press('Tab', 'to the platform');
      await sendKeys({ type: DEMO_CREDENTIALS.platformId });
      await press('Enter', 'sign in');
      await focusLandsOn(() => login.querySelector('.ringcx-login__logout'), 'Sign out');

      await press('Tab', 'to Create token');
      await waitUntil(() => deepActive() === shadowButton(tokens, 'Create token'), 'Tab reaches Create token');
      await press('Enter', 'create');
      await focusLandsOn(() => shadowButton(tokens, 'Copy the new token'), 'Copy the new token');
      await press('Enter', 'copy');
      await waitUntil(() => tokens.shadowRoot!.querySelector('[part~="status"]')!.textContent === 'Copied', 'Copied');
      expect(focusOnVisibleControl(), 'focus stays on Copy').to.equal(true);
      await press('Tab', 'to Done');
      await press('Enter', 'done');
      await focusLandsOn(() => shadowButton(tokens, 'Create token'), 'Create token');

      await press('Tab', 'to Reload');
      await press('Tab', 'to the row\'s Copy');
      await press('Tab', 'to the row\'s Delete');
      await press('Enter', 'ask to delete');
      await focusLandsOn(() => shadowButton(tokens, 'Cancel'), 'Cancel');
      await press('Shift+Tab', 'to Delete');
      await press('Enter', 'delete');
      await waitUntil(() => tokens.shadowRoot!.textContent!.includes('No API tokens yet.'), 'deleted');
      await focusLandsOn(() => shadowButton(tokens, 'Create token'), 'Create token after the last token');

      await press('Tab', 'to Reload');
      await waitUntil(() => accounts.shadowRoot!.querySelector('#filter'), 'the accounts');
      await press('Tab', 'to the filter');
      await focusLandsOn(() => accounts.shadowRoot!.querySelector('#filter'), 'the filter');
      focusStep('filter');
      await sendKeys({ type: 'a' });
      await waitUntil(() => accounts.shadowRoot!.querySelector('[part="count"]')!.textContent!.includes('match'), 'the count');
      await press('ArrowDown', 'into the list');
      await focusLandsOn(() => accounts.shadowRoot!.querySelector('[role="listbox"]'), 'the list');
      await press('Enter', 'select');
      await waitUntil(() => accounts.selectedAccountId !== null, 'selected');
      expect(focusOnVisibleControl(), 'focus stays on the list').to.equal(true);

      const signOut = login.querySelector<HTMLElement>('.ringcx-login__logout')!;
      previous = () => signOut;
      for (let i = 0; i < 12 && deepActive() !== signOut; i++) await press('Shift+Tab', 'back to Sign out');
      expect(deepActive() === signOut, 'Shift+Tab reaches Sign out').to.equal(true);
      await press('Enter', 'sign out');
      await focusLandsOn(() => input(login, 'username'), 'the username field');

      expect(watcher.stop(), 'steps where focus was on <body>').to.deep.equal([]);
      await expectNoAxeViolations(page);
    });
  });
});
