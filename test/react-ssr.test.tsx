// The React components of `ringcx-elements/react`, server-rendered and hydrated the way Next.js or
// Remix does it: React's server renderer writes the HTML, the elements upgrade and render their
// state before React hydrates (their module runs first), then `hydrateRoot` adopts the HTML. React
// is the development build, which reports every mismatch it finds.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { RingCxAccounts, RingCxLogin, ringCxReactEvents, RingCxTokenList } from '../components/react.js';
import type { RingCxEvent, RingCxEventName } from '../components/shared/events.js';
import { createMemoryStore, DEFAULT_BASE_URL, RingCxClient, setDefaultClient, type SessionStore } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';

/** A recording callback whose `called(n)` settles once it has been called n times. */
interface Spy<T> {
  (value: T): void;
  readonly calls: T[];
  called(times?: number): Promise<T[]>;
}

function spy<T>(): Spy<T> {
  const calls: T[] = [];
  const waiting: Array<{ times: number; resolve: (calls: T[]) => void }> = [];
  const fn = (value: T) => {
    calls.push(value);
    for (const wait of waiting.filter((w) => calls.length >= w.times)) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(calls);
    }
  };
  return Object.assign(fn, {
    calls,
    called: (times = 1) =>
      calls.length >= times ? Promise.resolve(calls) : new Promise<T[]>((resolve) => waiting.push({ times, resolve })),
  });
}

type Detail<K extends RingCxEventName> = RingCxEvent<K>['detail'];

interface Handlers {
  login: Spy<Detail<'ringcx-login'>>;
  logout: Spy<Detail<'ringcx-logout'>>;
  select: Spy<Detail<'ringcx-account-select'>>;
  error: Spy<Detail<'ringcx-error'>>;
}

function handlers(): Handlers {
  return { login: spy(), logout: spy(), select: spy(), error: spy() };
}

/** Calls `onCommit` each time React has committed the tree (hydration counts). */
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(() => onCommit());
  return children;
}

/** A page with the three components, as an app would write it. */
function AdminPage({ client, on }: { client: RingCxClient; on: Handlers }) {
  return (
    <main>
      <h1>RingCX admin</h1>
      <RingCxLogin
        baseUrl={DEFAULT_BASE_URL}
        client={client}
        onRingcxLogin={(event) => on.login(event.detail)}
        onRingcxLogout={(event) => on.logout(event.detail)}
        onRingcxError={(event) => on.error(event.detail)}
      />
      <RingCxTokenList baseUrl={DEFAULT_BASE_URL} client={client} onRingcxError={(event) => on.error(event.detail)}>
        <p slot="signed-out">Sign in to see your API tokens.</p>
      </RingCxTokenList>
      <RingCxAccounts
        baseUrl={DEFAULT_BASE_URL}
        client={client}
        className="accounts"
        onRingcxAccountSelect={(event) => on.select(event.detail)}
        onRingcxError={(event) => on.error(event.detail)}
      />
      <p>Footer</p>
    </main>
  );
}

/**
 * What a framework's server sends. React's streaming renderer writes the same HTML for a tree
 * without Suspense boundaries, but it needs ReadableByteStreamController, which WebKitGTK 2.50
 * lacks; a real server runs it in Node (scripts/ssr-check.mjs renders the components there).
 */
async function serverHtml(tree: ReactNode): Promise<string> {
  return renderToString(tree);
}

