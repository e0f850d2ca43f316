import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { maskToken, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { useMock } from './helpers/mock-server.js';
import { brokenImageTurn, holdRequest, trackCalls } from './helpers/gate.js';
import { useTestClient } from './helpers/client.js';

const TOKENS_URL = 'https://ringcx.ringcentral.com/voice/api/v1/admin/token';

function root(el: RingCxTokenList): ShadowRoot {
  return el.shadowRoot!;
}

/** The accessible name a button has: its aria-label, else its text. */
function nameOf(button: HTMLButtonElement): string {
  return button.getAttribute('aria-label') ?? button.textContent!.trim();
}

function buttons(el: RingCxTokenList): HTMLButtonElement[] {
  return [...root(el).querySelectorAll('button')];
}

function button(el: RingCxTokenList, name: string): HTMLButtonElement {
  const found = buttons(el).find((b) => nameOf(b) === name);
  if (!found) throw new Error(`no button named "${name}"; there are: ${buttons(el).map(nameOf).join(', ')}`);
  return found;
}

function visibleText(el: RingCxTokenList): string {
  return root(el).textContent!.replace(/\s+/g, ' ');
}

function rows(el: RingCxTokenList): string[] {
  return [...root(el).querySelectorAll('[part~="token"]')].map((node) => node.textContent!);
}

function focused(el: RingCxTokenList): string | undefined {
  const active = root(el).activeElement;
  return active instanceof HTMLButtonElement ? nameOf(active) : active?.getAttribute('part') ?? undefined;
}

/** Waits until the element shows the list, the empty message or an error. */
async function settled(el: RingCxTokenList): Promise<void> {
  await waitUntil(
    () =>
      root(el).querySelector('[aria-busy="false"]') &&
      !visibleText(el).includes('Loading tokens…') &&
      root(el).querySelector('[part~="list"], .muted, .error:not(:empty)'),
    'the token list did not settle',
  );
  await el.updateComplete;
}

describe('<ringcx-token-list>', () => {
  const { mock, worker } = useMock();
  let client!: RingCxClient;
  useTestClient((fresh) => (client = fresh));

  /** Signs in and creates `count` tokens at the mock, oldest first. */
  async function signIn(count = 0): Promise<string[]> {
    await client.login(DEMO_CREDENTIALS);
    const tokens: string[] = [];
    for (let i = 0; i < count; i++) tokens.push((await client.createApiToken())!);
    return tokens;
  }

  async function mount(template = html`<ringcx-token-list .client=${client}></ringcx-token-list>`): Promise<RingCxTokenList> {
    const el = await fixture<RingCxTokenList>(template);
    return el;
  }

  async function listed(count = 0): Promise<{ el: RingCxTokenList; tokens: string[] }> {
    const tokens = await signIn(count);
    const el = await mount();
    await settled(el);
    return { el, tokens };
  }

  describe('signed out', () => {
    it('shows a short message instead of the list and asks nothing of the server', async () => {
      const el = await mount();
      await waitUntil(() => visibleText(el).includes('Sign in to manage your API tokens.'));
      expect(root(el).querySelector('[part~="list"]')).to.equal(null);
      expect(buttons(el)).to.have.length(0);
      expect(mock.counts.listTokens).to.equal(0);
      await expectNoAxeViolations(el);
    });

    it('lets the page replace the message through the signed-out slot', async () => {
      const el = await mount(html`<ringcx-token-list .client=${client}><p slot="signed-out">Please log in first.</p></ringcx-token-list>`);
      await waitUntil(() => root(el).querySelector('slot[name="signed-out"]'));
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="signed-out"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Please log in first.']);
      await expectNoAxeViolations(el);
    });
  });

  describe('loading and listing', () => {
    it('shows that it is loading, then the tokens masked and never in full', async () => {
      const tokens = await signIn(2);
      const held = holdRequest(worker, 'get', TOKENS_URL);
      const el = await mount();
      await waitUntil(() => root(el).querySelector('[aria-busy="true"]'), 'no busy state');
      expect(visibleText(el)).to.contain('Loading tokens…');
      await expectNoAxeViolations(el);

      held.release();
      await settled(el);
      expect(visibleText(el)).not.to.contain('Loading tokens…');
      expect(rows(el)).to.deep.equal(tokens.map(maskToken));
      expect(rows(el)[0]).to.match(/^aws80:…[0-9a-f]{4}$/);
      for (const token of tokens) {
        expect(root(el).innerHTML, 'a whole token in the shadow DOM').not.to.contain(token);
        expect(button(el, `Copy token ${maskToken(token)}`)).to.exist;
        expect(button(el, `Delete token ${maskToken(token)}`)).to.exist;
      }
      await expectNoAxeViolations(el);
    });

    it('says so when there are no tokens', async () => {
      const { el } = await listed(0);
      expect(visibleText(el)).to.contain('No API tokens yet.');
      expect(root(el).querySelector('[part~="list"]')).to.equal(null);
      await expectNoAxeViolations(el);
    });

    it('renders tokens from the API as text, never as markup', async () => {
      await signIn();
      mock.failNext('listTokens', () => Response.json(['<img src=x onerror=window.__xss=1>']));
      const el = await mount();
      await settled(el);
      expect(rows(el)).to.deep.equal([maskToken('<img src=x onerror=window.__xss=1>')]);
      await brokenImageTurn(); // an injected <img src=x> would have run its onerror by now
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });

    it('reloads on request, and a newer load wins over an older one', async () => {
      const { el, tokens } = await listed(1);
      const added = (await client.createApiToken())!;
      button(el, 'Reload').click();
      await settled(el);
      await waitUntil(() => rows(el).length === 2);
      expect(rows(el)).to.deep.equal([...tokens, added].map(maskToken));

      const loads = trackCalls(client, 'listApiTokens');
      const held = holdRequest(worker, 'get', TOKENS_URL, () => Response.json(['aws80:stale-answer-0000']));
      button(el, 'Reload').click();
      await waitUntil(() => root(el).querySelector('[aria-busy="true"]'));
      button(el, 'Reload').click();
      await settled(el);
      held.release();
      expect(loads.count).to.equal(2);
      await loads.settled(); // the stale answer reached the client
      await el.updateComplete;
      expect(rows(el)).to.deep.equal([...tokens, added].map(maskToken));
    });

    it('shows a load error with Retry, reports it, and lists after Retry', async () => {
      const [token] = await signIn(1);
      mock.failNext('listTokens', () => new Response('nope', { status: 403 }));
      const errors: string[] = [];
      document.addEventListener('ringcx-error', (event) => errors.push(event.detail.action), { once: true });
      const el = await mount();
      await settled(el);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.equal('Your account is not allowed to do this.');
      expect(errors).to.deep.equal(['list-tokens']);
      await expectNoAxeViolations(el);

      const retry = button(el, 'Retry');
      retry.focus();
      retry.click();
      await waitUntil(() => rows(el).length === 1, 'no list after Retry');
      expect(rows(el)).to.deep.equal([maskToken(token!)]);
      expect(alert.textContent).to.equal('');
      expect(buttons(el).map(nameOf)).not.to.include('Retry');
      await el.updateComplete;
      expect(focused(el)).to.equal('Reload');
    });
  });

  describe('creating', () => {
    it('creates one token even on a double click, shows it in full once, and tells the page', async () => {
      const { el } = await listed(0);
      const created = oneEvent(document, 'ringcx-token-create');
      const create = button(el, 'Create token');
      create.click();
      create.click();
      const { detail } = await created;
      await waitUntil(() => root(el).querySelector('[part~="new-token"]'));
      expect(mock.counts.createToken).to.equal(1);
      expect(mock.apiTokensOf(DEMO_CREDENTIALS.username)).to.deep.equal([detail.token]);

      const panel = root(el).querySelector('[part~="new-token"]')!;
      expect(panel.querySelector('[part~="new-token-value"]')!.textContent).to.equal(detail.token);
      expect(panel.textContent).to.contain('Whoever has it can use the API with your rights');
      expect(focused(el)).to.equal('Copy the new token');
      expect(rows(el)).to.deep.equal([maskToken(detail.token)]);
      // In full exactly once: in the panel, nowhere else.
      expect(visibleText(el).split(detail.token)).to.have.length(2);
      await expectNoAxeViolations(el);

      button(el, 'Done').click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="new-token"]')).to.equal(null);
      expect(root(el).innerHTML).not.to.contain(detail.token);
      expect(rows(el)).to.deep.equal([maskToken(detail.token)]);
      expect(focused(el)).to.equal('Create token');
    });

    it('says why when creating fails', async () => {
      const { el } = await listed(0);
      mock.failNext('createToken', () => new Response('x', { status: 500 }));
      button(el, 'Create token').click();
      await waitUntil(() => root(el).querySelector('.error:not(:empty)'));
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('RingCX had a problem. Try again later.');
      expect(root(el).querySelector('[part~="new-token"]')).to.equal(null);
      expect(button(el, 'Create token').disabled).to.equal(false);
      await waitUntil(() => focused(el) === 'Create token', 'focus did not return to Create token');
    });
  });

  describe('copying', () => {
    let written: string[];
    let failing: boolean;

    beforeEach(() => {
      written = [];
      failing = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: async (text: string) => {
            if (failing) throw new DOMException('Write permission denied.', 'NotAllowedError');
            written.push(text);
          },
        },
      });
    });

    afterEach(() => {
      // The own property shadows Navigator.prototype's getter; removing it restores the real clipboard.
      delete (navigator as { clipboard?: unknown }).clipboard;
    });

    it('copies the whole token from a row, tells the page and announces "Copied"', async () => {
      const { el, tokens } = await listed(2);
      const copied = oneEvent(el, 'ringcx-token-copy');
      button(el, `Copy token ${maskToken(tokens[1]!)}`).click();
      expect((await copied).detail.token).to.equal(tokens[1]);
      expect(written).to.deep.equal([tokens[1]]);
      const status = root(el).querySelector('[part~="status"]')!;
      await waitUntil(() => status.textContent === 'Copied');
      expect(status.getAttribute('role')).to.equal('status');
      expect(root(el).innerHTML).not.to.contain(tokens[1]);
    });

    it('copies the new token from its panel', async () => {
      const { el } = await listed(0);
      button(el, 'Create token').click();
      await waitUntil(() => root(el).querySelector('[part~="new-token"]'));
      button(el, 'Copy the new token').click();
      await waitUntil(() => written.length === 1);
      expect(written).to.deep.equal(mock.apiTokensOf(DEMO_CREDENTIALS.username));
    });

    it('says so when the clipboard refuses', async () => {
      const { el, tokens } = await listed(1);
      failing = true;
      const error = oneEvent(el, 'ringcx-error');
      button(el, `Copy token ${maskToken(tokens[0]!)}`).click();
      expect((await error).detail.action).to.equal('copy-token');
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(
        'Could not copy: the browser did not allow access to the clipboard.',
      );
      expect(root(el).querySelector('[part~="status"]')!.textContent).to.equal('');
    });
  });

  describe('deleting', () => {
    it('asks inline, deletes on confirm, tells the page and moves focus to the next row', async () => {
      const { el, tokens } = await listed(3);
      button(el, `Delete token ${maskToken(tokens[1]!)}`).click();
      await el.updateComplete;
      const row = root(el).querySelectorAll('[part~="row"]')[1]!;
      expect(row.textContent).to.contain('Delete this token? Apps using it will stop working.');
      expect(focused(el)).to.equal('Cancel');
      expect([...row.querySelectorAll('button')].map(nameOf)).to.deep.equal(['Delete', 'Cancel']);
      expect(mock.counts.deleteToken).to.equal(0);
      await expectNoAxeViolations(el);

      const deleted = oneEvent(document, 'ringcx-token-delete');
      button(el, 'Delete').click();
      expect((await deleted).detail.token).to.equal(tokens[1]);
      await waitUntil(() => rows(el).length === 2);
      expect(rows(el)).to.deep.equal([tokens[0]!, tokens[2]!].map(maskToken));
      expect(mock.apiTokensOf(DEMO_CREDENTIALS.username)).to.deep.equal([tokens[0], tokens[2]]);
      await waitUntil(() => root(el).querySelector('[part~="status"]')!.textContent === `Token deleted: ${maskToken(tokens[1]!)}`);
      expect(focused(el)).to.equal(`Delete token ${maskToken(tokens[2]!)}`);
    });

    it('moves focus to Create token when the last token goes', async () => {
      const { el, tokens } = await listed(1);
      button(el, `Delete token ${maskToken(tokens[0]!)}`).click();
      await el.updateComplete;
      button(el, 'Delete').click();
      await waitUntil(() => visibleText(el).includes('No API tokens yet.'));
      await waitUntil(() => focused(el) === 'Create token', 'focus did not move to Create token');
    });

    it('cancels with Cancel or Escape, deleting nothing and returning focus', async () => {
      const { el, tokens } = await listed(1);
      const name = `Delete token ${maskToken(tokens[0]!)}`;
      button(el, name).click();
      await el.updateComplete;
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(visibleText(el)).not.to.contain('Delete this token?');
      expect(focused(el)).to.equal(name);

      button(el, name).click();
      await el.updateComplete;
      expect(focused(el)).to.equal('Cancel');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(visibleText(el)).not.to.contain('Delete this token?');
      expect(focused(el)).to.equal(name);
      expect(mock.counts.deleteToken).to.equal(0);
      expect(rows(el)).to.deep.equal([maskToken(tokens[0]!)]);
    });

    it('keeps the row and says why when deleting fails', async () => {
      const { el, tokens } = await listed(2);
      mock.failNext('deleteToken', () => new Response('x', { status: 500 }));
      const name = `Delete token ${maskToken(tokens[0]!)}`;
      button(el, name).click();
      await el.updateComplete;
      const error = oneEvent(el, 'ringcx-error');
      button(el, 'Delete').click();
      expect((await error).detail.action).to.equal('delete-token');
      await waitUntil(() => root(el).querySelector('[part~="row"] .error'));
      const row = root(el).querySelectorAll('[part~="row"]')[0]!;
      expect(row.querySelector('[role="alert"]')!.textContent).to.equal('RingCX had a problem. Try again later.');
      expect(rows(el)).to.deep.equal(tokens.map(maskToken));
      expect(mock.apiTokensOf(DEMO_CREDENTIALS.username)).to.deep.equal(tokens);
      expect(focused(el)).to.equal(name);
      expect(button(el, name).disabled).to.equal(false);
      await expectNoAxeViolations(el);
    });
  });

  describe('sessions and API tokens', () => {
    it('empties the list when the user signs out', async () => {
      const { el, tokens } = await listed(1);
      expect(rows(el)).to.have.length(1);
      await client.logout();
      await el.updateComplete;
      expect(rows(el)).to.deep.equal([]);
      expect(visibleText(el)).to.contain('Sign in to manage your API tokens.');
      expect(root(el).innerHTML).not.to.contain(maskToken(tokens[0]!));
    });

    it('loads when the user signs in while it is showing', async () => {
      const el = await mount();
      await waitUntil(() => visibleText(el).includes('Sign in'));
      await client.login(DEMO_CREDENTIALS);
      await settled(el);
      expect(visibleText(el)).to.contain('No API tokens yet.');
      expect(mock.counts.listTokens).to.equal(1);
    });

    it('lists with api-token (X-Auth-Token) and no sign-in, keeping one client per token', async () => {
      const [token] = await signIn(1);
      await client.logout();
      const el = await mount(html`<ringcx-token-list api-token=${token!}></ringcx-token-list>`);
      await settled(el);
      expect(rows(el)).to.deep.equal([maskToken(token!)]);
      const request = mock.requests.filter((r) => r.operation === 'listTokens').at(-1)!;
      expect(request.headers['x-auth-token']).to.equal(token);
      expect(request.headers.authorization).to.equal(undefined);

      const first = el.resolveClient();
      expect(el.resolveClient()).to.equal(first);
      expect(first!.usesApiToken).to.equal(true);
      el.apiToken = 'aws80:another-token';
      expect(el.resolveClient()).not.to.equal(first);
    });
  });

  it('passes axe in the dark theme, with the list and the new-token panel', async () => {
    await signIn(2);
    const el = await mount(html`<ringcx-token-list theme="dark" .client=${client}></ringcx-token-list>`);
    await settled(el);
    button(el, 'Create token').click();
    await waitUntil(() => root(el).querySelector('[part~="new-token"]'));
    await expectNoAxeViolations(el);
  });

  it('takes its words from `strings`', async () => {
    const tokens = await signIn(1);
    const el = await mount(html`<ringcx-token-list
      .client=${client}
      .strings=${{ title: 'API-Tokens', create: 'Token erstellen', deleteLabel: 'Token {token} löschen' }}
    ></ringcx-token-list>`);
    await settled(el);
    expect(visibleText(el)).to.contain('API-Tokens');
    expect(button(el, 'Token erstellen')).to.exist;
    expect(button(el, `Token ${maskToken(tokens[0]!)} löschen`)).to.exist;
    expect(button(el, 'Reload')).to.exist;
  });
});
