// The README's Vue snippet in Vue 3 in the browser: Vue's full build compiles its template at run
// time (scripts/test-runner/vue-browser.mjs serves it), passes the client as a property (`.client`) and hears
// the elements' events through `@ringcx-*` listeners.
//
// The elements are defined only after the app has mounted. Compiling in the browser, Vue would
// otherwise find defined `ringcx-*` tags by itself, and a missing `isCustomElement` would go
// unnoticed; a single-file component compiled at build time knows nothing of what the page defines.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createApp, ref, toRaw, type App } from 'vue';
import { createMemoryStore, RingCxClient, type Account, type SessionSummary } from '../src/index.js';
import type { RingCxEvent } from '../components/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';
import { clickFirstAccount, expectClientProperty, expectTokensListed, signInByTyping } from './helpers/framework-app.js';

/** What the snippet's root component exposes (its `setup()` result, refs unwrapped). */
interface AdminState {
  session: SessionSummary | undefined;
  account: Account | undefined;
}

/** The README's snippet, from `const app = createApp({` to the `isCustomElement` line, unchanged. */
function readmeApp(client: RingCxClient): App {
  const app = createApp({
    setup() {
      const session = ref<SessionSummary>();
      const account = ref<Account>();
      const onLogin = (event: RingCxEvent<'ringcx-login'>) => (session.value = event.detail.session);
      const onAccountSelect = (event: RingCxEvent<'ringcx-account-select'>) => (account.value = event.detail.account);
      return { client, session, account, onLogin, onAccountSelect };
    },
    template: `
    <ringcx-login .client="client" @ringcx-login="onLogin" />
    <p>{{ session ? 'Signed in as ' + session.displayName : 'Nobody is signed in.' }}</p>
    <ringcx-token-list .client="client" />
    <ringcx-accounts .client="client" @ringcx-account-select="onAccountSelect" />
    <p>{{ account ? 'Selected account: ' + account.accountId : 'No account selected.' }}</p>
  `,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ringcx-');
  return app;
}

/** Collapses runs of white space, so that indentation does not count when comparing code. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('Vue 3 (the README snippet)', () => {
  const { mock } = useMock();
  let container: HTMLElement;
  let client: RingCxClient;
  let app: App | undefined;
  let warnings: string[];

  beforeEach(() => {
    localStorage.clear();
    client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    container = document.createElement('div');
    document.body.append(container);
    warnings = [];
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    client.close();
  });

  /** Mounts the snippet's app; Vue's warnings (an unresolved component, a bad binding) are kept. */
  function mount(): AdminState {
    const mounted = readmeApp(client);
    mounted.config.warnHandler = (message) => warnings.push(message);
    app = mounted;
    return mounted.mount(container) as unknown as AdminState;
  }

  /** The text of the snippet's own paragraphs (not the elements'). */
  const paragraphs = (): string[] => [...container.querySelectorAll(':scope > p')].map((p) => p.textContent!.trim());

  it('is the snippet the README shows', async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('### Vue');
    expect(start, 'the README has a Vue section').to.be.greaterThan(-1);
    const vueSection = readme.slice(start, readme.indexOf('\n### ', start + 1));
    // The template, and the lines around it, are the ones this file runs.
    const template = (readmeApp(client)._component as { template: string }).template;
    expect(squash(vueSection).includes(squash(template)), 'the README shows the template this file runs').to.equal(true);
    for (const line of [
      "import type {} from 'ringcx-elements/vue';",
      'const app = createApp({',
      'const session = ref<SessionSummary>();',
      'const account = ref<Account>();',
      "const onLogin = (event: RingCxEvent<'ringcx-login'>) => (session.value = event.detail.session);",
      "const onAccountSelect = (event: RingCxEvent<'ringcx-account-select'>) => (account.value = event.detail.account);",
      'return { client, session, account, onLogin, onAccountSelect };',
      "app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('ringcx-');",
    ]) {
      expect(vueSection).to.contain(line);
    }
  });

  it('binds the client, signs in through the form, lists tokens and selects an account', async () => {
    // Two API tokens at the mock before the page signs in: the list must show them.
    const setup = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    await setup.login(DEMO_CREDENTIALS);
    const tokens = [(await setup.createApiToken())!, (await setup.createApiToken())!];
    setup.close();

    const state = mount();
    expect(customElements.get('ringcx-login'), 'the elements are not defined yet').to.equal(undefined);
    expect(warnings, 'Vue warned while compiling the template (is isCustomElement set?)').to.deep.equal([]);
    await import('../components/index.js');
    await waitUntil(() => container.querySelector('ringcx-login form input[name="username"]'), 'the sign-in form never showed');

    // `.client` set the object as a property, not as an attribute.
    expectClientProperty(container, client);
    expect(paragraphs()).to.deep.equal(['Nobody is signed in.', 'No account selected.']);

    // Sign in the way a user does: type into the form, then submit it.
    const detail = await signInByTyping(container.querySelector('ringcx-login')!);

    // Vue's @ringcx-login handler ran with the event's detail, and Vue rendered its new state.
    expect(detail.session.displayName).to.equal('Ada Admin');
    await waitUntil(() => paragraphs()[0] === 'Signed in as Ada Admin', 'Vue never heard ringcx-login');
    expect(toRaw(state.session), 'the session Vue keeps is the one the event carried').to.equal(detail.session);

    // The token list follows the same client and shows the mock's tokens.
    await expectTokensListed(container, tokens);
    expect(mock.apiTokensOf(DEMO_CREDENTIALS.username)).to.deep.equal(tokens);

    // Selecting an account reaches Vue's @ringcx-account-select handler.
    const { id, account } = await clickFirstAccount(container);
    await waitUntil(() => paragraphs()[1] === `Selected account: ${id}`, 'Vue never heard ringcx-account-select');
    expect(toRaw(state.account), 'the account Vue keeps is the one the event carried').to.equal(account);

    expect(warnings, 'Vue warned').to.deep.equal([]);
  });
});
