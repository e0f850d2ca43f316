// A page under a strict Content-Security-Policy with Trusted Types enforced (see csp.html): starts
// its own mock (msw), signs in through <ringcx-login>, creates a token in <ringcx-token-list> whose
// list holds hostile text, and tells the test page what happened, violations included.
import { violations, violationsReported } from './csp-watch.js';
import { setupWorker } from 'msw/browser';
import { createMockRingCx, DEMO_CREDENTIALS } from '../../src/mock/index.js';
import '../../components/ringcx-login/ringcx-login.js';
import '../../components/ringcx-token-list/ringcx-token-list.js';

// Trusted Types are not in TypeScript's DOM types yet.
declare const trustedTypes: {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
};

const BASE = '/csp-rx';
const HOSTILE = 'aws80:<img src=x onerror="parent.postMessage(\'pwned\', \'*\')">';

function until(test: () => unknown, what: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (test()) resolve();
      else if (Date.now() - start > timeout) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(check, 20);
    };
    check();
  });
}

/** Whether the browser really enforces the policy here: both of these must be refused. */
function enforced(): { trustedTypes: boolean; eval: boolean } {
  let trustedTypes = false;
  try {
    document.createElement('div').innerHTML = '<b>not trusted</b>';
  } catch {
    trustedTypes = true;
  }
  let evalBlocked = false;
  try {
    (0, eval)('1');
  } catch {
    evalBlocked = true;
  }
  return { trustedTypes, eval: evalBlocked };
}

async function run(): Promise<Record<string, unknown>> {
  const mock = createMockRingCx({ baseUrl: BASE });
  // msw registers its worker with a string URL, which Trusted Types refuses: this page grants
  // itself that one URL through a policy of its own (named in the CSP's trusted-types list).
  const policy = trustedTypes.createPolicy('ringcx-mock', {
    createScriptURL: (url) => {
      if (url !== '/mockServiceWorker.js') throw new TypeError(`Not a script this page runs: ${url}`);
      return url;
    },
  });
  // msw sometimes registers again with the URL as a plain string (when another page of the test
  // run has just updated the worker); a default policy lets exactly that URL through as well, and
  // defines nothing for HTML or scripts, so string HTML from the elements would still be refused.
  trustedTypes.createPolicy('default', {
    createScriptURL: (url) => {
      if (new URL(url, location.href).pathname !== '/mockServiceWorker.js') throw new TypeError(`Not a script this page runs: ${url}`);
      return url;
    },
  });
  await setupWorker(...mock.handlers).start({
    quiet: true,
    onUnhandledRequest: 'error',
    serviceWorker: { url: policy.createScriptURL('/mockServiceWorker.js') as unknown as string },
  });
  mock.failNext('listTokens', () => Response.json([HOSTILE]));

  const login = document.createElement('ringcx-login');
  login.setAttribute('base-url', BASE);
  login.setAttribute('persistence', 'none');
  const list = document.createElement('ringcx-token-list');
  list.setAttribute('base-url', BASE);
  document.body.append(login, list);

  await until(() => login.querySelector('form'), 'the form');
  for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
    login.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
  }
  const signedIn = new Promise((resolve, reject) => {
    login.addEventListener('ringcx-login', resolve, { once: true });
    login.addEventListener('ringcx-error', (event) => reject(new Error(`sign-in failed: ${event.detail.message}`)), { once: true });
  });
  login.querySelector('form')!.requestSubmit();
  await signedIn;
  await until(() => list.shadowRoot?.querySelector('[part~="row"]'), 'the token list');
  list.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
  await until(() => list.shadowRoot!.querySelector('[part="new-token-value"]'), 'the new token');

  await violationsReported();
  const seen = [...violations];
  return {
    violations: seen,
    login: login.textContent!.replace(/\s+/g, ' ').trim(),
    tokens: list.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim(),
    injected: list.shadowRoot!.querySelectorAll('img').length + login.querySelectorAll('img').length,
    requests: mock.requests.map((request) => request.operation),
    enforced: enforced(),
  };
}

run().then(
  (outcome) => parent.postMessage({ page: 'csp', outcome }, location.origin),
  (error: Error) => parent.postMessage({ page: 'csp', error: `${error.name}: ${error.message}`, violations }, location.origin),
);
