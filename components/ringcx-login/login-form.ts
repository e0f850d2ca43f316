// What the sign-in form does with a failed sign-in, and the platform id it remembers: kept apart
// from the element so the element reads as rendering and state.
import { isRingCxError, type HttpError, type InvalidInputError } from '../../src/index.js';
import type { LoginStrings } from './ringcx-login.strings.js';

const PLATFORM_KEY = 'ringcx-elements:platform-id';

export interface LoginErrorOutcome {
  /** What to show; undefined: the shared words for the error's kind. */
  message: string | undefined;
  /** The fields to mark `aria-invalid`. */
  invalidFields: string[];
  /** The id suffix of the input to focus, if any. */
  focus: 'username' | 'password' | 'platform' | undefined;
}

/** The words, marks and focus for a failed sign-in; `blank` says whether a field was left empty. */
export function loginErrorOutcome(error: unknown, blank: (field: string) => boolean, t: LoginStrings): LoginErrorOutcome {
  // `kind`, not `instanceof`: the client may come from another copy of this library on the page.
  if (isRingCxError(error) && error.kind === 'invalid-input') {
    const { field } = error as InvalidInputError;
    const focus = ({ username: 'username', password: 'password', platformId: 'platform' } as const)[field as 'username'] ?? 'username';
    if (blank(field)) {
      // The client stops at the first blank field; mark and name every one at once.
      const missing: Record<string, string> = { username: t.missingUsername, password: t.missingPassword, platformId: t.missingPlatformId };
      const invalidFields = Object.keys(missing).filter(blank);
      return { message: invalidFields.map((name) => missing[name]).join(' '), invalidFields, focus };
    }
    const message = ({ username: t.usernameTooLong, password: t.passwordTooLong } as Record<string, string>)[field] ?? t.invalidPlatformId;
    return { message, invalidFields: [field], focus };
  }
  if (isRingCxError(error) && error.kind === 'http' && [400, 401, 403, 404].includes((error as HttpError).status)) {
    // Do not say which field was wrong.
    return { message: t.credentialsRejected, invalidFields: [], focus: undefined };
  }
  return { message: undefined, invalidFields: [], focus: undefined };
}

export function rememberedPlatform(): string {
  try {
    return localStorage.getItem(PLATFORM_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberPlatform(platformId: string): void {
  try {
    localStorage.setItem(PLATFORM_KEY, platformId);
  } catch {
    // Storage may be off; remembering the platform is only a convenience.
  }
}
