// The React 19 example (demo/react/app.tsx) in the browser: its components (ringcx-elements/react)
// pass the client as a property and hear the elements' events through `onRingcx…` props.
// test/react-ssr.test.tsx covers the components themselves, server-rendered and hydrated.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createRoot, type Root } from 'react-dom/client';
import type {} from '../components/jsx.js';
import { createMemoryStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { App } from '../demo/react/app.js';
import { useMock } from './helpers/mock-server.js';

describe('React 19 example', () => {
  useMock();
  let container: HTMLElement;
  let root: Root;
  let client: RingCxClient;

  beforeEach(() => {
    localStorage.clear();
    client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
    client.close();
  });

  const $ = <T extends Element = HTMLElement>(selector: string): T => {
    const found = container.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const text = (selector: string): string => container.querySelector(selector)?.textContent?.trim() ?? '';
  const shadowText = (tag: string): string => container.querySelector(tag)?.shadowRoot?.textContent ?? '';

  it('passes the client as a property, signs in through the form and hears the events', async () => {
    root.render(<App client={client} />);
    await waitUntil(() => container.querySelector('ringcx-login form'), 'the sign-in form never showed');

    // The object went in as a property, not as an attribute.
    for (const tag of ['ringcx-login', 'ringcx-token-list', 'ringcx-accounts'] as const) {
      const element = container.querySelector(tag)!;
      expect(element.client === client, `${tag}.client is the client`).to.equal(true);
      expect(element.hasAttribute('client'), `${tag} has no client attribute`).to.equal(false);
    }
    expect(text('[data-testid="user"]')).to.equal('Nobody is signed in.');

    const login = $('ringcx-login');
    for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
      login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
    }
    login.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    // ringcx-login reached React's state.
    await waitUntil(() => text('[data-testid="user"]') === 'Signed in as Ada Admin', 'React never heard ringcx-login');

    // The other elements follow the same client.
    await waitUntil(() => shadowText('ringcx-token-list').includes('No API tokens yet.'), 'the token list never loaded');
    await waitUntil(() => $('ringcx-accounts').shadowRoot!.querySelector('[role="option"]'), 'the accounts never loaded');

    const option = $('ringcx-accounts').shadowRoot!.querySelector<HTMLElement>('[role="option"]')!;
    const name = option.querySelector('[part="option-name"]')!.textContent!.trim();
    const id = option.querySelector('[part="option-id"]')!.textContent!.trim();
    option.click();

    // ringcx-account-select reached React's state.
    await waitUntil(
      () => text('[data-testid="account"]') === `Selected account: ${name} (${id})`,
      'React never heard ringcx-account-select',
    );

    // Signing out reaches React too.
    login.querySelector<HTMLButtonElement>('.ringcx-login__logout')!.click();
    await waitUntil(() => text('[data-testid="user"]') === 'Nobody is signed in.', 'React never heard ringcx-logout');
    expect(text('[data-testid="account"]')).to.equal('No account selected.');
  });

  it('also works with the raw tags in a client-only app: client as a property, onringcx-* props as listeners', async () => {
    const signedIn: string[] = [];
    root.render(<ringcx-login client={client} onringcx-login={(event) => signedIn.push(event.detail.session.displayName)} />);
    await waitUntil(() => container.querySelector('ringcx-login form'), 'the sign-in form never showed');
    const login = container.querySelector('ringcx-login')!;
    expect(login.client === client, 'ringcx-login.client is the client').to.equal(true);
    for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
      login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
    }
    login.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => signedIn.length === 1, 'React never heard ringcx-login');
    expect(signedIn).to.deep.equal(['Ada Admin']);
  });
});
