// What the framework tests (test/vue.test.ts, test/angular.test.ts) check the same way once the
// README snippet has rendered the three elements: the client went in as a property, and a user
// signs in by typing into the form, the tokens are listed, an account can be picked.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { maskToken, type Account, type RingCxClient } from '../../src/index.js';
import type { RingCxEventMap } from '../../components/index.js';
import { DEMO_CREDENTIALS } from '../../src/mock/index.js';
import { waitUntil } from './wait.js';

/** Each element in `root` holds `client` as its `client` property, and none has a `client` attribute. */
export function expectClientProperty(root: ParentNode, client: RingCxClient): void {
  for (const tag of ['ringcx-login', 'ringcx-token-list', 'ringcx-accounts'] as const) {
    const found = root.querySelector(tag)!;
    expect(found.client === client, `${tag}.client is the client`).to.equal(true);
    expect(found.hasAttribute('client'), `${tag} has no client attribute`).to.equal(false);
  }
}

/** Types the demo credentials into the login's form with real keys, submits, and resolves to the `ringcx-login` detail. */
export async function signInByTyping(login: HTMLElementTagNameMap['ringcx-login']): Promise<RingCxEventMap['ringcx-login']> {
  for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
    const input = login.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.focus();
    await sendKeys({ type: value });
    expect(input.value, `typed into ${name}`).to.equal(value);
  }
  const signedIn = oneEvent(login, 'ringcx-login');
  login.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  return (await signedIn).detail;
}

/** Waits until the token list in `root` shows every one of `tokens`, masked. */
export async function expectTokensListed(root: ParentNode, tokens: readonly string[]): Promise<void> {
  const list = root.querySelector('ringcx-token-list')!;
  const rows = () => [...list.shadowRoot!.querySelectorAll('[part~="token"]')].map((row) => row.textContent!);
  await waitUntil(() => rows().length === tokens.length, 'the token list never showed the tokens');
  for (const [i, token] of tokens.entries()) expect(rows().some((row) => row.includes(maskToken(token))), `token ${i} listed`).to.equal(true);
}

/** Clicks the first account in `root`'s <ringcx-accounts>; resolves to its shown ID and the event's account. */
export async function clickFirstAccount(root: ParentNode): Promise<{ id: string; account: Account }> {
  const accounts = root.querySelector('ringcx-accounts')!;
  await waitUntil(() => accounts.shadowRoot!.querySelector('[role="option"]'), 'the accounts never loaded');
  const option = accounts.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!;
  const id = option.querySelector('[part="option-id"]')!.textContent!.trim();
  const selected = oneEvent(accounts, 'ringcx-account-select');
  option.click();
  const { account } = (await selected).detail;
  expect(account.accountId).to.equal(id);
  return { id, account };
}
