// Spanish, French and German words, picked from the page's language unless the page gives
// `strings`; loaded only on pages in those languages.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createMemoryStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import { loginStrings } from '../components/ringcx-login/ringcx-login.js';
import { tokenListStrings } from '../components/ringcx-token-list/ringcx-token-list.js';
import { accountsStrings } from '../components/ringcx-accounts/ringcx-accounts.js';
import es from '../components/shared/locales/es.js';
import fr from '../components/shared/locales/fr.js';
import de from '../components/shared/locales/de.js';
import { useMock } from './helpers/mock-server.js';

const submitText = (el: RingCxLogin) => el.querySelector('button[type="submit"]')!.textContent!.trim();

describe('locales', () => {
  useMock();
  let client: RingCxClient;

  beforeEach(() => {
    client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
  });

  afterEach(() => {
    client.close();
    document.documentElement.removeAttribute('lang');
  });

  it('an English page shows English', async () => {
    const el = await fixture<RingCxLogin>(html`<div lang="en"><ringcx-login .client=${client}></ringcx-login></div>`).then(
      (div) => div.querySelector('ringcx-login')!,
    );
    await waitUntil(() => el.querySelector('form'), 'the form');
    expect(submitText(el)).to.equal('Sign in');
  });

  for (const [lang, signIn] of [['es', 'Iniciar sesión'], ['fr-CA', 'Se connecter'], ['de', 'Anmelden']] as const) {
    it(`lang="${lang}" on an ancestor: the login form in that language`, async () => {
      const div = await fixture<HTMLElement>(html`<div lang=${lang}><ringcx-login .client=${client}></ringcx-login></div>`);
      const el = div.querySelector('ringcx-login')!;
      await waitUntil(() => el.querySelector('form') && submitText(el) === signIn, `"${signIn}"`);
    });
  }

  it('the document\'s lang reaches elements in shadow roots; counts use the language\'s words', async () => {
    document.documentElement.lang = 'de';
    await client.login(DEMO_CREDENTIALS);
    const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]')?.textContent?.endsWith('Konten'), 'German count');
    const list = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
    await waitUntil(() => list.shadowRoot!.textContent!.includes('Token erstellen'), 'German token list');
  });

  it('`strings` wins over the page\'s language', async () => {
    const div = await fixture<HTMLElement>(
      html`<div lang="fr"><ringcx-login .client=${client} .strings=${{ signIn: 'Log on' }}></ringcx-login></div>`,
    );
    const el = div.querySelector('ringcx-login')!;
    await waitUntil(() => el.querySelector('form'), 'the form');
    const other = await fixture<HTMLElement>(html`<div lang="fr"><ringcx-login .client=${client}></ringcx-login></div>`);
    await waitUntil(() => other.querySelector('ringcx-login button[type="submit"]')?.textContent!.trim() === 'Se connecter', 'French loaded');
    expect(submitText(el)).to.equal('Log on');
    expect(el.querySelector('label')!.textContent!.trim()).to.equal('Email or username');
  });

  it('every bundle translates every word of every element', () => {
    for (const [name, bundle] of Object.entries({ es, fr, de })) {
      for (const [part, english] of [['login', loginStrings], ['tokenList', tokenListStrings], ['accounts', accountsStrings]] as const) {
        const missing = Object.keys(english).filter((key) => !(key in bundle[part]));
        expect(missing, `${name}.${part}`).to.deep.equal([]);
        const same = Object.entries(bundle[part]).filter(
          ([key, value]) => typeof value === 'string' && value === (english as unknown as Record<string, unknown>)[key] && !/^(ID|Token)$/.test(value),
        );
        expect(same.map(([key]) => key), `${name}.${part} left in English`).to.deep.equal([]);
      }
    }
  });
});
