// Large lists: <ringcx-accounts> given N sub-accounts, beside the same rows written with plain DOM
// calls. Both start from the same API answer (JSON bytes) and are timed until the browser has laid
// the result out (a forced layout after the update), not until the next frame.
import { RingCxClient } from '/bench-build/ringcx-elements.js';
import { makeAccounts } from '/bench-build/mock.js';
import { whenTrue } from './when-true.js';

let answer;
let lastName;
const fetchAnswer = async () => new Response(answer, { headers: { 'Content-Type': 'application/json' } });
let client;
let element;
let plain;

const layout = () => document.body.offsetHeight;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function span(text) {
  const node = document.createElement('span');
  node.textContent = text;
  return node;
}

window.bench = {
  /** The API answer for `count` sub-accounts, in groups of up to 100 under their main accounts. */
  makeAnswer(count) {
    // Bytes, as the network gives them. (A big string handed to Response would leave the JS heap
    // during the first render and show as a shrinking heap.)
    const accounts = makeAccounts(Math.ceil(count / 100), Math.min(count, 100));
    lastName = accounts.at(-1).accountName;
    answer = new TextEncoder().encode(JSON.stringify(accounts));
  },

  /** A client whose every fetch answers at once with the answer; with an API token, it needs no sign-in. */
  prepare() {
    client = new RingCxClient({ baseUrl: '/bench-api', apiToken: 'aws80:bench', persistence: 'none', fetch: fetchAnswer });
  },

  async renderElement() {
    const start = performance.now();
    element = document.createElement('ringcx-accounts');
    element.client = client;
    document.body.append(element);
    await whenTrue(element.shadowRoot, () => element.shadowRoot.querySelector('[role="option"]') !== null, 'the first rows');
    await element.updateComplete;
    layout();
    const ms = performance.now() - start;
    await frame();
    return ms;
  },

  /** Types `text` into the filter as one input event; resolves to the time until laid out. */
  async filterElement(text) {
    const input = element.shadowRoot.querySelector('#filter');
    const start = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    layout();
    const ms = performance.now() - start;
    await frame();
    return ms;
  },

  /**
   * Scrolls the element's list from top to bottom, 80% of a view a frame (a fast drag of the
   * scrollbar). Resolves to two lists, in ms:
   * - `work`: what each step costs the page, from moving the list to its new rows laid out: the
   *   scroll handler, the update and style and layout, measured at once (the handler is called
   *   with the scroll event the browser would send at the next frame, so the step does not wait
   *   for the frame). Paint and compositing are left out.
   * - `frames`: the time between frames (requestAnimationFrame timestamps). It is never below the
   *   engine's frame interval (16.7 ms at 60 Hz; headless Firefox paces about 17.3 ms).
   */
  async scrollElement() {
    const list = element.shadowRoot.querySelector('[role="listbox"]');
    const work = [];
    const frames = [];
    let last;
    while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      const time = await new Promise((resolve) => requestAnimationFrame(resolve));
      if (last !== undefined) frames.push(time - last);
      last = time;
      const start = performance.now();
      list.scrollTop += list.clientHeight * 0.8;
      list.dispatchEvent(new Event('scroll'));
      await element.updateComplete;
      list.lastElementChild?.getBoundingClientRect();
      work.push(performance.now() - start);
    }
    // The last row must be on screen, or the list did not follow.
    const names = [...list.querySelectorAll('[part="option-name"]')].map((name) => name.textContent);
    if (!names.includes(lastName)) throw new Error(`scrolled to the bottom, ${lastName} is not shown`);
    return { work, frames };
  },

  async removeElement() {
    element.remove();
    element = undefined;
    client = undefined;
    await frame();
  },

  /** The plain-DOM baseline: every row, grouped, with the same text, no framework. */
  async renderPlain() {
    const start = performance.now();
    const accounts = JSON.parse(await (await fetchAnswer()).text());
    const list = document.createElement('div');
    list.style.cssText = 'max-height: 24rem; overflow: auto';
    const groups = new Map();
    const rows = [];
    for (const account of accounts) {
      let group = groups.get(account.mainAccountId);
      if (!group) {
        const node = list.appendChild(document.createElement('div'));
        const label = node.appendChild(document.createElement('div'));
        label.append(span(account.mainAccountName), ' ', span(account.mainAccountId));
        group = { node, key: `${account.mainAccountName}\n${account.mainAccountId}`.toLowerCase() };
        groups.set(account.mainAccountId, group);
      }
      const row = group.node.appendChild(document.createElement('div'));
      row.append(span(account.accountName), ' ', span(account.accountId));
      if (account.archivedAccount) row.append(' ', span('Archived'));
      rows.push({ node: row, group, key: `${account.accountName}\n${account.accountId}`.toLowerCase() });
    }
    plain = { list, accounts, rows };
    document.body.append(list);
    layout();
    const ms = performance.now() - start;
    await frame();
    return ms;
  },

  async filterPlain(text) {
    const start = performance.now();
    const needle = text.trim().toLowerCase();
    for (const row of plain.rows) row.node.hidden = !(row.key.includes(needle) || row.group.key.includes(needle));
    layout();
    const ms = performance.now() - start;
    await frame();
    return ms;
  },
};
