// What the framework tests (test/vue.test.ts, test/angular.test.ts) check the same way once the
// README snippet has rendered the three elements: the client went in as a property, and a user
// signs in by typing into the form.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RingCxClient } from '../../src/index.js';
import type { RingCxEventMap } from '../../components/index.js';
import { DEMO_CREDENTIALS } from '../../src/mock/index.js';

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
