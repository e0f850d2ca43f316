import { RingCxError } from './ringcx-error.js';

/**
 * The server (or a proxy) answered with a redirect. The client never follows one: a redirect to
 * another address would carry the password or a token there. Point `baseUrl` at the final address.
 */
export class RedirectError extends RingCxError {
  override name = 'RingCxRedirectError';
  /** The redirect's status (301, 302, 303, 307, 308), or 0 where the browser hides it. */
  readonly status: number;

  constructor(method: string, url: string, status: number) {
    super('redirect', `RingCX answered with a redirect, which the client does not follow (${method} ${url}). Set baseUrl to the final address.`, {
      method,
      url,
    });
    this.status = status;
  }
}
