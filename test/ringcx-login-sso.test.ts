// "Sign in with RingCentral" in <ringcx-login>, end to end: a real click on the element's button,
// a real popup on the mock consent page (public/ringex-mock/), the mock RingEX token endpoint, the
// mock RingCX exchange, and the `ringcx-login` event; plus the redirect return and a second tab.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../components/ringcx-login/ringcx-login.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import { createMockRingEx, issueMockCode } from '../src/mock/index.js';
import { RingCxClient, openSignInWindow, setDefaultClient, DEFAULT_BASE_URL, createMemoryStore, type SessionChange } from '../src/index.js';
import { startRedirectSignIn } from '../src/sso/flow.js';
import { PENDING_KEY } from '../src/sso/shared.js';
import { useMock } from './helpers/mock-server.js';

const CLIENT_ID = 'test-login-sso-app';
const RETURN = `${location.origin}/test/pages/sso-return.html`;
const PAGE = `${location.origin}${location.pathname}`;
const AUTHORIZE = '/public/ringex-mock/authorize.html';

describe('<ringcx-login> Sign in with RingCentral', function () {
  this.timeout(20_000);
  const ringEx = createMockRingEx({ apps: [{ clientId: CLIENT_ID, redirectUris: [RETURN, PAGE] }] });
  useMock({ ringEx });
  const startUrl = location.href;
  let client: RingCxClient;
  let popups: Window[];
  let realOpen: typeof window.open;

  beforeEach(() => {
    client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    setDefaultClient(DEFAULT_BASE_URL, client);
    popups = [];
    realOpen = window.open;
    // Keep every popup the element opens, to look into it and close it afterwards.
    window.open = (...args: Parameters<typeof window.open>) => {
      const popup = realOpen.apply(window, args);
      if (popup) popups.push(popup);
      return popup;
    };
  });

  afterEach(() => {
    window.open = realOpen;
    for (const popup of popups) popup.close();
    setDefaultClient(DEFAULT_BASE_URL, undefined);
    history.replaceState(null, '', startUrl);
    sessionStorage.removeItem(PENDING_KEY);
  });

  async function login(attributes: { consent?: 'auto' | 'deny'; passwordForm?: 'off' } = {}): Promise<RingCxLogin> {
    const authorize = attributes.consent ? `${AUTHORIZE}?consent=${attributes.consent}` : AUTHORIZE;
    const el = await fixture<RingCxLogin>(html`
      <ringcx-login rc-client-id=${CLIENT_ID} rc-redirect-uri=${RETURN} rc-authorize-url=${authorize}
        password-form=${attributes.passwordForm ?? 'on'}></ringcx-login>
    `);
    await waitUntil(() => el.querySelector('.ringcx-login__ringcentral-button'), 'the RingCentral button', { timeout: 5000 });
    return el;
  }

  const button = (el: RingCxLogin) => el.querySelector<HTMLButtonElement>('.ringcx-login__ringcentral-button')!;
  const errorText = (el: RingCxLogin) => el.querySelector('.ringcx-login__error')?.textContent?.trim() ?? '';

  /** A real mouse click on the button, so the popup opens inside a user gesture. */
  async function press(target: HTMLElement): Promise<void> {
    target.scrollIntoView({ block: 'center' });
    const box = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await resetMouse();
  }

  it('shows the button above the form, and only the button with password-form="off"', async () => {
    const both = await login();
    expect(button(both).textContent!.trim()).to.equal('Sign in with RingCentral');
    expect(both.querySelector('form')).to.not.equal(null);
    expect(button(both).compareDocumentPosition(both.querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const only = await login({ passwordForm: 'off' });
    expect(only.querySelector('form')).to.equal(null);
    const plain = await fixture<RingCxLogin>(html`<ringcx-login></ringcx-login>`);
    await waitUntil(() => plain.querySelector('form'), 'the form');
    expect(plain.querySelector('.ringcx-login__ringcentral-button')).to.equal(null);
  });

  it('signs in through the popup: one ringcx-login with method "ringcentral", the popup closed, the RingEX token revoked', async () => {
    const el = await login({ consent: 'auto' });
    const signedIn = oneEvent(el, 'ringcx-login');
    await press(button(el));
    const { detail } = await signedIn;
    expect(detail.method).to.equal('ringcentral');
    expect(detail.session.displayName).to.equal('Ada Admin');
    expect(detail.session.method).to.equal('ringcentral');
    expect(JSON.stringify(detail)).not.to.match(/token|code|verifier/i);
    await waitUntil(() => el.querySelector('.ringcx-login__logout'), 'the signed-in view');
    expect(popups).to.have.length(1);
    await waitUntil(() => popups[0]!.closed, 'the popup closed');
    await waitUntil(() => ringEx.requests.some((r) => r.operation === 'revoke'), 'the RingEX token revoked');
    expect(ringEx.requests.map((r) => r.operation)).to.deep.equal(['token', 'revoke']);
    expect(location.href).to.equal(startUrl);
  });

  it('goes back to the form quietly when the user closes the popup', async () => {
    const el = await login();
    let errors = 0;
    el.addEventListener('ringcx-error', () => errors++);
    await press(button(el));
    await waitUntil(() => popups.length === 1, 'the popup');
    await waitUntil(() => button(el).getAttribute('aria-disabled') === 'true', 'the button busy');
    popups[0]!.close();
    await waitUntil(() => button(el).getAttribute('aria-disabled') === 'false', 'the button ready again', { timeout: 5000 });
    expect(errors).to.equal(0);
    expect(errorText(el)).to.equal('');
    expect(el.querySelector('form')).to.not.equal(null);
    expect(ringEx.requests).to.deep.equal([]);
  });

  it('says a blocked popup was blocked and offers to continue in this window', async () => {
    const el = await login();
    window.open = () => null;
    const failed = oneEvent(el, 'ringcx-error');
    await press(button(el));
    const { detail } = await failed;
    expect((detail.error as Error & { reason: string }).reason).to.equal('popup-blocked');
    await el.updateComplete;
    expect(errorText(el)).to.equal('Your browser blocked the RingCentral sign-in window.');
    expect(el.querySelector('.ringcx-login__continue')!.textContent!.trim()).to.equal('Continue in this window');
  });

  it('says so when the user refuses consent', async () => {
    const el = await login({ consent: 'deny' });
    const failed = oneEvent(el, 'ringcx-error');
    await press(button(el));
    await failed;
    await el.updateComplete;
    expect(errorText(el)).to.equal('Access was not granted in RingCentral, so you are not signed in.');
    expect(client.session).to.equal(null);
  });

  it('completes a redirect sign-in when the page comes back, and cleans the address bar', async () => {
    // This tab left for RingCentral (the navigation is caught), and RingCentral sent it back here.
    let left = '';
    await startRedirectSignIn({ clientId: CLIENT_ID, redirectUri: PAGE, authorizeUrl: AUTHORIZE, navigate: (url) => (left = url) });
    const asked = new URL(left, location.href).searchParams;
    const code = await issueMockCode({ clientId: CLIENT_ID, redirectUri: PAGE, challenge: asked.get('code_challenge')! });
    history.replaceState(null, '', `${location.pathname}?code=${encodeURIComponent(code)}&state=${asked.get('state')}`);

    const el = document.createElement('ringcx-login') as RingCxLogin;
    el.setAttribute('rc-client-id', CLIENT_ID);
    const signedIn = oneEvent(el, 'ringcx-login');
    document.body.append(el);
    try {
      const { detail } = await signedIn;
      expect(detail.method).to.equal('ringcentral');
      expect(location.search).to.equal('');
      expect(sessionStorage.getItem(PENDING_KEY)).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('reaches another tab like any sign-in, with the method', async () => {
    // Two clients on the same stored session and tab channel are two tabs of one browser.
    const here = new RingCxClient({ persistence: 'session' });
    const there = new RingCxClient({ persistence: 'session' });
    try {
      await Promise.all([here.getSession(), there.getSession()]);
      const heard = new Promise<SessionChange>((resolve) => {
        const stop = there.subscribe((change) => {
          if (change.reason === 'signed-in') {
            stop();
            resolve(change);
          }
        });
      });
      const trigger = document.createElement('button');
      trigger.textContent = 'Sign in with RingCentral';
      trigger.style.cssText = 'position:fixed;left:0;top:0;width:200px;height:40px;z-index:99999';
      const started = new Promise<Promise<unknown>>((resolve) =>
        trigger.addEventListener('click', () =>
          resolve(
            here.loginWithRingCentral({
              clientId: CLIENT_ID,
              redirectUri: RETURN,
              authorizeUrl: `${AUTHORIZE}?consent=auto`,
              popup: openSignInWindow(),
            }),
          ),
        ),
      );
      document.body.append(trigger);
      await press(trigger);
      trigger.remove();
      await (await started);
      const change = await heard;
      expect(change.session?.method).to.equal('ringcentral');
      expect(there.session?.displayName).to.equal('Ada Admin');
    } finally {
      await here.logout();
      here.close();
      there.close();
    }
  });
});
