// Issue 10, rows 2–5: wherever a base URL, a proxy or the page points, no credential leaves for the
// wrong place. The "attacker" is a second local origin: the same port on 127.0.0.1 when the tests
// run on localhost (and the other way round).
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMemoryStore, InvalidInputError, NetworkError, RedirectError, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { failure } from './helpers/failure.js';
import { useMock } from './helpers/mock-server.js';

const attackerOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

interface Seen {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** An msw handler for the attacker's origin that records whatever reaches it. */
function attacker(seen: Seen[]) {
  return http.all(`${attackerOrigin}/*`, async ({ request }) => {
    seen.push({ url: request.url, body: await request.clone().text(), headers: Object.fromEntries(request.headers) });
    return HttpResponse.json({ accessToken: 'forged', refreshToken: 'forged' }, { headers: { 'Access-Control-Allow-Origin': '*' } });
  });
}

// WebKit turns a service worker's redirect answer to a `redirect: 'manual'` request into a network
// error instead of an opaque redirect (a real server's redirect it reports as one); either way the
// redirect is not followed, which is what these tests check first.
const webKitWorker = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
const refusedRedirect = (error: Error) => expect(error).to.be.instanceOf(webKitWorker ? NetworkError : RedirectError);

const redirectTo = (path: string) => () => new Response(null, { status: 307, headers: { Location: `${attackerOrigin}${path}` } });

describe('Security: redirects are never followed', () => {
  const { mock, worker } = useMock();

  it('a 307 on sign-in to another origin is not followed: the password stays, no session', async () => {
    const seen: Seen[] = [];
    worker.use(attacker(seen));
    mock.failNext('login', redirectTo('/steal'));
    const client = new RingCxClient({ store: createMemoryStore() });
    const error = await failure(client.login(DEMO_CREDENTIALS));
    expect(seen).to.deep.equal([]);
    refusedRedirect(error);
    if (!webKitWorker) expect(error.message).to.contain('redirect');
    expect(error.message).not.to.contain(DEMO_CREDENTIALS.password);
    expect(client.session).to.equal(null);
  });

  it('a 307 on an API-token call does not forward X-Auth-Token', async () => {
    const seen: Seen[] = [];
    worker.use(attacker(seen));
    const issuer = new RingCxClient({ store: createMemoryStore() });
    await issuer.login(DEMO_CREDENTIALS);
    const apiToken = (await issuer.createApiToken())!;
    mock.failNext('listTokens', redirectTo('/list'));
    const client = new RingCxClient({ apiToken, store: createMemoryStore(), retries: 0 });
    const error = await failure(client.listApiTokens());
    expect(seen).to.deep.equal([]);
    refusedRedirect(error);
  });

  it('a 307 on refresh does not re-send the refresh token, and keeps the session', async () => {
    const seen: Seen[] = [];
    worker.use(attacker(seen));
    const client = new RingCxClient({ store: createMemoryStore() });
    await client.login(DEMO_CREDENTIALS);
    mock.failNext('refresh', redirectTo('/refresh'));
    const error = await failure(client.refresh());
    expect(seen).to.deep.equal([]);
    refusedRedirect(error);
    expect(client.session).not.to.equal(null);
  });
});

describe('Security: relative base URLs and cookies', () => {
  const { mock, worker } = useMock({ baseUrl: '/ringcx' });

  it('an injected <base href> does not steer a relative base URL', async () => {
    const seen: Seen[] = [];
    worker.use(attacker(seen));
    const base = document.createElement('base');
    base.href = `${attackerOrigin}/evil/`;
    document.head.prepend(base);
    try {
      const client = new RingCxClient({ baseUrl: '/ringcx', store: createMemoryStore() });
      expect(client.baseUrl).to.equal(`${location.origin}/ringcx`);
      await client.login(DEMO_CREDENTIALS);
    } finally {
      base.remove();
    }
    expect(seen).to.deep.equal([]);
    expect(mock.counts.login).to.equal(1);
  });

  it('sends no cookies of the page, even to its own origin', async () => {
    const cookies: Array<Record<string, string>> = [];
    const credentials: string[] = [];
    worker.use(
      http.all(`${location.origin}/ringcx/*`, ({ request, cookies: sent }) => {
        cookies.push(sent);
        credentials.push(request.credentials);
        return undefined;
      }),
    );
    document.cookie = 'intranet-session=page-secret; path=/';
    try {
      const client = new RingCxClient({ baseUrl: '/ringcx', store: createMemoryStore() });
      await client.login(DEMO_CREDENTIALS);
      await client.listApiTokens();
    } finally {
      document.cookie = 'intranet-session=; path=/; max-age=0';
    }
    expect(credentials).to.deep.equal(['omit', 'omit']);
    expect(cookies).to.deep.equal([{}, {}]);
  });
});

describe('Security: base URLs that are refused', () => {
  const refused = (baseUrl: string) => {
    try {
      new RingCxClient({ baseUrl, store: createMemoryStore() });
    } catch (error) {
      return error as InvalidInputError;
    }
    throw new Error(`${baseUrl} was accepted`);
  };

  it('refuses userinfo, and never echoes its password', () => {
    for (const baseUrl of ['https://user:hunter22pw@ringcx.example.com', 'https://user@ringcx.example.com/ringcx']) {
      const error = refused(baseUrl);
      expect(error).to.be.instanceOf(InvalidInputError);
      expect(error.field).to.equal('baseUrl');
      expect(error.message).to.contain('username or password');
      expect(error.message).not.to.contain('hunter22pw');
    }
  });

  it('refuses plain http: to anything but this machine', () => {
    const error = refused('http://ringcx.example.com');
    expect(error).to.be.instanceOf(InvalidInputError);
    expect(error.message).to.contain('https:');
    for (const local of ['http://localhost:8080', 'http://127.0.0.1:9000/ringcx', 'http://[::1]:3000', 'http://api.localhost']) {
      expect(() => new RingCxClient({ baseUrl: local, store: createMemoryStore() }), local).not.to.throw();
    }
  });
});
