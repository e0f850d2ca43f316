// The page's own CSS must not change how the elements look, and the elements must not change how
// the page looks. Compares computed styles (not pixels) of the same element on a plain page and on
// a page whose stylesheet restyles `form`, `label`, `input`, `button`, `p`, `*` and the inherited
// text of `html` and `body`, the way intranet resets and Bootstrap-era sheets do.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { TemplateResult } from 'lit';
import { createMemoryStore, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import { useMock } from './helpers/mock-server.js';

// `*` leaves `font-size` alone: on `html` it sets the rem, which the elements follow on purpose
// (see README, "Host page styles").
const HOSTILE_CSS = `
html, body {
  color: rgb(128, 0, 128); font-family: Georgia, serif; font-style: italic; font-weight: 700;
  font-variant: small-caps; line-height: 3; letter-spacing: 3px; word-spacing: 6px;
  text-transform: uppercase; text-align: center; text-indent: 2em; text-shadow: 1px 1px 2px red;
  white-space: pre; cursor: crosshair;
}
body { font-size: 22px; }
* {
  box-sizing: content-box; margin: 7px; padding: 3px; border: 3px dashed green; background: yellow;
  color: rgb(0, 0, 255); font-family: 'Courier New', monospace; font-weight: 300; font-style: oblique;
  line-height: 2; letter-spacing: 2px; word-spacing: 4px; text-transform: capitalize; text-indent: 5px;
}
form, label, input, button, p {
  display: block; float: left; position: relative; inset-block-start: 3px; width: 45%; height: auto;
  min-height: 0; box-sizing: content-box; margin: 11px 13px; padding: 9px; border: 4px double red;
  border-radius: 0; background: pink; color: green; font: italic 700 19px/3 Georgia, serif;
  text-transform: uppercase; letter-spacing: 4px; text-align: right; text-decoration: underline;
  vertical-align: top; box-shadow: 0 0 0 3px orange; opacity: 0.8;
}
form label { display: inline; font-size: 11px; }
input[type='text'], input[type='password'] { height: 20px; padding: 4px 6px; line-height: 20px; }
button:not(:disabled) { text-transform: lowercase; }
p::before { content: '» '; }
label::after { content: ':'; }
`;

const BOX = [
  'display', 'float', 'position', 'inset-block-start', 'width', 'height', 'min-height', 'box-sizing',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => ['width', 'style', 'color'].map((what) => `border-${side}-${what}`)),
  'border-top-left-radius', 'background-color', 'background-image', 'box-shadow', 'opacity',
  'vertical-align', 'text-decoration-line',
];

const TEXT = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-caps', 'line-height', 'color',
  'text-transform', 'letter-spacing', 'word-spacing', 'text-indent', 'text-align', 'text-shadow',
  'white-space-collapse', 'text-wrap-mode', 'cursor',
];

/** Where the page puts the element is the page's business; how it looks inside is the element's. */
const HOST = BOX.filter((p) => !/^(margin|float|position|inset|vertical-align)/.test(p)).concat(TEXT);

type Snapshot = Array<{ name: string; style: Record<string, string> }>;

function describeElement(element: Element): string {
  // By part where there is one: the words of a token differ from one render to the next.
  const text = element instanceof HTMLInputElement ? element.name || element.type : element.getAttribute('part') ?? element.textContent!.trim().slice(0, 20);
  const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
  return `<${element.localName}${classes}> "${text}"`;
}

/** The computed `properties` of each element, and of its `::before` and `::after` content. */
function snapshot(elements: Element[], properties: string[]): Snapshot {
  return elements.flatMap((element) => {
    const view = element.ownerDocument.defaultView!;
    const name = describeElement(element);
    const own = view.getComputedStyle(element);
    const pseudo = ['::before', '::after'].map((which) => ({
      name: `${name}${which}`,
      style: { content: view.getComputedStyle(element, which).content },
    }));
    return [{ name, style: Object.fromEntries(properties.map((p) => [p, own.getPropertyValue(p)])) }, ...pseudo];
  });
}

/** What differs between two snapshots of the same elements, one line each. */
function differences(before: Snapshot, after: Snapshot): string[] {
  expect(after.map((e) => e.name), 'the same elements').to.deep.equal(before.map((e) => e.name));
  return before.flatMap(({ name, style }, i) =>
    Object.entries(style)
      .filter(([property, value]) => after[i]!.style[property] !== value)
      .map(([property, value]) => `${name} ${property}: ${value} → ${after[i]!.style[property]}`),
  );
}

let hostileStyle: HTMLStyleElement | undefined;

function makePageHostile(): void {
  hostileStyle = document.createElement('style');
  hostileStyle.textContent = HOSTILE_CSS;
  document.head.append(hostileStyle);
}

