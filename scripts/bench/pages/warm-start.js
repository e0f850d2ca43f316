// A reload with a stored, valid session. `?setup` signs in (once per browser context); a plain load
// renders <ringcx-login> and a bare Lit element, each timed from the start of its script's import
// to its first render, and notes the API requests and IndexedDB reads made until the signed-in
// render.
import { whenTrue } from './when-true.js';

const params = new URLSearchParams(location.search);
const CREDENTIALS = { username: 'admin@example.com', password: 'bench-password', platformId: 'aws80' };

async function bareLit() {
  const start = performance.now();
  const { LitElement, html } = await import('/bench-build/lit-ky-idb-keyval.js');
  customElements.define(
    'bench-bare',
    class extends LitElement {
      render() {
        return html`<p>Signed in as <strong>Ada Admin</strong></p>`;
      }
    },
  );
  const element = document.createElement('bench-bare');
  document.body.append(element);
  await element.updateComplete;
  return performance.now() - start;
}

async function login() {
  const start = performance.now();
  await import('/bench-build/ringcx-elements.js');
  const element = document.createElement('ringcx-login');
  element.setAttribute('base-url', '/bench-api');
  document.body.append(element);
  await whenTrue(element, () => element.querySelector('.ringcx-login__signed-in') !== null, 'the signed-in state');
  const ms = performance.now() - start;
  const apiRequests = window.__bench.fetches.filter((url) => url.includes('/bench-api/')).length;
  return { ms, apiRequests, idbReads: window.__bench.idbReads };
}

async function setup() {
  const { RingCxClient } = await import('/bench-build/ringcx-elements.js');
  const client = new RingCxClient({ baseUrl: '/bench-api' });
  await client.login(CREDENTIALS);
  client.close();
  return true;
}

async function measure() {
  // Alternate the order between runs so neither always pays for going first.
  if (params.get('order') === 'login-first') {
    const signedIn = await login();
    return { ...signedIn, bareMs: await bareLit() };
  }
  const bareMs = await bareLit();
  return { ...(await login()), bareMs };
}

window.benchResult = params.has('setup') ? setup() : measure();
