// The demo page: the three elements wired together. Without a `base-url` query parameter they talk
// to the mock RingCX running in this page (msw service worker), so nothing outside the machine is
// needed; with one (`?base-url=/ringcx`, a path on this site only), to that RingCX. Another host
// must be typed into the field and confirmed on screen (demo/base-url.ts).
import { maskToken } from '../src/index.js';
import { foreignHost, linkedBaseUrl } from './base-url.js';

const MOCK_BASE = '/mock-ringcx';
const page = new URL(location.href);
const asked = page.searchParams.get('base-url');
const baseUrl = linkedBaseUrl(asked, page) ?? MOCK_BASE;
const mode = document.querySelector('#mode')!;
const input = document.querySelector<HTMLInputElement>('#base-url')!;
const confirmBox = document.querySelector<HTMLElement>('#base-url-confirm')!;
input.value = baseUrl === MOCK_BASE ? '' : baseUrl;
if (asked && baseUrl === MOCK_BASE && asked !== MOCK_BASE) {
  document.querySelector<HTMLElement>('#base-url-ignored')!.hidden = false;
}

const elements = () => document.querySelectorAll('ringcx-login, ringcx-token-list, ringcx-accounts');

document.querySelector('#base-url-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = input.value.trim();
  const host = value ? foreignHost(value, page) : undefined;
  if (host === undefined) {
    const next = new URL(location.href);
    if (value) next.searchParams.set('base-url', value);
    else next.searchParams.delete('base-url');
    location.assign(next);
    return;
  }
  // Another host: say which, and wait for the person to confirm it. Not kept in the address.
  confirmBox.querySelector('#base-url-host')!.textContent = host;
  confirmBox.hidden = false;
  confirmBox.querySelector<HTMLButtonElement>('#base-url-yes')!.focus();
});
confirmBox.querySelector('#base-url-no')!.addEventListener('click', () => {
  confirmBox.hidden = true;
  input.focus();
});
confirmBox.querySelector('#base-url-yes')!.addEventListener('click', () => {
  confirmBox.hidden = true;
  const value = input.value.trim();
  for (const element of elements()) element.setAttribute('base-url', value);
  mode.textContent = `Talking to ${foreignHost(value, page) ?? value}.`;
});

// Set before the elements are defined, so they start on the right base URL.
for (const element of elements()) {
  element.setAttribute('base-url', baseUrl);
}

if (baseUrl === MOCK_BASE) {
  // Loaded only for the mock, so a real deployment of this page never ships msw.
  const [{ setupWorker }, { createMockRingCx, createMockRingEx, DEMO_CREDENTIALS, DEMO_RC_CLIENT_ID, MOCK_AUTHORIZE_PATH }] =
    await Promise.all([import('msw/browser'), import('../src/mock/index.js')]);
  // A mock RingEX too, so "Sign in with RingCentral" works: its consent page is a static page in
  // public/, and this page (and /react/) is the app's registered redirect URI.
  const redirectUri = `${location.origin}${location.pathname}`;
  const ringEx = createMockRingEx({ apps: [{ clientId: DEMO_RC_CLIENT_ID, redirectUris: [redirectUri] }] });
  const mock = createMockRingCx({ baseUrl: MOCK_BASE, latency: 300, ringEx });
  await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });
  for (const login of document.querySelectorAll('ringcx-login')) {
    login.setAttribute('rc-client-id', DEMO_RC_CLIENT_ID);
    login.setAttribute('rc-authorize-url', MOCK_AUTHORIZE_PATH);
  }
  document.querySelector('#demo-username')!.textContent = DEMO_CREDENTIALS.username;
  document.querySelector('#demo-password')!.textContent = DEMO_CREDENTIALS.password;
  document.querySelector('#demo-platform')!.textContent = DEMO_CREDENTIALS.platformId;
  document.querySelector<HTMLElement>('#credentials')!.hidden = false;
  mode.textContent = 'Running on the built-in mock RingCX.';
} else {
  mode.textContent = `Talking to ${baseUrl}.`;
}

const { ringCxEventNames } = await import('../components/index.js');

// A live log of the ringcx-* events. Details are shown as JSON: they never hold a password.
const log = document.querySelector('#log')!;
for (const name of ringCxEventNames) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const detail = (event as CustomEvent).detail;
    // Even here, a token is shown masked.
    const shown =
      name === 'ringcx-error'
        ? { message: detail.message, action: detail.action, error: detail.error?.name }
        : name === 'ringcx-account-select'
          ? { accountId: detail.account.accountId, accountName: detail.account.accountName }
          : 'token' in detail
            ? { token: maskToken(detail.token) }
            : detail;
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(shown)}`;
    log.prepend(item);
  });
}
