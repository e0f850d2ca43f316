import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createMemoryStore, RingCxClient, type RingCxError } from '../src/index.js';
import { DEMO_CREDENTIALS, DEMO_RC_ACCESS_TOKEN } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { useMock } from './helpers/mock-server.js';
import { useTestClient } from './helpers/client.js';

function field(el: RingCxLogin, name: string): HTMLInputElement {
  return el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
}

function button(el: RingCxLogin, name: string): HTMLButtonElement {
  const found = [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

/** Fills the form the way a password manager does: values set, no input events. */
function fill(el: RingCxLogin, values: Partial<Record<'username' | 'password' | 'platformId', string>>): void {
  for (const [name, value] of Object.entries(values)) field(el, name).value = value;
}

/** Waits until the element shows the form or the signed-in view; fails the test when it shows neither. */
async function settle(el: RingCxLogin): Promise<void> {
  await waitUntil(() => el.querySelector('form, .ringcx-login__signed-in'), 'neither the form nor the signed-in view', { timeout: 5000 });
  await el.updateComplete;
}

describe('<ringcx-login>', () => {
  const { mock } = useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh));

  async function signedOut(template = html`<ringcx-login .client=${client}></ringcx-login>`): Promise<RingCxLogin> {
    const el = await fixture<RingCxLogin>(template);
    await settle(el);
    return el;
  }

  it('renders a real form whose inputs live in the light DOM with the right autocomplete', async () => {
    const el = await signedOut();
    expect(el.shadowRoot).to.equal(null);
    const form = el.querySelector('form')!;
    expect(form.parentElement).to.equal(el);
    expect(field(el, 'username').autocomplete).to.equal('username');
    expect(field(el, 'password').autocomplete).to.equal('current-password');
    expect(field(el, 'password').type).to.equal('password');
    expect(field(el, 'platformId')).to.exist;
    const labels = [...el.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(['Email or username', 'Password', 'Platform ID']);
    expect(field(el, 'username').labels![0]!.textContent!.trim()).to.equal('Email or username');
    expect(button(el, 'Sign in').type).to.equal('submit');
    await expectNoAxeViolations(el);
  });

  it('signs in with values read at submit time and emits ringcx-login without secrets', async () => {
    const el = await signedOut();
    fill(el, DEMO_CREDENTIALS);
    const event = oneEvent(el, 'ringcx-login');
    button(el, 'Sign in').click();
    const { detail } = await event;
    expect(detail.session.displayName).to.equal('Ada Admin');
    expect(detail.session.platformId).to.equal('aws80');
    expect(JSON.stringify(detail)).not.to.contain(DEMO_CREDENTIALS.password);
    expect(JSON.stringify(detail)).not.to.match(/eyJ|accessToken|refreshToken/);
    await el.updateComplete;
    expect(el.textContent).to.contain('Signed in as Ada Admin');
    expect(el.textContent).to.contain('Platform: aws80');
    expect(el.querySelector('input[name="password"]')).to.equal(null);
    expect(document.activeElement === button(el, 'Sign out'), 'focus on Sign out').to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('is busy while signing in, and a second submit sends no second request', async () => {
    const el = await signedOut();
    fill(el, DEMO_CREDENTIALS);
    const form = el.querySelector('form')!;
    const done = oneEvent(el, 'ringcx-login');
    form.requestSubmit();
    await el.updateComplete;
    expect(form.getAttribute('aria-busy')).to.equal('true');
    const submit = el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect(submit.textContent).to.contain('Signing in…');
    form.requestSubmit();
    await done;
    expect(mock.counts.login).to.equal(1);
  });

  it('says the credentials were not accepted, without naming a field, and emits ringcx-error', async () => {
    const el = await signedOut();
    fill(el, { ...DEMO_CREDENTIALS, password: 'not-the-password' });
    const errorEvent = oneEvent(el, 'ringcx-error');
    button(el, 'Sign in').click();
    const { detail } = await errorEvent;
    expect((detail.error as RingCxError).kind).to.equal('http');
    await el.updateComplete;
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('Those sign-in details were not accepted. Check them and try again.');
    expect(detail.message).to.equal(alert.textContent!.trim());
    expect(JSON.stringify({ message: detail.error.message, detail })).not.to.contain('not-the-password');
    await expectNoAxeViolations(el);
  });

  it('checks empty fields before sending, marks the field and moves focus to it', async () => {
    const el = await signedOut();
    fill(el, { ...DEMO_CREDENTIALS, password: '' });
    button(el, 'Sign in').click();
    await oneEvent(el, 'ringcx-error');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('Enter your password.');
    expect(field(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement === field(el, 'password'), 'focus on password').to.equal(true);
    expect(mock.counts.login).to.equal(0);
    await expectNoAxeViolations(el);
  });

  it('shows and hides the password with a toggle button', async () => {
    const el = await signedOut();
    const toggle = el.querySelector<HTMLButtonElement>('.ringcx-login__toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(field(el, 'password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(field(el, 'password').type).to.equal('password');
  });

  it('platform-id presets the platform and hides its field; the last platform used is remembered', async () => {
    const preset = await signedOut(html`<ringcx-login .client=${client} platform-id="aws80"></ringcx-login>`);
    expect(field(preset, 'platformId')).to.equal(null);
    fill(preset, { username: DEMO_CREDENTIALS.username, password: DEMO_CREDENTIALS.password });
    const signedIn = oneEvent(preset, 'ringcx-login');
    button(preset, 'Sign in').click();
    await signedIn;
    expect(localStorage.getItem('ringcx-elements:platform-id')).to.equal('aws80');
    expect(JSON.stringify({ ...localStorage })).not.to.contain(DEMO_CREDENTIALS.password);

    const other = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    const fresh = await signedOut(html`<ringcx-login .client=${other}></ringcx-login>`);
    expect(field(fresh, 'platformId').value).to.equal('aws80');
  });

  it('signs out on request, unless the page vetoes ringcx-logout-request', async () => {
    await client.login(DEMO_CREDENTIALS);
    const el = await signedOut();
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('ringcx-logout-request', veto);
    button(el, 'Sign out').click();
    await el.updateComplete;
    expect(el.textContent).to.contain('Signed in as');
    expect(mock.counts.logout).to.equal(0);

    el.removeEventListener('ringcx-logout-request', veto);
    const loggedOut = oneEvent(el, 'ringcx-logout');
    button(el, 'Sign out').click();
    await loggedOut;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.querySelector('form')).to.exist;
    await waitUntil(() => mock.counts.logout === 1, 'the refresh token is revoked');
    expect(document.activeElement === field(el, 'username'), 'focus on username').to.equal(true);
  });

  it('signs in with a RingEX token without the form (single sign-on)', async () => {
    const el = await signedOut();
    const signedIn = oneEvent(el, 'ringcx-login');
    await el.loginWithRingEx(DEMO_RC_ACCESS_TOKEN);
    const { detail } = await signedIn;
    expect(detail.session.ssoLogin).to.equal(true);
    expect(mock.counts.exchange).to.equal(1);
  });

  it('does not take focus when the session changes elsewhere (another element or tab)', async () => {
    const el = await signedOut();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const signedIn = oneEvent(el, 'ringcx-login');
    await client.login(DEMO_CREDENTIALS);
    await signedIn;
    await el.updateComplete;
    expect(document.activeElement === outside, 'focus stays where the user is').to.equal(true);
    outside.remove();
  });

  it('shows the form with a message when the session expires', async () => {
    await client.login(DEMO_CREDENTIALS);
    const el = await signedOut();
    mock.expireAccessTokens();
    mock.revokeRefreshTokens();
    const expired = oneEvent(el, 'ringcx-session-expired');
    await client.listApiTokens().catch(() => {});
    await expired;
    await el.updateComplete;
    expect(el.querySelector('form')).to.exist;
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain('Your session has ended');
  });

  it('shows a loading state until the stored session is read', async () => {
    const slowStore = createMemoryStore();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new RingCxClient({ store: { ...slowStore, get: async (key) => (await gate, slowStore.get(key)) }, syncTabs: false });
    const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${slow}></ringcx-login>`);
    expect(el.textContent).to.contain('Loading…');
    await expectNoAxeViolations(el);
    release();
    await settle(el);
    expect(el.querySelector('form')).to.exist;
  });

  it('takes replacement words through strings', async () => {
    const el = await signedOut(
      html`<ringcx-login .client=${client} .strings=${{ signIn: 'Anmelden', username: 'Benutzername' }}></ringcx-login>`,
    );
    expect(button(el, 'Anmelden')).to.exist;
    expect(el.querySelector('label')!.textContent!.trim()).to.equal('Benutzername');
  });

  it('follows theme="dark" and passes axe there too', async () => {
    const el = await signedOut(html`<ringcx-login .client=${client} theme="dark"></ringcx-login>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expectNoAxeViolations(el);
  });
});
