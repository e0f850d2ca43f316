// A reload with a stored, valid session, on the CDN's login-only entry (dist/cdn/login.js). `?setup` signs in (once per browser context); a plain load
// renders <ringcx-login> and a bare Lit element, each timed from the start of its script's import
// to its first render, and notes the API requests and IndexedDB reads made until the signed-in
// render.
import { whenTrue } from './when-true.js';

const params = new URLSearchParams(location.search);
const CREDENTIALS = { username: 'admin@example.com', password: 'bench-password', platformId: 'aws80' };

async function bareLit() {
  const start = performance.now();
  const { LitElement, html } = await import('/bench-build/lit-ky-idb-keyval.js');
  const importMs = performance.now() - start;
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
  return { bareMs: performance.now() - start, bareImportMs: importMs };
}

async function login() {
  const start = performance.now();
  await import('/bench-build/login.js');
  const importMs = performance.now() - start;
  const element = document.createElement('ringcx-login');
  element.setAttribute('base-url', '/bench-api');
  document.body.append(element);
  await whenTrue(element, () => element.querySelector('.ringcx-login__signed-in') !== null, 'the signed-in state');
  const ms = performance.now() - start;
  const apiRequests = window.__bench.fetches.filter((url) => url.includes('/bench-api/')).length;
  return { ms, importMs, apiRequests, idbReads: window.__bench.idbReads };
}

async function setup() {
  const { RingCxClient } = await import('/bench-build/login.js');
  const client = new RingCxClient({ baseUrl: '/bench-api' });
  await client.login(CREDENTIALS);
  client.close();
  return true;
}

async function measure() {
  // Alternate the order between runs so neither always pays for going first.
  if (params.get('order') === 'login-first') {
    const signedIn = await login();
    return { ...signedIn, ...(await bareLit()) };
  }
  const bare = await bareLit();
  return { ...(await login()), ...bare };
}

window.benchResult = params.has('setup') ? setup() : measure();
