import { expect } from '@open-wc/testing';
import { groupAccounts, maskToken, ResponseFormatError } from '../src/index.js';
import { parseAccounts, parseCreatedToken, parseDeleteAnswer, parseTokenList, parseUserDetails } from '../src/parse.js';
import { accessTokenExpiry } from '../src/jwt.js';
import { redactText, redactUrl } from '../src/redact.js';

const TOKEN = 'aws80:c2353445-bc74-af1a-2850-1d55a371c0a9';

function jwt(claims: object): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'HS256' })}.${encode(claims)}.c2ln`;
}

describe('parsers', () => {
  it('reads the token list as a JSON array, the guide brace form, or nothing', () => {
    expect(parseTokenList(`["${TOKEN}","aws80:b"]`)).to.deep.equal([TOKEN, 'aws80:b']);
    expect(parseTokenList(`{ "${TOKEN}", "aws80:b" }`)).to.deep.equal([TOKEN, 'aws80:b']);
    expect(parseTokenList('')).to.deep.equal([]);
    expect(parseTokenList('[]')).to.deep.equal([]);
    expect(parseTokenList('[1, null, "aws80:x"]')).to.deep.equal(['aws80:x']);
    expect(() => parseTokenList('<html>')).to.throw(ResponseFormatError);
  });

  it('reads a created token as text or a JSON string', () => {
    expect(parseCreatedToken(TOKEN)).to.equal(TOKEN);
    expect(parseCreatedToken(`"${TOKEN}"\n`)).to.equal(TOKEN);
    expect(() => parseCreatedToken('')).to.throw(ResponseFormatError);
    expect(() => parseCreatedToken('<html><body>Bad gateway</body></html>')).to.throw(ResponseFormatError);
  });

  it('reads a delete answer: true or nothing is success, false is not', () => {
    expect(() => parseDeleteAnswer('true')).not.to.throw();
    expect(() => parseDeleteAnswer('')).not.to.throw();
    expect(() => parseDeleteAnswer('false')).to.throw(ResponseFormatError);
  });

  it('reads sign-in answers only when they hold an access token', () => {
    expect(parseUserDetails('{"accessToken":"a","refreshToken":"r"}').accessToken).to.equal('a');
    expect(() => parseUserDetails('{"refreshToken":"r"}')).to.throw(ResponseFormatError);
    expect(() => parseUserDetails('null')).to.throw(ResponseFormatError);
  });

  it('reads accounts, turning numeric ids into strings and skipping rows without one', () => {
    expect(parseAccounts('[{"accountId":12},{"accountName":"x"},null,{"accountId":"7"}]').map((a) => a.accountId)).to.deep.equal(['12', '7']);
    expect(() => parseAccounts('{}')).to.throw(ResponseFormatError);
  });
});

describe('groupAccounts', () => {
  it('groups the flat list by main account, keeping order', () => {
    const groups = groupAccounts([
      { accountId: '2', mainAccountId: '1', mainAccountName: 'Main' },
      { accountId: '9', mainAccount: { mainAccountId: '8', mainAccountName: 'Other' } },
      { accountId: '3', mainAccountId: '1' },
      { accountId: '5' },
    ]);
    expect(groups.map((group) => [group.mainAccountId, group.mainAccountName, group.accounts.map((a) => a.accountId)])).to.deep.equal([
      ['1', 'Main', ['2', '3']],
      ['8', 'Other', ['9']],
      ['5', '', ['5']],
    ]);
  });
});

describe('masking and redaction', () => {
  it('masks a token to its prefix and last 4 characters', () => {
    expect(maskToken(TOKEN)).to.equal('aws80:…c0a9');
    expect(maskToken('abcdefgh')).to.equal('…efgh');
    expect(maskToken('abc')).to.equal('…');
  });

  it('redacts tokens in URLs and credentials in query strings', () => {
    expect(redactUrl(`https://h/voice/api/v1/admin/token/${encodeURIComponent(TOKEN)}`)).to.equal('https://h/voice/api/v1/admin/token/[redacted]');
    expect(redactUrl('https://h/api/auth/logout/abc.def')).to.equal('https://h/api/auth/logout/[redacted]');
    expect(redactUrl('https://h/api/auth/login/admin?username=a&password=p&platformId=x')).to.equal(
      'https://h/api/auth/login/admin?username=[redacted]&password=[redacted]&platformId=x',
    );
  });

  it('redacts tokens and JWTs from text', () => {
    expect(redactText(`token ${TOKEN} and ${jwt({ exp: 1 })} and secret-value`, ['secret-value'])).to.equal(
      'token [redacted] and [redacted] and [redacted]',
    );
  });
});

describe('access token expiry', () => {
  it('reads exp, measured with the token lifetime from our receipt time', () => {
    expect(accessTokenExpiry(jwt({ exp: 1300, iat: 1000 }), 50_000)).to.equal(50_000 + 300_000);
    expect(accessTokenExpiry(jwt({ exp: 1300 }), 0)).to.equal(1_300_000);
  });

  it('gives undefined for a token that is not a JWT', () => {
    expect(accessTokenExpiry('opaque', 0)).to.equal(undefined);
    expect(accessTokenExpiry('a.b.c', 0)).to.equal(undefined);
    expect(accessTokenExpiry(jwt({ exp: 'soon' }), 0)).to.equal(undefined);
  });
});