async function signedInClient(): Promise<RingCxClient> {
  const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
  await client.login(DEMO_CREDENTIALS);
  return client;
}

/** The login's own box and words, and everything about every element inside it. */
function loginSnapshot(el: Element): Snapshot {
  // A <br> has no box of its own: its computed height is an engine detail (Firefox gives 0 in quirks
  // mode while the line around it keeps its height).
  return [...snapshot([el], HOST), ...snapshot([...el.querySelectorAll(':not(br)')], [...BOX, ...TEXT])];
}

/** The words of a shadow host: its own, its inputs' and buttons', and every element with text of its own. */
function wordsSnapshot(el: Element): Snapshot {
  const inside = [...el.shadowRoot!.querySelectorAll('*')].filter(
    (node) =>
      node instanceof HTMLInputElement ||
      node instanceof HTMLButtonElement ||
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''),
  );
  return snapshot([el, ...inside], TEXT);
}

// One mock for the whole file, started once: once the worker has been stopped and started again
// (as a `useMock` per `describe` does), a frame's requests no longer reach it.
const { mock } = useMock();

describe('host page CSS', function () {
  this.timeout(20_000);

  beforeEach(() => localStorage.clear());
  afterEach(() => hostileStyle?.remove());

  /** Renders `render()` on the plain page, then again on the hostile page; returns both snapshots. */
  async function onBothPages(
    render: () => Promise<Element>,
    take: (el: Element) => Snapshot,
  ): Promise<{ plain: Snapshot; hostile: Snapshot }> {
    const plainElement = await render();
    const plain = take(plainElement);
    plainElement.remove();
    makePageHostile();
    const hostile = take(await render());
    return { plain, hostile };
  }

  async function login(template: () => TemplateResult, ready: string): Promise<RingCxLogin> {
    const el = await fixture<RingCxLogin>(template());
    await waitUntil(() => el.querySelector(ready), `the login did not show ${ready}`);
    await el.updateComplete;
    return el;
  }

  it('the hostile stylesheet does restyle plain controls (the test would see a leak)', async () => {
    const page = await fixture(html`<div><form><label>Name</label><input type="text" /><button>Go</button><p>Words</p></form></div>`);
    const plain = snapshot([...page.querySelectorAll('*')], [...BOX, ...TEXT]);
    makePageHostile();
    const hostile = snapshot([...page.querySelectorAll('*')], [...BOX, ...TEXT]);
    const changed = new Set(plain.flatMap(({ style }, i) => Object.keys(style).filter((p) => hostile[i]!.style[p] !== style[p])));
    for (const property of ['text-transform', 'letter-spacing', 'float', 'width', 'border-top-width', 'box-sizing', 'display', 'margin-top', 'font-family', 'line-height', 'background-color', 'color']) {
      expect(changed.has(property), property).to.equal(true);
    }
  });

  it('leaves the signed-out login form as it is', async () => {
    const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    const { plain, hostile } = await onBothPages(
      () => login(() => html`<ringcx-login .client=${client}></ringcx-login>`, 'form'),
      loginSnapshot,
    );
    expect(plain.some((e) => e.name.startsWith('<button.ringcx-login__toggle> "Show password"'))).to.equal(true);
    expect(differences(plain, hostile)).to.deep.equal([]);
  });

  it('leaves the signed-in view ("Sign out") as it is', async () => {
    const client = await signedInClient();
    const { plain, hostile } = await onBothPages(
      () => login(() => html`<ringcx-login .client=${client}></ringcx-login>`, '.ringcx-login__signed-in'),
      loginSnapshot,
    );
    expect(plain.some((e) => e.name.startsWith('<button.ringcx-login__logout> "Sign out"'))).to.equal(true);
    expect(differences(plain, hostile)).to.deep.equal([]);
  });

  it('leaves a login that shows an error and the dark theme as it is', async () => {
    const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    const render = async () => {
      const el = await login(() => html`<ringcx-login .client=${client} theme="dark"></ringcx-login>`, 'form');
      el.querySelector<HTMLButtonElement>('.ringcx-login__submit')!.click();
      await waitUntil(() => el.querySelector('.ringcx-login__error:not(:empty)'), 'no error shown');
      await el.updateComplete;
      return el;
    };
    const { plain, hostile } = await onBothPages(render, loginSnapshot);
    expect(differences(plain, hostile)).to.deep.equal([]);
  });

  it('leaves the words of <ringcx-token-list> as they are, with its new-token panel', async () => {
    const render = async () => {
      mock.reset(); // the same tokens each time
      const client = await signedInClient();
      const el = await fixture(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[aria-busy="false"] [part~="list"], [aria-busy="false"] .muted'), 'the token list did not load');
      root.querySelector<HTMLButtonElement>('[data-ref="create"]')!.click();
      await waitUntil(() => root.querySelector('[part~="new-token"]'), 'no new token shown');
      return el;
    };
    const { plain, hostile } = await onBothPages(render, wordsSnapshot);
    expect(plain.some((e) => e.name.startsWith('<div.new-title> "Your new API token'))).to.equal(true);
    expect(differences(plain, hostile)).to.deep.equal([]);
  });

  it('leaves the words of <ringcx-accounts> as they are', async () => {
    const client = await signedInClient();
    const render = async () => {
      const el = await fixture(html`<ringcx-accounts .client=${client}></ringcx-accounts>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="option-name"]'), 'the accounts did not load', { timeout: 8000 });
      return el;
    };
    const { plain, hostile } = await onBothPages(render, wordsSnapshot);
    expect(plain.some((e) => e.name.startsWith('<label> "'))).to.equal(true);
    expect(differences(plain, hostile)).to.deep.equal([]);
  });
});

/**
 * A same-origin frame showing `body`: test/pages/standards.html, or with `quirks`
 * test/pages/quirks.html, which has no doctype. (Not `srcdoc`: such a frame is never in quirks
 * mode, and the mock's service worker does not see its requests.)
 */
async function openFrame(body: string, { quirks = false } = {}): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = quirks ? 'quirks-mode page' : 'standards-mode page';
  frame.style.cssText = 'inline-size: 40rem; block-size: 30rem;';
  frame.src = quirks ? '/test/pages/quirks.html' : '/test/pages/standards.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  // No scrollbar: in Firefox a page that grows taller than the frame loses its width to one,
  // which is layout, not style leaking from the elements.
  doc.documentElement.style.overflow = 'hidden';
  doc.body.innerHTML = body;
  return { frame, doc };
}

/** Loads the elements into a frame the way a page does, with a module script. */
async function defineElementsIn(doc: Document): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/components/index.ts';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('the elements did not load in the frame')), { once: true });
  });
  doc.head.append(script);
  await loaded;
}

describe('host page: the elements leave the page alone', function () {
  this.timeout(20_000);

  it('a page\'s own button, input, label and paragraph look the same before and after the elements are defined and shown', async () => {
    const { frame, doc } = await openFrame(
      '<form><label for="q">Search</label><input id="q" type="text"><button>Go</button></form><p>Page words</p><main></main>',
    );
    try {
      const pageElements = [...doc.body.querySelectorAll('form, label, input, button, p')];
      const before = snapshot(pageElements, [...BOX, ...TEXT]);
      await defineElementsIn(doc);
      doc.querySelector('main')!.innerHTML =
        '<ringcx-login persistence="none"></ringcx-login><ringcx-token-list persistence="none"></ringcx-token-list><ringcx-accounts persistence="none"></ringcx-accounts>';
      await waitUntil(() => doc.querySelector('ringcx-login form'), 'the login did not render in the frame', { timeout: 8000 });
      expect(doc.querySelector('ringcx-token-list')!.shadowRoot, 'token list rendered').to.not.equal(null);
      expect(doc.querySelector('ringcx-accounts')!.shadowRoot, 'accounts rendered').to.not.equal(null);
      expect(differences(before, snapshot(pageElements, [...BOX, ...TEXT]))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('host page in quirks mode (no doctype)', function () {
  this.timeout(30_000);

  /** Shows the login in a frame, snapshots the form, signs in through it and snapshots the result. */
  async function signInThrough(quirks: boolean): Promise<{ mode: string; form: Snapshot; signedIn: Snapshot }> {
    const { frame, doc } = await openFrame('<ringcx-login persistence="none"></ringcx-login>', { quirks });
    try {
      await defineElementsIn(doc);
      const el = doc.querySelector('ringcx-login')!;
      await waitUntil(() => el.querySelector('form'), 'the login did not render in the frame', { timeout: 8000 });
      const form = loginSnapshot(el);
      for (const [name, value] of Object.entries(DEMO_CREDENTIALS)) {
        el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
      }
      el.querySelector<HTMLButtonElement>('.ringcx-login__submit')!.click();
      await waitUntil(() => el.querySelector('.ringcx-login__signed-in'), 'the frame did not sign in', { timeout: 8000 });
      expect(el.textContent).to.contain('Signed in as Ada Admin');
      const signedIn = loginSnapshot(el);
      return { mode: doc.compatMode, form, signedIn };
    } finally {
      frame.remove();
    }
  }

  it('signs in and looks as it does in standards mode', async () => {
    const standards = await signInThrough(false);
    const quirks = await signInThrough(true);
    expect([standards.mode, quirks.mode]).to.deep.equal(['CSS1Compat', 'BackCompat']);
    expect(differences(standards.form, quirks.form)).to.deep.equal([]);
    expect(differences(standards.signedIn, quirks.signedIn)).to.deep.equal([]);
  });
});
