// A reload with a stored, valid session, on the CDN's login-only entry (dist/cdn/login.js).
// `?setup` signs in (once per browser context) and stores a value for the baseline below. A plain
// load renders three things, each timed from the start of its script's import to its first
// render: <ringcx-login> (noting the API requests and IndexedDB reads made until the signed-in
// render), a bare Lit element, and a bare Lit element that first reads one value from IndexedDB
// (the one read a stored session costs, without anything else of ours).
import { whenTrue } from './when-true.js';

const params = new URLSearchParams(location.search);
const CREDENTIALS = { username: 'admin@example.com', password: 'bench-password', platformId: 'aws80' };
// Each baseline imports its own copy (a URL of its own), so that neither finds the other's loaded.
const DEPENDENCIES = '/bench-build/lit-ky-idb-keyval.js';

/** Defines `tag` (a Lit element that renders `render(data)`), appends one and waits for its render. */
async function renderBare(tag, LitElement, html, data) {
  customElements.define(
    tag,
    class extends LitElement {
      render() {
        return html`<p>Signed in as <strong>${data.name}</strong></p>`;
      }
    },
  );
  const element = document.createElement(tag);
  document.body.append(element);
  await element.updateComplete;
}

async function bareLit() {
  const start = performance.now();
  const { LitElement, html } = await import(`${DEPENDENCIES}?bare`);
  const importMs = performance.now() - start;
  await renderBare('bench-bare', LitElement, html, { name: 'Ada Admin' });
  return { bareMs: performance.now() - start, bareImportMs: importMs };
}

async function bareLitWithRead() {
  const start = performance.now();
  const { LitElement, html, get, createStore } = await import(`${DEPENDENCIES}?read`);
  const data = await get('session', createStore('bench-baseline', 'keyval'));
  await renderBare('bench-bare-read', LitElement, html, data);
  return { readMs: performance.now() - start };
}

async function login() {
  const readsBefore = window.__bench.idbReads;
  const start = performance.now();
  await import('/bench-build/login.js');
  const importMs = performance.now() - start;
  const element = document.createElement('ringcx-login');
  element.setAttribute('base-url', '/bench-api');
  document.body.append(element);
  await whenTrue(element, () => element.querySelector('.ringcx-login__signed-in') !== null, 'the signed-in state');
  const ms = performance.now() - start;
  const apiRequests = window.__bench.fetches.filter((url) => url.includes('/bench-api/')).length;
  return { ms, importMs, apiRequests, idbReads: window.__bench.idbReads - readsBefore };
}

async function setup() {
  const { RingCxClient } = await import('/bench-build/login.js');
  const client = new RingCxClient({ baseUrl: '/bench-api' });
  await client.login(CREDENTIALS);
  client.close();
  const { set, createStore } = await import(DEPENDENCIES);
  await set('session', { name: 'Ada Admin' }, createStore('bench-baseline', 'keyval'));
  return true;
}

async function measure() {
  // Alternate the order between runs so that no one always pays for going first.
  const steps = params.get('order') === 'login-first' ? [login, bareLit, bareLitWithRead] : [bareLitWithRead, bareLit, login];
  const result = {};
  for (const step of steps) Object.assign(result, await step());
  return result;
}

window.benchResult = params.has('setup') ? setup() : measure();
