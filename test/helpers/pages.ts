// Pages that several tests start from.
import { fixture, html } from '@open-wc/testing';
import '../../components/ringcx-login/ringcx-login.js';
import '../../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxLogin } from '../../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxClient } from '../../src/index.js';
import { waitUntil } from './wait.js';

/** A login and a token list on one signed-in client, once the list shows (its empty) list. */
export async function loginAndTokenList(client: RingCxClient): Promise<{ login: RingCxLogin; list: RingCxTokenList }> {
  const page = await fixture<HTMLElement>(html`<div>
    <ringcx-login .client=${client}></ringcx-login>
    <ringcx-token-list .client=${client}></ringcx-token-list>
  </div>`);
  const login = page.querySelector('ringcx-login')!;
  const list = page.querySelector('ringcx-token-list')!;
  await waitUntil(() => list.shadowRoot!.textContent!.includes('No API tokens yet.'), 'the list');
  return { login, list };
}
