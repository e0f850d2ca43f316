// Authorization codes of the mock RingEX, issued by its consent page and checked by its token
// endpoint without shared state: the consent page is a separate document (a popup or a
// redirect) that the msw service worker does not serve, so the code carries the grant itself,
// signed with an HMAC key the page and the mock both know. It's a mock: a fixed key is fine.
//
// public/ringex-mock/authorize.js issues the same codes; keep the two in step.

/** The HMAC-SHA-256 key of mock codes; also in public/ringex-mock/authorize.js. Not a secret. */
export const MOCK_CODE_KEY = 'ringcx-elements mock RingEX code key (not a secret)';

/** What a mock code grants. */
export interface MockGrant {
  /** client_id */
  c: string;
  /** redirect_uri */
  r: string;
  /** code_challenge (S256) */
  h: string;
  /** A random nonce: a code is used once. */
  n: string;
  /** Expiry, ms since the epoch. */
  x: number;
}

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
}

async function mac(text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(MOCK_CODE_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text))));
}

/** base64url(SHA-256(text)), the S256 transform. */
export async function s256(text: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text))));
}

/** A code for a grant, as the consent page makes it. Lives 60 seconds. */
export async function issueMockCode(grant: { clientId: string; redirectUri: string; challenge: string }): Promise<string> {
  const nonce = base64url(crypto.getRandomValues(new Uint8Array(12)));
  const body: MockGrant = { c: grant.clientId, r: grant.redirectUri, h: grant.challenge, n: nonce, x: Date.now() + 60_000 };
  const payload = base64url(encoder.encode(JSON.stringify(body)));
  return `${payload}.${await mac(payload)}`;
}

/** The grant in a code, or undefined when the code is malformed or its MAC is wrong. */
export async function readMockCode(code: string): Promise<MockGrant | undefined> {
  const [payload, signature, extra] = code.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  if ((await mac(payload)) !== signature) return undefined;
  try {
    const grant = JSON.parse(fromBase64url(payload)) as MockGrant;
    const ok = ['c', 'r', 'h', 'n'].every((k) => typeof grant[k as keyof MockGrant] === 'string') && typeof grant.x === 'number';
    return ok ? grant : undefined;
  } catch {
    return undefined;
  }
}
