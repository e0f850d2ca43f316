// Issue 10, row 8: an echoing server gets nothing of what a request sent back into an error: not
// the username, not the password in any spelling, and the message holds no server text at all.
import { expect } from '@open-wc/testing';
import { createMemoryStore, HttpError, RingCxClient } from '../src/index.js';
import { DEMO_CREDENTIALS } from '../src/mock/index.js';
import { failure } from './helpers/failure.js';
import { useMock } from './helpers/mock-server.js';

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const base64Url = (text: string) => base64(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

describe('Security: redaction', () => {
  const { mock } = useMock();
  const { username, password } = DEMO_CREDENTIALS;

  it('keeps the username and every spelling of the password out of the error', async () => {
    const spelled = {
      plain: password,
      url: encodeURIComponent(password),
      json: JSON.stringify(password).slice(1, -1),
      base64: base64(password),
      base64url: base64Url(password),
      // Inside a longer base64 text, at each of the three alignments.
      base64In1: base64(`x${password}yz`),
      base64In2: base64(`xy${password}z`),
      basic: base64(`${username}:${password}`),
      user: username,
      userUrl: encodeURIComponent(username),
    };
    mock.failNext('login', () =>
      Response.json({ generalMessage: `Unknown user ${username} (${base64(password)})`, errorCode: `bad.${username}`, echo: spelled }, { status: 401 }),
    );
    const error = (await failure(new RingCxClient({ store: createMemoryStore() }).login(DEMO_CREDENTIALS))) as HttpError;
    expect(error).to.be.instanceOf(HttpError);
    const everything = JSON.stringify({ ...error, message: error.message, cause: String(error.cause) });
    expect(everything).to.contain('[redacted]');
    for (const [name, spelling] of Object.entries(spelled)) {
      expect(everything, name).not.to.contain(spelling);
      expect(everything, `${name}, its middle`).not.to.contain(spelling.slice(3, -3));
    }
  });

  it('error.message never carries the server’s words', async () => {
    mock.failNext('listTokens', () => Response.json({ generalMessage: 'Server says <b>click here</b>' }, { status: 403 }));
    const client = new RingCxClient({ store: createMemoryStore() });
    await client.login(DEMO_CREDENTIALS);
    const error = (await failure(client.listApiTokens())) as HttpError;
    expect(error.message).to.equal('RingCX answered 403 (GET https://ringcx.ringcentral.com/voice/api/v1/admin/token).');
    expect(error.generalMessage).to.equal('Server says <b>click here</b>');
  });

  it('keeps the signed-in user’s username and email out of later errors', async () => {
    const client = new RingCxClient({ store: createMemoryStore() });
    await client.login(DEMO_CREDENTIALS);
    mock.failNext('listTokens', () => new Response(`no tokens for ${username} / ${encodeURIComponent(username)}`, { status: 403 }));
    const error = (await failure(client.listApiTokens())) as HttpError;
    expect(JSON.stringify({ ...error, message: error.message })).not.to.contain('admin@example');
    expect(JSON.stringify({ ...error })).not.to.contain('admin%40example');
  });
});
