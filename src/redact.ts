// Tokens and passwords must never reach an error message, an event or a log line.

const SECRET_PARAMS = ['password', 'username', 'refresh_token', 'rcAccessToken', 'access_token', 'token'];

/**
 * A token shortened for display: its platform prefix (such as `aws80:`) and its last 4 characters.
 *
 * @example
 * maskToken('aws80:c2353445-bc74-af1a-2850-1d55a371c0a9') //=> 'aws80:…c0a9'
 */
export function maskToken(token: string): string {
  const colon = token.indexOf(':');
  const prefix = colon > 0 && colon <= 16 ? token.slice(0, colon + 1) : '';
  const rest = token.slice(prefix.length);
  return rest.length <= 4 ? `${prefix}…` : `${prefix}…${rest.slice(-4)}`;
}

/** A URL with token path segments and credential query parameters replaced by `[redacted]`. */
export function redactUrl(url: string): string {
  const [beforeQuery, query] = splitOnce(url, '?');
  const path = beforeQuery
    .replace(/(\/admin\/token\/)[^/?#]+/, '$1[redacted]')
    .replace(/(\/auth\/logout\/)[^/?#]+/, '$1[redacted]');
  if (query === undefined) return path;
  const params = new URLSearchParams(query);
  for (const name of SECRET_PARAMS) {
    if (params.has(name)) params.set(name, '[redacted]');
  }
  return `${path}?${params.toString().replaceAll('%5Bredacted%5D', '[redacted]')}`;
}

/**
 * Removes every occurrence of the given secrets from a text (for response bodies kept on errors),
 * in every spelling a server might echo: as sent, URL- and form-encoded, inside a JSON string, and
 * base64 (standard or URL-safe, at any alignment inside a longer base64 text).
 */
export function redactText(text: string, secrets: Iterable<string | null | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    const spellings = new Set([
      secret,
      encodeURIComponent(secret),
      new URLSearchParams({ s: secret }).toString().slice(2),
      JSON.stringify(secret).slice(1, -1),
      ...base64Spellings(secret),
    ]);
    // Longest first, so that a spelling is not cut by a shorter one inside it.
    for (const spelling of [...spellings].sort((a, b) => b.length - a.length)) {
      if (spelling.length >= 4) result = result.split(spelling).join('[redacted]');
    }
  }
  // Whatever else looks like a RingCX API token or a JWT.
  return result
    .replace(/\b[a-z]{2,8}\d{0,4}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[redacted]')
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, '[redacted]');
}

/**
 * The base64 characters that `secret` (as UTF-8) alone decides, for each of the three positions it
 * can take in a longer encoded text: the characters it shares with its neighbours are left out.
 */
function base64Spellings(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const spellings: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded));
    // Character i holds bits [6i, 6i + 6) of the bytes; keep those inside the secret's bits.
    const core = encoded.slice(Math.ceil((8 * offset) / 6), Math.floor((8 * padded.length) / 6));
    spellings.push(core, core.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return spellings;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}
