// What holds when the CDN file and the npm build (two copies of this library) share a page; the
// README's "Both bundles on one page" says the same. The other copy is played by classes and
// errors that look like this library's but are not its objects.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { createMemoryStore, isRingCxError, RingCxClient, type Credentials } from '../src/index.js';
import { defineElement } from '../components/shared/define.js';
import '../components/ringcx-login/ringcx-login.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import { useMock } from './helpers/mock-server.js';

/** An error as another copy of the library throws it: same name and fields, other class. */
function foreignError(name: string, kind: string, fields: Record<string, unknown>): Error {
  return Object.assign(new Error('from the other copy'), { name, kind, ...fields });
}

/** A client whose sign-in fails with `error`, as a client of the other copy would. */
function clientFailingWith(error: Error): RingCxClient {
  const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
  client.login = (_: Credentials) => Promise.reject(error);
  return client;
}

async function submit(el: RingCxLogin): Promise<string> {
  await waitUntil(() => el.querySelector('form'), 'the form');
  await el.updateComplete;
  el.querySelector<HTMLInputElement>('input[name="username"]')!.value = 'admin@example.com';
  el.querySelector<HTMLInputElement>('input[name="platformId"]')!.value = 'aws80';
  const reported = oneEvent(el, 'ringcx-error');
  el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await reported;
  await el.updateComplete;
  return el.querySelector('[role="alert"]')!.textContent!.trim();
}

describe('two copies of the library on one page', () => {
  useMock();

  it('keeps the first definition of a tag and does not throw on the second', () => {
    const first = customElements.get('ringcx-login');
    expect(first).to.exist;
    expect(() => defineElement('ringcx-login', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('ringcx-login')).to.equal(first);
  });

  it('recognizes the other copy’s errors by name and kind, not by class', () => {
    const http = foreignError('RingCxHttpError', 'http', { status: 401 });
    expect(isRingCxError(http)).to.equal(true);
    expect(isRingCxError(foreignError('InvalidInputError', 'invalid-input', { field: 'password' }))).to.equal(true);
    expect(isRingCxError(foreignError('TypeError', 'http', {}))).to.equal(false);
  });

  it('<ringcx-login> words a rejected sign-in from the other copy’s client as its own', async () => {
    const client = clientFailingWith(foreignError('RingCxHttpError', 'http', { status: 401 }));
    const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
    expect(await submit(el)).to.equal('Those sign-in details were not accepted. Check them and try again.');
  });

  it('<ringcx-login> marks the field the other copy’s client refused', async () => {
    const client = clientFailingWith(foreignError('InvalidInputError', 'invalid-input', { field: 'password' }));
    const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
    expect(await submit(el)).to.equal('Enter your password.');
    expect(el.querySelector('input[name="password"]')!.getAttribute('aria-invalid')).to.equal('true');
  });
});
