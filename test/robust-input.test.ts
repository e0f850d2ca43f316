// Bad input: blank, huge and non-ASCII credentials, tokens that look like paths, and whatever a
// server may send back. Each gives a clear message and sends nothing invalid; no parser crashes.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import fc from 'fast-check';
import {
  createMemoryStore,
  InvalidInputError,
  maskToken,
  ResponseFormatError,
  RingCxClient,
  type Credentials,
} from '../src/index.js';
import { accessTokenExpiry, readJwtClaims } from '../src/jwt.js';
import {
  parseAccounts,
  parseCreatedToken,
  parseDeleteAnswer,
  parseErrorBody,
  parseTokenList,
  parseUserDetails,
} from '../src/parse.js';
import { redactUrl } from '../src/redact.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import '../components/ringcx-login/ringcx-login.js';
import '../components/ringcx-token-list/ringcx-token-list.js';
import type { RingCxLogin } from '../components/ringcx-login/ringcx-login.js';
import type { RingCxTokenList } from '../components/ringcx-token-list/ringcx-token-list.js';
import { useMock } from './helpers/mock-server.js';
import { failure } from './helpers/failure.js';

const LONG = 'x'.repeat(10_000);


describe('robust: bad input', function () {
  this.timeout(20_000);
  const { mock } = useMock();
  let client: RingCxClient;

  beforeEach(() => {
    client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
    localStorage.clear();
  });

  describe('credentials, checked before anything is sent', () => {
    const bad: Array<[string, Partial<Credentials>, string, string]> = [
      ['an empty username', { username: '' }, 'username', 'Enter the username.'],
      ['a whitespace-only username', { username: ' \t\n ' }, 'username', 'Enter the username.'],
      ['a 10,000-character username', { username: LONG }, 'username', 'The username is longer than 320 characters.'],
      ['an empty password', { password: '' }, 'password', 'Enter the password.'],
      ['a whitespace-only password', { password: '   ' }, 'password', 'Enter the password.'],
      ['a 10,000-character password', { password: LONG }, 'password', 'The password is longer than 1024 characters.'],
      ['an empty platform id', { platformId: '' }, 'platformId', 'Enter the platform ID.'],
      ['a whitespace-only platform id', { platformId: '  ' }, 'platformId', 'Enter the platform ID.'],
      ['a 10,000-character platform id', { platformId: LONG }, 'platformId', 'The platform ID may hold only letters, digits, ".", ":", "_" and "-".'],
      ['a non-ASCII platform id', { platformId: 'ａｗｓ８０' }, 'platformId', 'The platform ID may hold only letters, digits, ".", ":", "_" and "-".'],
      ['a platform id with a path in it', { platformId: 'aws80/../admin' }, 'platformId', 'The platform ID may hold only letters, digits, ".", ":", "_" and "-".'],
      ['a platform id with a space', { platformId: 'aws 80' }, 'platformId', 'The platform ID may hold only letters, digits, ".", ":", "_" and "-".'],
      ['a username that is not text', { username: 42 as never }, 'username', 'Enter the username.'],
    ];

    for (const [label, change, field, message] of bad) {
      it(`client: ${label} gives InvalidInputError(${field}) and sends nothing`, async () => {
        const error = await failure(() => client.login({ ...DEMO_CREDENTIALS, ...change }));
        expect(error).to.be.instanceOf(InvalidInputError);
        expect((error as InvalidInputError).field).to.equal(field);
        expect(error.message).to.equal(message);
        expect(error.message.length, 'the message does not echo the input').to.be.below(120);
        expect(mock.requests.length).to.equal(0);
      });
    }

    it('client: no credentials at all gives InvalidInputError and sends nothing', async () => {
      for (const nothing of [null, undefined, 'admin:password']) {
        const error = await failure(() => client.login(nothing as never));
        expect(error).to.be.instanceOf(InvalidInputError);
      }
      expect(mock.requests.length).to.equal(0);
    });

    const onScreen: Array<[string, Partial<Credentials>, string, string]> = [
      ['empty username', { username: '' }, 'username', 'Enter your email or username.'],
      ['whitespace-only username', { username: '   ' }, 'username', 'Enter your email or username.'],
      ['10,000-character username', { username: LONG }, 'username', 'That username is too long.'],
      ['whitespace-only password', { password: ' \t ' }, 'password', 'Enter your password.'],
      ['10,000-character password', { password: LONG }, 'password', 'That password is too long.'],
      ['empty platform id', { platformId: '' }, 'platformId', 'Enter your platform ID.'],
      ['10,000-character platform id', { platformId: LONG }, 'platformId', 'Enter a valid platform ID (letters, digits, ".", ":", "_" or "-").'],
      ['non-ASCII platform id', { platformId: 'プラットフォーム' }, 'platformId', 'Enter a valid platform ID (letters, digits, ".", ":", "_" or "-").'],
    ];

    for (const [label, change, field, message] of onScreen) {
      it(`<ringcx-login>: a ${label} is marked with a clear message and nothing is sent`, async () => {
        const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
        await waitUntil(() => el.querySelector('form'), 'the form');
        for (const [name, value] of Object.entries({ ...DEMO_CREDENTIALS, ...change })) {
          el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value as string;
        }
        const reported = oneEvent(el, 'ringcx-error');
        el.querySelector('form')!.requestSubmit();
        const { detail } = await reported;
        await el.updateComplete;
        expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal(message);
        expect(detail.message).to.equal(message);
        expect(el.querySelector(`[name="${field}"]`)!.getAttribute('aria-invalid')).to.equal('true');
        expect(mock.requests.length).to.equal(0);
      });
    }
  });

  describe('tokens to delete', () => {
    beforeEach(async () => {
      await client.login(DEMO_CREDENTIALS);
    });

    for (const token of ['aws80:a/b', 'aws80:a?b=c', 'aws80:a#b', 'aws80:100%', 'aws80:a b', '../accounts', '..%2F..%2Faccounts', '%2e%2e', 'aws80:ü/ä?#%']) {
      it(`${JSON.stringify(token)} goes into one encoded path segment`, async () => {
        await failure(() => client.deleteApiToken(token)); // unknown to the mock: 404
        const request = mock.requests.at(-1)!;
        expect(request.operation).to.equal('deleteToken');
        const path = new URL(request.url).pathname;
        const prefix = '/voice/api/v1/admin/token/';
        expect(path.startsWith(prefix), path).to.equal(true);
        const segment = path.slice(prefix.length);
        expect(segment).to.equal(encodeURIComponent(token));
        expect(decodeURIComponent(segment)).to.equal(token);
        expect(segment, 'no raw separators').not.to.match(/[/?#\s]/);
      });
    }

    for (const [label, token] of [
      ['an empty token', ''],
      ['a whitespace-only token', '   '],
      ['"."', '.'],
      ['".."', '..'],
      ['" .. "', ' .. '],
      ['a token with a line break', 'aws80:a\nb'],
      ['a token with a NUL', 'aws80:a\u0000b'],
      ['a 10,000-character token', LONG],
    ] as const) {
      it(`${label} is refused before sending`, async () => {
        const before = mock.requests.length;
        const error = await failure(() => client.deleteApiToken(token));
        expect(error).to.be.instanceOf(InvalidInputError);
        expect(error.message).to.match(/^(The API token is empty\.|That is not a valid API token\.)$/);
        expect(mock.requests.length).to.equal(before);
      });
    }

    it('<ringcx-token-list> deletes a listed token with path characters by its encoded name', async () => {
      const odd = 'aws80:a/b?c#d %e';
      mock.failNext('listTokens', () => Response.json([odd]));
      mock.failNext('deleteToken', () => new Response('true'));
      const el = await fixture<RingCxTokenList>(html`<ringcx-token-list .client=${client}></ringcx-token-list>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="row"]'), 'the row');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-ref="delete"]')!.click();
      await el.updateComplete;
      const deleted = oneEvent(el, 'ringcx-token-delete');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.confirm button.danger')!.click();
      expect((await deleted).detail.token).to.equal(odd);
      const request = mock.requests.find((r) => r.operation === 'deleteToken')!;
      expect(new URL(request.url).pathname).to.equal(`/voice/api/v1/admin/token/${encodeURIComponent(odd)}`);
    });
  });
});

describe('robust: non-ASCII credentials', () => {
  const user = { username: 'ユーザー@例え.jp', password: ' pässwörd 密码 🔑 ', platformId: 'aws80', firstName: 'Ünïcødé', lastName: '管理者' };
  const { mock: unicode } = useMock({ users: [user] });
  let client: RingCxClient;

  beforeEach(() => {
    client = new RingCxClient({ store: createMemoryStore(), syncTabs: false });
  });

  it('sign in through the client, in the form body by default and in the query string when asked', async () => {
    const session = await client.login(user);
    expect(session.displayName).to.equal('Ünïcødé 管理者');
    const request = unicode.requests.at(-1)!;
    expect(new URLSearchParams(request.body).get('username')).to.equal(user.username);
    expect(new URLSearchParams(request.body).get('password'), 'the password is sent as typed, spaces included').to.equal(user.password);
    const byQuery = new RingCxClient({ store: createMemoryStore(), credentialsIn: 'query', syncTabs: false });
    expect((await byQuery.login(user)).displayName).to.equal('Ünïcødé 管理者');
  });

  it('a username with spaces around it is trimmed; the password is not', async () => {
    expect((await client.login({ ...user, username: `  ${user.username}\t` })).displayName).to.equal('Ünïcødé 管理者');
    const error = await failure(() => client.login({ ...user, password: user.password.trim() }));
    expect((error as { status?: number }).status).to.equal(401);
  });

  it('sign in through <ringcx-login>', async () => {
    const el = await fixture<RingCxLogin>(html`<ringcx-login .client=${client}></ringcx-login>`);
    await waitUntil(() => el.querySelector('form'), 'the form');
    for (const name of ['username', 'password', 'platformId'] as const) {
      el.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = user[name];
    }
    const signedIn = oneEvent(el, 'ringcx-login');
    el.querySelector('form')!.requestSubmit();
    expect((await signedIn).detail.session.displayName).to.equal('Ünïcødé 管理者');
    await el.updateComplete;
    expect(el.textContent).to.contain('Signed in as Ünïcødé 管理者');
    expect(unicode.counts.login).to.equal(1);
  });
});

describe('robust: parsers and helpers take any input (fast-check)', () => {
  /** Text of every kind: random, JSON, JSON cut short, and near-misses of the real bodies. */
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.json({ maxDepth: 4 }),
    fc.json({ maxDepth: 4 }).chain((json) => fc.nat({ max: json.length }).map((cut) => json.slice(0, cut))),
    fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object())).map((items) => JSON.stringify(items)),
    fc.array(fc.string({ maxLength: 20 })).map((tokens) => `{ ${tokens.map((t) => JSON.stringify(t)).join(', ')} }`),
    fc.array(fc.record({ accountId: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)), accountName: fc.string() }, { requiredKeys: [] })).map((a) => JSON.stringify(a)),
    fc.record({ accessToken: fc.oneof(fc.string(), fc.integer()), refreshToken: fc.option(fc.string()) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
    fc.constantFrom('', ' ', 'true', 'false', '"true"', 'null', '[]', '{}', '""', '"', '[', '{', '<html>', '\u0000', '\uD800', '__proto__', '{"__proto__":{"accessToken":"x"}}'),
  );

  /** Runs `parse` and allows only a value or a ResponseFormatError. */
  function returnsOrFormatError<T>(parse: (text: string) => T, check: (value: T) => boolean = () => true) {
    return fc.property(anyText, (text) => {
      let value: T;
      try {
        value = parse(text);
      } catch (error) {
        if (error instanceof ResponseFormatError) return true;
        throw error;
      }
      return check(value);
    });
  }

  const runs = { numRuns: 500 };

  it('parseTokenList: an array of non-empty strings, or ResponseFormatError', () => {
    fc.assert(returnsOrFormatError(parseTokenList, (v) => Array.isArray(v) && v.every((t) => typeof t === 'string' && t !== '')), runs);
  });

  it('parseCreatedToken: a non-empty token without spaces or markup, or ResponseFormatError', () => {
    fc.assert(returnsOrFormatError(parseCreatedToken, (v) => typeof v === 'string' && v !== '' && !/\s|[<>{}]/.test(v)), runs);
  });

  it('parseDeleteAnswer: nothing, or ResponseFormatError', () => {
    // It refuses exactly an answer of `false` (any case, quoted or not, padded or not) and accepts
    // everything else; the generator makes sure the refusing side is reached too.
    const refusal = fc
      .tuple(fc.constantFrom('false', 'FALSE', 'False'), fc.constantFrom('', '"'), fc.constantFrom('', ' ', '\n\t'))
      .map(([word, quote, pad]) => `${pad}${quote}${word}${quote}${pad}`);
    const refuses = (text: string) => /^"?false"?$/i.test(text.trim());
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(anyText, refusal, fc.constantFrom('', 'true', '"true"', ' TRUE ')), (text) => {
        let error: unknown;
        try {
          expect(parseDeleteAnswer(text)).to.equal(undefined);
        } catch (caught) {
          error = caught;
        }
        if (refuses(text)) {
          refused++;
          expect(error, JSON.stringify(text)).to.be.instanceOf(ResponseFormatError);
        } else {
          expect(error, JSON.stringify(text)).to.equal(undefined);
        }
      }),
      runs,
    );
    expect(refused, 'refusals generated').to.be.greaterThan(0);
  });

  it('parseUserDetails: an object with a non-empty access token, or ResponseFormatError', () => {
    fc.assert(returnsOrFormatError(parseUserDetails, (v) => typeof v === 'object' && typeof v.accessToken === 'string' && v.accessToken !== ''), runs);
  });

  it('parseAccounts: objects with a string accountId, or ResponseFormatError', () => {
    fc.assert(returnsOrFormatError(parseAccounts, (v) => Array.isArray(v) && v.every((a) => typeof a === 'object' && typeof a.accountId === 'string')), runs);
  });

  it('parseErrorBody: undefined or an object of strings, never a throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const body = parseErrorBody(text);
        return body === undefined || Object.values(body).every((value) => typeof value === 'string');
      }),
      runs,
    );
  });

  it('maskToken: never the whole token, never long, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 100 }), fc.uuid().map((u) => `aws80:${u}`)), (token) => {
        const masked = maskToken(token);
        expect(typeof masked).to.equal('string');
        expect(masked.length).to.be.at.most(22);
        if (token.length > 22) expect(masked.length, 'shorter than the token').to.be.below(token.length);
        if (token.length > 4) expect(masked).not.to.equal(token);
      }),
      runs,
    );
  });

  it('redactUrl: never a throw, and credential parameters and token paths never survive', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,20}$/).map((s) => `S3cr3t${s}`);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (url) => typeof redactUrl(url) === 'string'),
      runs,
    );
    fc.assert(
      fc.property(
        fc.webUrl(),
        secret,
        fc.constantFrom('password', 'username', 'refresh_token', 'rcAccessToken', 'access_token', 'token'),
        fc.constantFrom('/voice/api/v1/admin/token/', '/api/auth/logout/', '/api/auth/login/admin?'),
        (url, value, name, path) => {
          const base = new URL(url);
          const href = path.endsWith('?')
            ? `${base.origin}${path}other=1&${name}=${encodeURIComponent(value)}`
            : `${base.origin}${path}${encodeURIComponent(value)}?${name}=${encodeURIComponent(value)}`;
          return !redactUrl(href).includes(value);
        },
      ),
      runs,
    );
  });

  it('readJwtClaims and accessTokenExpiry: never a throw; an expiry is a finite time or undefined', () => {
    const b64 = (value: unknown) => btoa(unescape(encodeURIComponent(JSON.stringify(value) ?? 'x'))).replace(/=+$/, '');
    const claim = fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null), fc.boolean(), fc.constant(1e308), fc.constant(-1e308));
    const jwt = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.record({ exp: claim, iat: claim, plat: fc.string() }, { requiredKeys: [] }).map((claims) => `eyJhbGciOiJIUzI1NiJ9.${b64(claims)}.sig`),
      fc.jsonValue().map((value) => `a.${b64(value)}.c`),
      fc.string().map((text) => `a.${text}.c`),
    );
    fc.assert(
      fc.property(jwt, fc.integer({ min: 0, max: 4_000_000_000_000 }), (token, receivedAt) => {
        const claims = readJwtClaims(token);
        expect(claims === undefined || typeof claims === 'object').to.equal(true);
        const expiry = accessTokenExpiry(token, receivedAt);
        return expiry === undefined || Number.isFinite(expiry);
      }),
      { numRuns: 1000 },
    );
  });
});
