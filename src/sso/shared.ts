// What the flow (loaded lazily) and the callback helper (the redirect page) agree on. The main
// bundle imports nothing from here: a module that both it and the lazy flow import becomes a third
// file that every page loads. Its side of single sign-on is in `redirect-return.ts` (which reads
// the pending record under the same key) and `guards.ts`.


/**
 * sessionStorage key of the one pending redirect sign-in of this tab. `redirect-return.ts` spells
 * it too (see above); test/sso.test.ts starts a sign-in here and sees it returned there.
 */
export const PENDING_KEY = 'ringcx-elements:ringcentral-sign-in';

/** Same-origin channel on which a redirect page served with COOP hands the answer back. */
export const CHANNEL_NAME = 'ringcx-elements:ringcentral-sign-in';

/** The message on that channel: the redirect page's URL, answer included. */
export interface CallbackMessage {
  type: 'ringcentral-sign-in-answer';
  href: string;
}

/** The query parameters of an authorization answer; removed from the address bar once read. */
export const ANSWER_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri'] as const;

/** The URL without the answer's parameters, for `history.replaceState`. */
export function withoutAnswer(href: string): string {
  const url = new URL(href);
  for (const name of ANSWER_PARAMS) url.searchParams.delete(name);
  return url.href;
}
