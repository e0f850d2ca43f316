import { expect } from '@open-wc/testing';
import { http } from 'msw';
import {
  createMemoryStore,
  HttpError,
  InvalidInputError,
  NetworkError,
  RateLimitError,
  ResponseFormatError,
  RingCxClient,
  TimeoutError,
  isRingCxError,
} from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { useMock } from './helpers/mock-server.js';
import { gate } from './helpers/gate.js';

describe('RingCxClient API tokens and accounts', () => {
  const { mock, worker } = useMock();
  let client: RingCxClient;

  beforeEach(async () => {
    client = new RingCxClient({ store: createMemoryStore(), retries: 0 });
    await client.login(DEMO_CREDENTIALS);
  });

  it('creates, lists and deletes API tokens with the Bearer token', async () => {
    const token = (await client.createApiToken())!;
    expect(token).to.match(/^aws80:[0-9a-f-]{36}$/);
    expect(await client.listApiTokens()).to.deep.equal([token]);
    await client.deleteApiToken(token);
    expect(await client.listApiTokens()).to.deep.equal([]);
    const deleteRequest = mock.requests.find((request) => request.operation === 'deleteToken')!;
    expect(deleteRequest.url).to.contain(encodeURIComponent(token));
    expect(deleteRequest.headers.authorization).to.match(/^Bearer eyJ/);
  });

  it('works with a permanent API token (X-Auth-Token) and no session', async () => {
    const token = (await client.createApiToken())!;
    const byToken = new RingCxClient({ apiToken: token, store: createMemoryStore() });
    expect(byToken.usesApiToken).to.equal(true);
    expect(await byToken.listApiTokens()).to.deep.equal([token]);
    expect((await byToken.getAccounts()).length).to.be.greaterThan(0);
    const last = mock.requests.at(-1)!;
    expect(last.headers['x-auth-token']).to.equal(token);
    expect(last.headers.authorization).to.equal(undefined);
  });

  it('lists accounts and never loses their ids', async () => {
    const accounts = await client.getAccounts();
    expect(accounts.length).to.be.greaterThan(3);
    expect(accounts.every((account) => typeof account.accountId === 'string')).to.equal(true);
    expect(accounts[0]!.mainAccountId).to.equal('99990000');
  });

  it('reads the token list in the guide brace form and a created token wrapped as a JSON string', async () => {
    mock.failNext('listTokens', () => new Response('{ "aws80:aaaa-1111", "aws80:bbbb-2222" }', { headers: { 'Content-Type': 'text/plain' } }));
    expect(await client.listApiTokens()).to.deep.equal(['aws80:aaaa-1111', 'aws80:bbbb-2222']);
    mock.failNext('createToken', () => Response.json('aws80:cccc-3333'));
    expect(await client.createApiToken()).to.equal('aws80:cccc-3333');
  });

  it('accepts a delete answered 204 with no body', async () => {
    const token = (await client.createApiToken())!;
    mock.failNext('deleteToken', () => new Response(null, { status: 204 }));
    expect(await client.deleteApiToken(token).then(() => 'accepted', (e: unknown) => e)).to.equal('accepted');
    expect(mock.counts.deleteToken, 'sent once, not retried').to.equal(1);
    // The same call does fail on an answer that says nothing was deleted.
    mock.failNext('deleteToken', () => Response.json(false));
    expect(await client.deleteApiToken(token).catch((e: unknown) => e)).to.be.instanceOf(ResponseFormatError);
  });

  it('encodes tokens with /, ?, #, % and spaces into one path segment', async () => {
    const error = await client.deleteApiToken('../../accounts?x=1#y %z').catch((e: unknown) => e);
    // Unknown token: the mock answers 404 for exactly that token, so the path did not escape.
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(404);
    const request = mock.requests.at(-1)!;
    expect(new URL(request.url).pathname).to.equal('/voice/api/v1/admin/token/..%2F..%2Faccounts%3Fx%3D1%23y%20%25z');
    expect((error as HttpError).url).to.equal('https://ringcx.ringcentral.com/voice/api/v1/admin/token/[redacted]');
  });

  it('rejects an empty token to delete before sending anything', async () => {
    const before = mock.requests.length;
    for (const bad of ['', '   ', '..', 'a\nb']) {
      const error = await client.deleteApiToken(bad).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(InvalidInputError);
    }
    expect(mock.requests.length).to.equal(before);
  });

  it('gives an HttpError with the API errorCode and generalMessage', async () => {
    mock.failNext('accounts', () =>
      Response.json({ errorCode: 'access.denied.exception', generalMessage: 'Access is denied' }, { status: 403 }),
    );
    const error = (await client.getAccounts().catch((e: unknown) => e)) as HttpError;
    expect(error).to.be.instanceOf(HttpError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(403);
    expect(error.errorCode).to.equal('access.denied.exception');
    expect(error.generalMessage).to.equal('Access is denied');
    expect(error.method).to.equal('GET');
    expect(isRingCxError(error)).to.equal(true);
  });

  it('gives a RateLimitError with retryAfter on 429', async () => {
    mock.failNext('createToken', () => new Response('slow down', { status: 429, headers: { 'Retry-After': '7' } }));
    const error = (await client.createApiToken().catch((e: unknown) => e)) as RateLimitError;
    expect(error).to.be.instanceOf(RateLimitError);
    expect(error.retryAfter).to.equal(7);
    mock.failNext('createToken', () => new Response('slow down', { status: 429 }));
    const bare = (await client.createApiToken().catch((e: unknown) => e)) as RateLimitError;
    expect(bare.retryAfter).to.equal(undefined);
  });

  it('gives a NetworkError when the server cannot be reached', async () => {
    mock.failNext('accounts', () => Response.error());
    const error = await client.getAccounts().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).kind).to.equal('network');
  });

  it('gives a TimeoutError after the timeout', async () => {
    const slow = new RingCxClient({ store: createMemoryStore(), timeout: 100 });
    const server = gate();
    worker.use(
      http.post('https://ringcx.ringcentral.com/api/auth/login/admin', async () => {
        await server.pass(); // answers only after the client gave up
        return new Response('late');
      }),
    );
    const error = await slow.login(DEMO_CREDENTIALS).catch((e: unknown) => e);
    server.release();
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('gives a ResponseFormatError for HTML or truncated JSON on success', async () => {
    mock.failNext('accounts', () => new Response('<html>gateway</html>', { headers: { 'Content-Type': 'text/html' } }));
    expect(await client.getAccounts().catch((e: unknown) => e)).to.be.instanceOf(ResponseFormatError);
    mock.failNext('accounts', () => new Response('[{"accountId":"1"', { headers: { 'Content-Type': 'application/json' } }));
    expect(await client.getAccounts().catch((e: unknown) => e)).to.be.instanceOf(ResponseFormatError);
  });

  it('passes an AbortSignal through and rejects with its reason', async () => {
    const controller = new AbortController();
    const call = client.getAccounts({ signal: controller.signal });
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect((error as Error).name).to.equal('AbortError');
  });

  it('keeps tokens out of error messages', async () => {
    const token = (await client.createApiToken())!;
    mock.failNext('deleteToken', () => new Response(`cannot delete ${token}`, { status: 500 }));
    const error = (await client.deleteApiToken(token).catch((e: unknown) => e)) as HttpError;
    expect(error.status).to.equal(500);
    const everything = JSON.stringify({ message: error.message, url: error.url, body: error.body });
    expect(everything).not.to.contain(token);
    expect(everything).not.to.contain(token.slice(6));
  });

  it('keeps tokens out of the generalMessage and errorCode it keeps from the body', async () => {
    const token = (await client.createApiToken())!;
    mock.failNext('deleteToken', () =>
      Response.json({ errorCode: 'not.found', generalMessage: `Api token ${token} not found` }, { status: 404 }),
    );
    const error = (await client.deleteApiToken(token).catch((e: unknown) => e)) as HttpError;
    expect(error.status).to.equal(404);
    const everything = JSON.stringify({ ...error, message: error.message });
    expect(everything).not.to.contain(token);
    expect(everything).not.to.contain(token.slice(6));
  });

  it('retries a failed read with backoff, but never a write', async () => {
    const retrying = new RingCxClient({ store: createMemoryStore(), retries: 2 });
    await retrying.login(DEMO_CREDENTIALS);
    mock.failNext('accounts', () => new Response('busy', { status: 503 }), 2);
    expect((await retrying.getAccounts()).length).to.be.greaterThan(0);
    expect(mock.counts.accounts).to.equal(3);
    mock.failNext('createToken', () => new Response('busy', { status: 503 }), 1);
    const error = await retrying.createApiToken().catch((e: unknown) => e);
    expect((error as HttpError).status).to.equal(503);
    expect(mock.counts.createToken).to.equal(1);
  });
});
