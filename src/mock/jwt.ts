// Token material for the mock. Browser APIs only: this runs in a page, a service-worker client
// and the Vite demo, never in Node.

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** Claims RingCX access tokens carry, as far as RingCentral's own browser code reads them. */
export interface MockJwtClaims {
  /** Admin id, as a string. */
  sub: string;
  /** Platform id. */
  plat: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/**
 * A JWT-shaped token. The signature is random: nobody can check it, and the random part keeps two
 * tokens issued in the same second distinct.
 */
export function encodeJwt(claims: MockJwtClaims): string {
  const part = (value: object) => base64url(encoder.encode(JSON.stringify(value)));
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${base64url(randomBytes(32))}`;
}

/** An opaque random token (refresh tokens), URL-safe. */
export function opaqueToken(): string {
  return base64url(randomBytes(24));
}

/**
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts, and the demo may be opened
 * over plain http on a LAN address.
 */
export function uuidV4(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
