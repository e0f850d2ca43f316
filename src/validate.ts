// Input checks made before any request, so nothing invalid is ever sent. Messages name the field,
// never its value.
import type { Credentials } from './types.js';
import { InvalidInputError } from './errors/invalid-input-error.js';

const LIMITS = { username: 320, password: 1024, platformId: 64, token: 512 } as const;

/** Trimmed credentials, or an InvalidInputError naming the first bad field. */
export function validateCredentials(credentials: Credentials): Credentials {
  if (credentials === null || typeof credentials !== 'object') {
    throw new InvalidInputError('credentials', 'Enter a username, password and platform ID.');
  }
  validateFilled(credentials.username, 'username', 'username');
  validateFilled(credentials.password, 'password', 'password');
  validateFilled(credentials.platformId, 'platformId', 'platform ID');
  const username = credentials.username.trim();
  const platformId = credentials.platformId.trim();
  if (username.length > LIMITS.username) {
    throw new InvalidInputError('username', `The username is longer than ${LIMITS.username} characters.`);
  }
  if (credentials.password.length > LIMITS.password) {
    throw new InvalidInputError('password', `The password is longer than ${LIMITS.password} characters.`);
  }
  if (platformId.length > LIMITS.platformId || !/^[\w.:-]+$/.test(platformId)) {
    throw new InvalidInputError('platformId', 'The platform ID may hold only letters, digits, ".", ":", "_" and "-".');
  }
  return { username, password: credentials.password, platformId };
}

/** A non-blank string. Secrets are sent as given (passwords may have spaces); names are trimmed by the caller. */
export function validateFilled(value: unknown, field: string, label: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, `Enter the ${label}.`);
  }
}

/** An API token: non-blank, not too long, no control characters, not a path segment like `..`. */
export function validateToken(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidInputError(field, 'The API token is empty.');
  }
  const token = value.trim();
  // eslint-disable-next-line no-control-regex
  if (token.length > LIMITS.token || /[\u0000-\u001f\u007f]/.test(token) || token === '.' || token === '..') {
    throw new InvalidInputError(field, 'That is not a valid API token.');
  }
}
