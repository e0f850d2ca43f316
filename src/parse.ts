// Tolerant readers for the bodies RingCX sends, including where the server and RingCentral's guide
// disagree (see the `note`s in test/contract/ringcx-api.contract.json).
// Each takes any text and either returns a value or throws ResponseFormatError; nothing else.
import { ResponseFormatError } from './errors/response-format-error.js';
import type { AccessTokenUserDetails, Account, ApiErrorBody } from './types.js';

/** The token list: a JSON array of strings, or the guide's `{ "aws80:…", "aws80:…" }` form. */
export function parseTokenList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const json = tryJson(trimmed);
  if (Array.isArray(json)) return json.filter((item): item is string => typeof item === 'string' && item !== '');
  if (json === undefined && trimmed.startsWith('{') && trimmed.endsWith('}')) {
    return [...trimmed.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!).filter((token) => token !== '');
  }
  throw new ResponseFormatError('The token list from RingCX could not be read.');
}

/** A created token: `text/plain`, or the same text wrapped as a JSON string by a gateway. */
export function parseCreatedToken(text: string, status = 200): string | null {
  let token = text.trim();
  // Created, but not shown: the token is in the list.
  if (token === '' && (status === 201 || status === 204)) return null;
  if (token.startsWith('"')) {
    const json = tryJson(token);
    token = typeof json === 'string' ? json.trim() : '';
  }
  if (token === '' || /\s|[<>{}]/.test(token)) {
    throw new ResponseFormatError('RingCX did not return the new token.');
  }
  return token;
}

/** A delete answer: 204 with no body, or 200 with `true`. `false` means nothing was deleted. */
export function parseDeleteAnswer(text: string): void {
  const answer = text.trim().replace(/^"|"$/g, '').toLowerCase();
  if (answer === '' || answer === 'true') return;
  if (answer === 'false') throw new ResponseFormatError('RingCX did not delete the token.');
}

/** A login, exchange or refresh answer: a JSON object holding at least an access token. */
export function parseUserDetails(text: string): AccessTokenUserDetails & { accessToken: string } {
  const json = tryJson(text.trim());
  if (isObject(json) && typeof json.accessToken === 'string' && json.accessToken !== '') {
    return json as AccessTokenUserDetails & { accessToken: string };
  }
  throw new ResponseFormatError('RingCX answered the sign-in with something other than a session.');
}

/** The account list: a JSON array of objects with an `accountId` (numbers are turned to strings). */
export function parseAccounts(text: string): Account[] {
  const json = tryJson(text.trim());
  if (!Array.isArray(json)) throw new ResponseFormatError('The account list from RingCX could not be read.');
  const accounts: Account[] = [];
  for (const item of json) {
    if (!isObject(item)) continue;
    const id = item.accountId;
    if (typeof id !== 'string' && typeof id !== 'number') continue;
    // The objects are fresh from JSON.parse and no one else holds them: changed in place, not copied.
    if (typeof id === 'number') item.accountId = String(id);
    accounts.push(item as Account);
  }
  return accounts;
}

/** The spec's `Errors` body, when the text is one. */
export function parseErrorBody(text: string): ApiErrorBody | undefined {
  const json = tryJson(text.trim());
  if (!isObject(json)) return undefined;
  const body: ApiErrorBody = {};
  if (typeof json.errorCode === 'string') body.errorCode = json.errorCode;
  if (typeof json.generalMessage === 'string') body.generalMessage = json.generalMessage;
  if (typeof json.details === 'string') body.details = json.details;
  return body;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
