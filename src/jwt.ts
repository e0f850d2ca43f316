interface JwtTimes {
  /** Expiry, seconds since the epoch. */
  exp?: number;
  /** Issued at, seconds since the epoch. */
  iat?: number;
  /** Platform id. */
  plat?: string;
}

/** Reads the payload of a JWT without checking it. Undefined for anything that is not a JWT. */
export function readJwtClaims(token: string): JwtTimes | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const base64 = parts[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const json = new TextDecoder().decode(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return claims !== null && typeof claims === 'object' ? (claims as JwtTimes) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When an access token expires, on this machine's clock (ms since the epoch), or undefined when the
 * token is not a JWT with `exp`. Measured from `receivedAt` with the token's own lifetime
 * (`exp - iat`) when both claims are there, so a server clock that differs from ours does not make
 * a fresh token look expired (and cause a refresh loop).
 */
export function accessTokenExpiry(token: string, receivedAt: number): number | undefined {
  const claims = readJwtClaims(token);
  if (typeof claims?.exp !== 'number' || !Number.isFinite(claims.exp)) return undefined;
  const expiry =
    typeof claims.iat === 'number' && Number.isFinite(claims.iat) && claims.exp >= claims.iat
      ? receivedAt + (claims.exp - claims.iat) * 1000
      : claims.exp * 1000;
  // An absurd `exp` (1e308) overflows to Infinity, which JSON (sessionStorage) cannot hold.
  return Number.isFinite(expiry) ? expiry : undefined;
}
