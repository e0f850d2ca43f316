// The README's Angular snippet in Angular 20 in the browser. Angular's CLI (and its ahead-of-time
// compiler with template type checking) needs Node 22, CI has Node 20; so this runs the component
// the other way Angular supports, compiled just in time in the page by @angular/compiler, without
// zone.js. It checks what the snippet does at run time (`CUSTOM_ELEMENTS_SCHEMA`, `[client]`,
// `(ringcx-*)`), not what Angular's template checker would say about it.
//
// As in test/vue.test.ts, the elements are defined only after the app has started: Angular in
// development mode finds defined custom elements by itself, and a missing schema would go unnoticed.
import '@angular/compiler';
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { createMemoryStore, RingCxClient, type Account, type SessionSummary } from '../src/index.js';
import type { RingCxEvent } from '../components/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';
import { clickFirstAccount, expectClientProperty, expectTokensListed, signInByTyping } from './helpers/framework-app.js';

// The README's snippet from `@Component({` to the end of the class, unchanged.
@Component({
  selector: 'app-admin',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <ringcx-login [client]="client" (ringcx-login)="onLogin($event)"></ringcx-login>
    <p>{{ session ? 'Signed in as ' + session.displayName : 'Nobody is signed in.' }}</p>
    <ringcx-token-list [client]="client"></ringcx-token-list>
    <ringcx-accounts [client]="client" (ringcx-account-select)="onAccountSelect($event)"></ringcx-accounts>
    <p>{{ account ? 'Selected account: ' + account.accountId : 'No account selected.' }}</p>
  `,
})
export class AdminComponent {
  client = new RingCxClient({ baseUrl: '/ringcx' });
  session?: SessionSummary;
  account?: Account;

  onLogin(event: Event) {
    this.session = (event as RingCxEvent<'ringcx-login'>).detail.session;
  }

  onAccountSelect(event: Event) {
    this.account = (event as RingCxEvent<'ringcx-account-select'>).detail.account;
  }
}

/** Collapses runs of white space, so that indentation does not count when comparing code. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('Angular 20 (the README snippet, compiled just in time)', () => {
  // The snippet's client talks to `/ringcx`; the mock answers there.
  const { mock } = useMock({ baseUrl: '/ringcx' });
  let host: HTMLElement;
  let app: ApplicationRef | undefined;
  let errors: unknown[][];
  let consoleError: typeof console.error;

  beforeEach(() => {
    localStorage.clear();
    host = document.createElement('app-admin');
    document.body.append(host);
    errors = [];
    consoleError = console.error;
    // Angular reports an unknown element or property (no schema) on the console in development mode.
    console.error = (...args: unknown[]) => {
      errors.push(args);
      consoleError.apply(console, args);
    };
  });

  afterEach(async () => {
    console.error = consoleError;
    const component = app?.components[0]?.instance as AdminComponent | undefined;
    app?.destroy();
    app = undefined;
    if (component) {
      await component.client.logout();
      component.client.close();
    }
    host.remove();
  });

  it('is the snippet the README shows', async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('### Angular');
    expect(start, 'the README has an Angular section').to.be.greaterThan(-1);
    const section = squash(readme.slice(start, readme.indexOf('\n## ', start)));
    // Angular's decorators keep their arguments on the class (`__annotations__`) in just-in-time mode.
    const [meta] = (AdminComponent as unknown as { __annotations__: Array<{ template: string }> }).__annotations__;
    expect(section.includes(squash(meta!.template)), 'the README shows the template this file runs').to.equal(true);
    for (const line of [
      "import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';",
      "selector: 'app-admin',",
      'standalone: true,',
      'schemas: [CUSTOM_ELEMENTS_SCHEMA],',
      'export class AdminComponent {',
      "client = new RingCxClient({ baseUrl: '/ringcx' });",
      'session?: SessionSummary;',
      'account?: Account;',
      'onLogin(event: Event) {',
      "this.session = (event as RingCxEvent<'ringcx-login'>).detail.session;",
      'onAccountSelect(event: Event) {',
      "this.account = (event as RingCxEvent<'ringcx-account-select'>).detail.account;",
    ]) {
      expect(section.includes(squash(line)), `the README has: ${line}`).to.equal(true);
    }
  });

  it('binds the client, signs in through the form, lists tokens and selects an account', async () => {
    // Two API tokens at the mock before the page signs in: the list must show them.
    const setup = new RingCxClient({ baseUrl: '/ringcx', store: createMemoryStore(), syncTabs: false });
    await setup.login(DEMO_CREDENTIALS);
    const tokens = [(await setup.createApiToken())!, (await setup.createApiToken())!];
    setup.close();

    app = await bootstrapApplication(AdminComponent, { providers: [provideZonelessChangeDetection()] });
    const component = app.components[0]!.instance as AdminComponent;
    expect(customElements.get('ringcx-login'), 'the elements are not defined yet').to.equal(undefined);
    expect(errors.map(String), 'Angular reported errors while rendering the template (is the schema set?)').to.deep.equal([]);
    await import('../components/index.js');

    const paragraphs = (): string[] => [...host.querySelectorAll(':scope > p')].map((p) => p.textContent!.trim());
    await waitUntil(() => host.querySelector('ringcx-login form input[name="username"]'), 'the sign-in form never showed');

    // `[client]` set the snippet's client as a property, not as an attribute.
    expectClientProperty(host, component.client);
    expect(paragraphs()).to.deep.equal(['Nobody is signed in.', 'No account selected.']);

    const login = host.querySelector('ringcx-login')!;
    const detail = await signInByTyping(login);

    // The (ringcx-login) handler ran with the event's detail, and Angular rendered the new state.
    expect(detail.session.displayName).to.equal('Ada Admin');
    await waitUntil(() => paragraphs()[0] === 'Signed in as Ada Admin', 'Angular never heard ringcx-login');
    expect(component.session, 'the session the component keeps is the one the event carried').to.equal(detail.session);

    await expectTokensListed(host, tokens);
    expect(mock.apiTokensOf(DEMO_CREDENTIALS.username)).to.deep.equal(tokens);

    const { id, account } = await clickFirstAccount(host);
    await waitUntil(() => paragraphs()[1] === `Selected account: ${id}`, 'Angular never heard ringcx-account-select');
    expect(component.account, 'the account the component keeps is the one the event carried').to.equal(account);

    expect(errors.map(String), 'Angular reported errors').to.deep.equal([]);
  });
});