describe('ringcx-elements/react', () => {
  useMock();
  let container: HTMLElement;
  let root: Root | undefined;
  let client: RingCxClient;
  let store: SessionStore;
  /** What reached console.error during the test: server rendering, hydration and after. */
  let consoleErrors: unknown[][];
  let consoleError: typeof console.error;

  beforeEach(() => {
    consoleErrors = [];
    consoleError = console.error;
    console.error = (...args: unknown[]) => void consoleErrors.push(args);
    localStorage.clear();
    store = createMemoryStore();
    client = new RingCxClient({ store, syncTabs: false });
    // Before hydration the elements have no `client` property yet and use the shared client for
    // their `base-url`, as they would in a real page.
    setDefaultClient(DEFAULT_BASE_URL, client);
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    console.error = consoleError;
    root?.unmount();
    root = undefined;
    container.remove();
    setDefaultClient(DEFAULT_BASE_URL, undefined);
  });

  const $ = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => {
    const found = container.querySelector(tag);
    if (!found) throw new Error(`no ${tag}`);
    return found;
  };

  /** Nothing reached console.error from the start of the test (server rendering included). */
  const expectQuietConsole = () =>
    expect(consoleErrors.map((args) => args.map(String).join(' ')), 'console.error during the test').to.deep.equal([]);

  /** Signs in through the form inside <ringcx-login>, the way a user (or a password manager) does. */
  function signInThroughForm(): void {
    const login = $('ringcx-login');
    for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
      login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
    }
    login.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }

  /** Clicks the first account row; returns the id it shows. */
  async function selectFirstAccount(): Promise<string> {
    const accounts = $('ringcx-accounts');
    await waitUntil(() => accounts.shadowRoot!.querySelector('[role="option"]'), 'no accounts');
    const option = accounts.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!;
    const id = option.querySelector('[part="option-id"]')!.textContent!.trim();
    await accounts.updateComplete;
    accounts.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
    return id;
  }

  describe('server-rendered, then hydrated', () => {
    interface Reports {
      recoverable: unknown[];
      caught: unknown[];
      uncaught: unknown[];
      console: unknown[][];
    }

    function expectNoHydrationErrors(reports: Reports): void {
      const messages = (list: unknown[]) => list.map((entry) => String(entry instanceof Error ? entry.message : entry));
      expect(messages(reports.recoverable), 'onRecoverableError').to.deep.equal([]);
      expect(messages(reports.caught), 'onCaughtError').to.deep.equal([]);
      expect(messages(reports.uncaught), 'onUncaughtError').to.deep.equal([]);
      expect(reports.console.map((args) => args.map(String).join(' ')), 'console.error').to.deep.equal([]);
    }

    /** Hydrates the container's server HTML, spying on React's error callbacks and the console until React has committed. */
    async function hydrate(on: Handlers): Promise<Reports> {
      const reports: Reports = { recoverable: [], caught: [], uncaught: [], console: consoleErrors };
      let committed = () => {};
      const commit = new Promise<void>((resolve) => (committed = resolve));
      // StrictMode, as Next.js runs it in development: effects run, are undone and run again.
      root = hydrateRoot(
        container,
        <StrictMode>
          <Committed onCommit={committed}>
            <AdminPage client={client} on={on} />
          </Committed>
        </StrictMode>,
        {
          onRecoverableError: (error) => reports.recoverable.push(error),
          onCaughtError: (error) => reports.caught.push(error),
          onUncaughtError: (error) => reports.uncaught.push(error),
        },
      );
      await commit;
      return reports;
    }

    async function pageHtml(on: Handlers): Promise<string> {
      const html = await serverHtml(
        <StrictMode>
          <AdminPage client={client} on={on} />
        </StrictMode>,
      );
      expect(html, 'the server HTML carries the base URL').to.contain(`base-url="${DEFAULT_BASE_URL}"`);
      expect(html, 'no content in the server-rendered <ringcx-login>').to.match(/<ringcx-login [^>]*><\/ringcx-login>/);
      return html;
    }

    /**
     * Server-renders the page, lets the elements upgrade and render (`ready` says when they have)
     * as they do when their module runs before hydration, then hydrates. Expects no report of a
     * mismatch and the element's own light DOM still in place.
     */
    async function serverRenderThenHydrate(on: Handlers, ready: () => boolean): Promise<void> {
      container.innerHTML = await pageHtml(on);
      await waitUntil(ready, 'the elements never rendered before hydration');
      for (const tag of ['ringcx-login', 'ringcx-token-list', 'ringcx-accounts'] as const) await $(tag).updateComplete;
      const before = { login: $('ringcx-login'), content: [...$('ringcx-login').children] };
      expect(before.content.length, 'ringcx-login has light-DOM children before hydration').to.be.greaterThan(0);

      expectNoHydrationErrors(await hydrate(on));

      // React kept the server HTML: the very nodes the element rendered are still in place.
      expect($('ringcx-login') === before.login, 'the same <ringcx-login> node').to.equal(true);
      expect(
        before.content.every((child) => child.isConnected && child.parentElement === before.login),
        'the light DOM the element rendered before hydration survives',
      ).to.equal(true);
      // The props that are properties reached the elements once hydrated.
      for (const tag of ['ringcx-login', 'ringcx-token-list', 'ringcx-accounts'] as const) {
        expect($(tag).client === client, `${tag}.client is the client`).to.equal(true);
      }
    }

    it('hydrates a signed-out page without a mismatch, then hears onRingcxLogin and onRingcxAccountSelect', async () => {
      const on = handlers();
      await serverRenderThenHydrate(
        on,
        () =>
          !!container.querySelector('ringcx-login form') &&
          !!$('ringcx-token-list').shadowRoot?.querySelector('slot[name="signed-out"]') &&
          !!$('ringcx-accounts').shadowRoot?.querySelector('slot[name="signed-out"]'),
      );
      expect($('ringcx-token-list').querySelector('[slot="signed-out"]')!.textContent).to.equal('Sign in to see your API tokens.');

      signInThroughForm();
      const [login] = await on.login.called();
      expect(login!.session.displayName).to.equal('Ada Admin');
      expect(login!.session.platformId).to.equal(DEMO_CREDENTIALS.platformId);

      const id = await selectFirstAccount();
      const [selected] = await on.select.called();
      expect(selected!.account.accountId).to.equal(id);
      expect(on.error.calls).to.deep.equal([]);
      expectQuietConsole();
    });

    it('hydrates a page with a stored session without a mismatch, then hears onRingcxAccountSelect and onRingcxLogout', async () => {
      await new RingCxClient({ store, syncTabs: false }).login(DEMO_CREDENTIALS);
      const on = handlers();
      await serverRenderThenHydrate(
        on,
        () =>
          !!container.querySelector('ringcx-login .ringcx-login__signed-in') &&
          !!$('ringcx-token-list').shadowRoot?.textContent?.includes('No API tokens yet.') &&
          !!$('ringcx-accounts').shadowRoot?.querySelector('[role="option"]'),
      );
      expect($('ringcx-login').textContent).to.contain('Signed in as Ada Admin');

      const id = await selectFirstAccount();
      const [selected] = await on.select.called();
      expect(selected!.account.accountId).to.equal(id);

      $('ringcx-login').querySelector<HTMLButtonElement>('.ringcx-login__logout')!.click();
      await on.logout.called();
      expect(on.login.calls, 'a stored session is not a new sign-in').to.deep.equal([]);
      expect(on.error.calls).to.deep.equal([]);
      expectQuietConsole();
    });

    it('hydrates without a mismatch when the elements upgrade only after hydration', async () => {
      // A document without a browsing context has no custom elements: the tags stay plain until
      // the container moves into the page, as when the elements' module loads after hydration.
      const inert = document.implementation.createHTMLDocument('');
      container.remove();
      container = inert.body.appendChild(inert.createElement('div'));
      const on = handlers();
      container.innerHTML = await pageHtml(on);
      expect(container.querySelector('ringcx-login')).not.to.be.instanceOf(customElements.get('ringcx-login')!);

      expectNoHydrationErrors(await hydrate(on));
      document.body.append(container);
      const login = $('ringcx-login');
      expect(login).to.be.instanceOf(customElements.get('ringcx-login')!);
      await login.updateComplete;
      expect(login.client === client, 'the client set before the upgrade is kept').to.equal(true);

      await waitUntil(() => login.querySelector('form'), 'the form never showed');
      signInThroughForm();
      const [signedIn] = await on.login.called();
      expect(signedIn!.session.displayName).to.equal('Ada Admin');
      const id = await selectFirstAccount();
      const [selected] = await on.select.called();
      expect(selected!.account.accountId).to.equal(id);
      expectQuietConsole();
    });
  });

  describe('client-only (createRoot)', () => {
    it('writes the sign-in attributes into the server HTML, a false boolean as no attribute', async () => {
      const html = await serverHtml(
        <>
          <RingCxLogin rcClientId="app-1" rcRedirectUri="https://intranet.example/admin/" rcKeepToken={false} passwordForm="off" />
          <RingCxLogin rcClientId="app-2" rcKeepToken />
        </>,
      );
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const [first, second] = [...doc.querySelectorAll('ringcx-login')];
      expect(first!.getAttribute('rc-client-id')).to.equal('app-1');
      expect(first!.getAttribute('rc-redirect-uri')).to.equal('https://intranet.example/admin/');
      expect(first!.getAttribute('password-form')).to.equal('off');
      expect(first!.hasAttribute('rc-keep-token')).to.equal(false);
      expect(second!.getAttribute('rc-keep-token')).to.equal('');
      // No prop reached the HTML under its camel-case name (the parser lower-cases names).
      const camel = ['rcclientid', 'rcredirecturi', 'rckeeptoken', 'passwordform'];
      expect([...first!.attributes].map((a) => a.name).filter((name) => camel.includes(name))).to.deep.equal([]);
    });

    it('sets objects as properties and strings as attributes, passes refs and children, and hears the events', async () => {
      const on = handlers();
      const refs: Partial<Record<'login' | 'accounts', HTMLElement | null>> = {};
      let committed = () => {};
      const commit = new Promise<void>((resolve) => (committed = resolve));
      root = createRoot(container);
      root.render(
        <Committed onCommit={committed}>
          <RingCxLogin
            ref={(element) => void (refs.login = element)}
            client={client}
            theme="dark"
            platformId={DEMO_CREDENTIALS.platformId}
            strings={{ signIn: 'Anmelden' }}
            onRingcxLogin={(event) => on.login(event.detail)}
            onRingcxLogout={(event) => on.logout(event.detail)}
          />
          <RingCxTokenList client={client} id="tokens">
            <p slot="signed-out">Sign in to see your API tokens.</p>
          </RingCxTokenList>
          <RingCxAccounts
            ref={(element) => void (refs.accounts = element)}
            client={client}
            className="accounts"
            onRingcxAccountSelect={(event) => on.select(event.detail)}
          />
        </Committed>,
      );
      await commit;

      const login = $('ringcx-login');
      expect(refs.login === login, 'the ref is the element').to.equal(true);
      expect(refs.accounts === $('ringcx-accounts')).to.equal(true);
      for (const tag of ['ringcx-login', 'ringcx-token-list', 'ringcx-accounts'] as const) {
        expect($(tag).client === client, `${tag}.client is the client`).to.equal(true);
        expect($(tag).hasAttribute('client'), `${tag} has no client attribute`).to.equal(false);
      }
      expect(login.getAttribute('platform-id')).to.equal(DEMO_CREDENTIALS.platformId);
      expect(login.platformId).to.equal(DEMO_CREDENTIALS.platformId);
      expect(login.theme).to.equal('dark');
      expect($('ringcx-token-list').id).to.equal('tokens');
      expect($('ringcx-accounts').classList.contains('accounts')).to.equal(true);
      expect($('ringcx-token-list').querySelector('[slot="signed-out"]')!.textContent).to.equal('Sign in to see your API tokens.');

      await waitUntil(() => login.querySelector('form'), 'the sign-in form never showed');
      expect(login.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Anmelden');
      expect(login.querySelector('input[name="platformId"]'), 'platformId hides its field').to.equal(null);

      for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
        const input = login.querySelector<HTMLInputElement>(`input[name="${name}"]`);
        if (input) input.value = value;
      }
      login.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const [signedIn] = await on.login.called();
      expect(signedIn!.session.displayName).to.equal('Ada Admin');

      const id = await selectFirstAccount();
      const [selected] = await on.select.called();
      expect(selected!.account.accountId).to.equal(id);

      login.querySelector<HTMLButtonElement>('.ringcx-login__logout')!.click();
      await on.logout.called();
      expectQuietConsole();
    });

    it('keeps the form the element rendered when React renders the component again', async () => {
      let committed = () => {};
      const commit = () => new Promise<void>((resolve) => (committed = resolve));
      root = createRoot(container);
      const render = (theme: 'light' | 'dark') =>
        root!.render(
          <Committed onCommit={() => committed()}>
            <RingCxLogin client={client} theme={theme} onRingcxLogin={() => {}} />
          </Committed>,
        );
      let done = commit();
      render('light');
      await done;
      await waitUntil(() => container.querySelector('ringcx-login form'), 'the sign-in form never showed');
      const form = container.querySelector('ringcx-login form');
      done = commit();
      render('dark');
      await done;
      expect($('ringcx-login').theme).to.equal('dark');
      expect(container.querySelector('ringcx-login form') === form, 'the same form').to.equal(true);
      expectQuietConsole();
    });
  });

  it('takes a prop for every event each element declares in custom-elements.json', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; events?: Array<{ name: string }> }> }>;
    };
    for (const [tag, events] of Object.entries(ringCxReactEvents)) {
      const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
      const declared = (declaration?.events ?? []).map((event) => event.name);
      expect([...events].sort(), tag).to.deep.equal([...new Set(declared)].sort());
    }
  });
});
