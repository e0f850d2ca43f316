// PKCE (RFC 7636), S256 only, and the `state` value: random strings from Web Crypto.
import { RingCentralSignInError } from './errors.js';

/** base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(byteLength: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(byteLength)));
}

/** A code verifier: 64 characters of base64url (48 random bytes), within the 43–128 allowed. */
export function createVerifier(): string {
  return randomString(48);
}

/** A `state`: 43 characters (32 random bytes), so it cannot be guessed. */
export function createState(): string {
  return randomString(32);
}

/** base64url(SHA-256(verifier)), no padding. Web Crypto exists only on secure origins. */
export async function challengeFor(verifier: string): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new RingCentralSignInError('unsupported');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}
