// Issue 10, rows 1 (the element half), 9 and 10, and the empty create answer: an API token stays
// with its base URL; any JSON in any answer field shows as text or not at all, in all three
// elements (fast-check); account secrets never reach an element's rows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { createMemoryStore, maskToken, RingCxClient, type Account } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import '../components/ringcx-accounts/ringcx-accounts.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxAccounts } from '../components/ringcx-accounts/ringcx-accounts.js';
import { tokenListStrings } from '../components/ringcx-token-list/ringcx-token-list.strings.js';
import { accountsStrings } from '../components/ringcx-accounts/ringcx-accounts.strings.js';
import { SECRET_ACCOUNT_FIELDS } from '../components/ringcx-accounts/account-filter.js';
import { useMock } from './helpers/mock-server.js';

const API = 'https://ringcx.ringcentral.com';
const attackerOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** An object shaped like a Lit template: rendered as a value, it would be taken for markup. */
const litShaped = fc.constant({ _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] });
/** Any JSON value, with a few shapes that trip naive code. */
const anyJson = fc.oneof(fc.jsonValue(), fc.string(), litShaped, fc.constant({ toString: 'x' }), fc.constant(null));

const text = (root: ParentNode) => (root.textContent ?? '').replace(/\s+/g, ' ');

async function signedIn(): Promise<RingCxClient> {
  const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false, retries: 0 });
  await client.login(DEMO_CREDENTIALS);
  return client;
}

describe('Security: <ringcx-token-list>', () => {
  const { worker } = useMock();

  it('keeps an api-token to its base URL: a new base-url gets nothing until the token is set again', async () => {
    const token = (await (await signedIn()).createApiToken())!;
    const el = await fixture<RingCxTokenList>(html`<ringcx-token-list api-token=${token}></ringcx-token-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="token"]'), 'the list did not show', { timeout: 5000 });
    const seen: Array<string | null> = [];
    worker.use(
      http.all(`${attackerOrigin}/*`, ({ request }) => {
        seen.push(request.headers.get('X-Auth-Token'));
        return HttpResponse.json([], { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' } });
      }),
    );
    el.baseUrl = attackerOrigin;
    await el.updateComplete;
    expect(text(el.shadowRoot!)).to.contain(tokenListStrings.signedOut);
    expect(seen).to.deep.equal([]);
    // The page sets the token again: now it means this base URL.
    el.apiToken = token;
    await waitUntil(() => seen.length > 0, 'the list was not loaded from the new base URL');
    // (A read may be retried, so count what was sent, not how often.)
    expect([...new Set(seen)]).to.deep.equal([token]);
  });

  it('shows any JSON in the token list answer as masked text or leaves it out (fast-check)', async () => {
    let answer: unknown[] = [];
    worker.use(http.get(`${API}/voice/api/v1/admin/token`, () => HttpResponse.json(answer)));
    const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${await signedIn()}></ringcx-token-list>`);
    await el.reload();
    await fc.assert(
      fc.asyncProperty(fc.array(anyJson, { maxLength: 6 }), async (items) => {
        answer = items as unknown[];
        await el.reload();
        await el.updateComplete;
        const expected = [...new Set(items.filter((item): item is string => typeof item === 'string' && item !== ''))].map(maskToken);
        const shown = [...el.shadowRoot!.querySelectorAll('[part~="token"]')].map((node) => node.textContent);
        expect(shown).to.deep.equal(expected);
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('');
      }),
      { numRuns: 30 },
    );
  });
});

describe('Security: <ringcx-token-list> when create answers 201 without the token', () => {
  const { mock } = useMock({ createTokenStatus: 201 });

  it('says "Token created; reload to see it" and reloads the list', async () => {
    const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${await signedIn()}></ringcx-token-list>`);
    await waitUntil(() => text(el.shadowRoot!).includes(tokenListStrings.empty), 'the empty list did not show', { timeout: 5000 });
    const create = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === tokenListStrings.create)!;
    create.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="token"]'), 'the list was not reloaded', { timeout: 5000 });
    expect(text(el.shadowRoot!)).to.contain('Token created; reload to see it');
    expect(text(el.shadowRoot!)).not.to.contain(tokenListStrings.errorResponse);
    expect(mock.counts.listTokens).to.equal(2);
  });
});

describe('Security: <ringcx-accounts>', () => {
  const { worker } = useMock();

  const account = fc.record(
    {
      accountId: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 0 }), anyJson),
      accountName: anyJson,
      mainAccountId: anyJson,
      mainAccountName: anyJson,
      mainAccount: anyJson,
      archivedAccount: anyJson,
      crmPwd: anyJson,
      ftpPwd: anyJson,
      securityKey: anyJson,
      phoneRecordingPin: anyJson,
    },
    { requiredKeys: ['accountId'] },
  );

  it('shows any JSON in any account field as text or leaves it out, and keeps no secret (fast-check)', async () => {
    let answer: unknown[] = [];
    worker.use(http.get(`${API}/voice/api/v1/admin/accounts`, () => HttpResponse.json(answer)));
    const el = await fixture<RingCxAccounts>(html`<ringcx-accounts .client=${await signedIn()}></ringcx-accounts>`);
    await el.reload();
    await fc.assert(
      fc.asyncProperty(fc.array(account, { maxLength: 6 }), async (accounts) => {
        answer = accounts;
        await el.reload();
        await el.updateComplete;
        const listed = accounts.filter((a) => typeof a.accountId === 'string' || typeof a.accountId === 'number');
        const expected = listed.map((a) => (typeof a.accountName === 'string' && a.accountName !== '' ? a.accountName : accountsStrings.unnamedAccount));
        const shown = [...el.shadowRoot!.querySelectorAll('[part~="option-name"]')].map((node) => node.textContent!);
        expect(shown.sort()).to.deep.equal(expected.sort());
        expect(text(el.shadowRoot!)).to.contain(listed.length === 0 ? accountsStrings.empty : accountsStrings.accountCount(listed.length));
        // What a page script could read from the element.
        const rows = (el as unknown as { rows: Array<{ account: Account }> }).rows;
        for (const row of rows) for (const field of SECRET_ACCOUNT_FIELDS) expect(row.account, field).not.to.have.property(field);
      }),
      { numRuns: 30 },
    );
  });
});

describe('Security: <ringcx-login>', () => {
  const { worker } = useMock();

  it('shows any JSON in the sign-in answer as text or leaves it out (fast-check)', async () => {
    let answer: Record<string, unknown> = {};
    worker.use(http.post(`${API}/api/auth/login/admin`, () => HttpResponse.json(answer)));
    const el = await fixture<RingCxLogin>(html`<ringcx-login></ringcx-login>`);
    const user = fc.record({ firstName: anyJson, lastName: anyJson, email: anyJson, username: anyJson }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { rcUser: fc.oneof(anyJson, user), agentDetails: fc.oneof(anyJson, fc.array(user, { maxLength: 2 })), platformId: anyJson, mainAccountId: anyJson, adminId: anyJson, ssoLogin: anyJson, refreshToken: anyJson },
          { requiredKeys: [] },
        ),
        async (fields) => {
          answer = { ...fields, accessToken: 'not-a-jwt' };
          const client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
          el.client = client;
          await client.login(DEMO_CREDENTIALS);
          await waitUntil(() => el.querySelector('.ringcx-login__signed-in'), 'the signed-in view did not show');
          const who = el.querySelector('.ringcx-login__who strong')!.textContent;
          expect(who).to.equal(client.session!.displayName);
          expect(typeof client.session!.displayName).to.equal('string');
          client.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});
