// Sign in with RingCentral: OAuth 2.0 authorization code with PKCE (S256), for a public client.
// Loaded with import() only when the button is pressed or a redirect comes back, so pages that do
// not use it pay nothing.
//
// Popup mode: the element opens an empty window inside the click (openSignInWindow), this module
// sends it to the consent page, then waits for the answer in two ways at once:
//   - polling the popup's URL: reading it throws while it is cross-origin, and works again once
//     RingCentral has sent it back to the (same-origin) redirect URI, so any page of ours will do;
//   - a BroadcastChannel, on which a redirect page that is cut off from us (served with COOP)
//     hands the answer over with completeRingCentralSignIn (callback.ts).
// Redirect mode: the verifier and state wait in this tab's sessionStorage during the round trip,
// and the returning page completes the flow, once, only for that exact state.
//
// The code, the verifier and the RingEX token live in local variables (and, in redirect mode,
// the pending record) for the flow only: never logged, stored after it, or put in an error.
import { endpointsFor, authorizeUrl, type EndpointOptions, type Endpoints } from './endpoints.js';
import { RingCentralSignInError, reasonFor } from './errors.js';
import { challengeFor, createState, createVerifier } from './pkce.js';
import { CHANNEL_NAME, PENDING_KEY, withoutAnswer, type CallbackMessage } from './shared.js';
import { requestToken, revokeToken, type RingExToken } from './token.js';

export { RingCentralSignInError, isRingCentralSignInError, isSignInCancelled } from './errors.js';
export type { RingCentralSignInReason } from './errors.js';
export { DEFAULT_RINGCENTRAL_SERVER } from './endpoints.js';
export type { EndpointOptions } from './endpoints.js';
export type { RingExToken } from './token.js';

/** How long a redirect sign-in may take before its pending record is ignored. */
const PENDING_LIFETIME_MS = 10 * 60 * 1000;

export interface CompletionOptions<T> {
  /**
   * Takes the RingEX access token into a RingCX session: the client's `loginWithRingEx`.
   * A 401 or 403 from it becomes `no-ringcx-access`.
   */
  exchange: (rcAccessToken: string) => Promise<T>;
  /** Keep the RingEX token for the page (returned as `ringExToken`) instead of revoking it. */
  keepToken?: boolean;
  signal?: AbortSignal;
  /** A `fetch` for RingCentral's token and revoke endpoints instead of the global one. */
  fetch?: typeof fetch;
}

export interface RingCentralSignInResult<T> {
  /** What `exchange` returned. */
  session: T;
  /** Only with `keepToken`: the RingEX token, which the page now owns. */
  ringExToken?: RingExToken;
}

export interface PopupSignInOptions<T> extends EndpointOptions, CompletionOptions<T> {
  /** The window from openSignInWindow(), opened inside the click; null means it was blocked. */
  popup: Window | null;
  /**
   * How often the popup's URL is read, in ms.
   * @default 200
   */
  pollInterval?: number;
  /**
   * Once the popup looks closed, how long to wait for a redirect page's BroadcastChannel answer
   * before calling it a cancellation, in ms. A window cut off by COOP looks closed too.
   * @default 1000
   */
  closedGrace?: number;
}

/**
 * Signs in through RingCentral in a popup. Rejects with RingCentralSignInError: `popup-blocked`
 * when `popup` is null (offer redirect mode), `cancelled` when the user closed it (say nothing).
 */
export async function signInWithPopup<T>(options: PopupSignInOptions<T>): Promise<RingCentralSignInResult<T>> {
  const { popup } = options;
  if (!popup) throw new RingCentralSignInError('popup-blocked');
  try {
    options.signal?.throwIfAborted();
    const endpoints = endpointsFor(options);
    const verifier = createVerifier();
    const state = createState();
    const challenge = await challengeFor(verifier);
    if (popup.closed) throw new RingCentralSignInError('cancelled');
    popup.location.replace(authorizeUrl(endpoints, state, challenge));
    const answer = await waitForAnswer(popup, state, endpoints.redirectUri, options);
    closeQuietly(popup);
    return await complete(answer, endpoints, verifier, options);
  } finally {
    closeQuietly(popup);
  }
}

export interface RedirectStartOptions extends EndpointOptions {
  /** How to leave for the consent page. @default (url) => location.assign(url) */
  navigate?: (url: string) => void;
}

/** Starts a sign-in in this window: keeps the verifier and state for this tab, then leaves. */
export async function startRedirectSignIn(options: RedirectStartOptions): Promise<void> {
  const endpoints = endpointsFor(options);
  const verifier = createVerifier();
  const state = createState();
  const challenge = await challengeFor(verifier);
  const pending: PendingRecord = { state, verifier, endpoints, startedAt: Date.now() };
  // One flow at a time per tab: a new start replaces an abandoned one.
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  (options.navigate ?? ((url: string) => location.assign(url)))(authorizeUrl(endpoints, state, challenge));
}

/**
 * Completes a redirect sign-in when the address bar holds the answer to this tab's pending one,
 * with that exact `state`; otherwise does nothing and resolves null. The pending record is used
 * once, and `code`, `state` and `error` leave the address bar (`history.replaceState`), so a reload
 * or a shared link replays nothing.
 */
export async function completeRedirectSignIn<T>(options: CompletionOptions<T>): Promise<RingCentralSignInResult<T> | null> {
  const answer = new URLSearchParams(location.search);
  const state = answer.get('state');
  if (state === null || !(answer.has('code') || answer.has('error'))) return null;
  const pending = readPending();
  if (!pending || pending.state !== state) return null;
  sessionStorage.removeItem(PENDING_KEY);
  history.replaceState(history.state, '', withoutAnswer(location.href));
  if (Date.now() - pending.startedAt > PENDING_LIFETIME_MS) throw new RingCentralSignInError('invalid-grant');
  return complete(answer, pending.endpoints, pending.verifier, options);
}

interface PendingRecord {
  state: string;
  verifier: string;
  endpoints: Endpoints;
  startedAt: number;
}

function readPending(): PendingRecord | undefined {
  try {
    const record = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingRecord | null;
    const ok =
      record &&
      typeof record.state === 'string' &&
      typeof record.verifier === 'string' &&
      typeof record.startedAt === 'number' &&
      typeof record.endpoints?.token === 'string';
    return ok ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The answer's code → RingEX token → RingCX session (via `exchange`) → revoke unless kept. */
async function complete<T>(
  answer: URLSearchParams,
  endpoints: Endpoints,
  verifier: string,
  options: CompletionOptions<T>,
): Promise<RingCentralSignInResult<T>> {
  const error = answer.get('error');
  const code = answer.get('code');
  if (error !== null || !code) {
    throw new RingCentralSignInError(reasonFor(error, answer.get('error_description')), { oauthError: error ?? undefined });
  }
  const token = await requestToken({
    endpoint: endpoints.token,
    clientId: endpoints.clientId,
    redirectUri: endpoints.redirectUri,
    code,
    verifier,
    signal: options.signal,
    fetch: options.fetch,
  });
  let session: T;
  try {
    session = await options.exchange(token.accessToken);
  } catch (exchangeError) {
    void revokeToken(endpoints.revoke, token.accessToken, options.fetch);
    const status = (exchangeError as { status?: unknown } | null)?.status;
    if (status === 401 || status === 403) {
      throw new RingCentralSignInError('no-ringcx-access', { status, cause: exchangeError });
    }
    throw exchangeError;
  }
  if (options.keepToken) return { session, ringExToken: token };
  await revokeToken(endpoints.revoke, token.accessToken, options.fetch);
  return { session };
}

/** The popup's answer (query parameters) for this `state`, read from its URL or from the channel. */
function waitForAnswer(
  popup: Window,
  state: string,
  redirectUri: string,
  options: { signal?: AbortSignal; pollInterval?: number; closedGrace?: number },
): Promise<URLSearchParams> {
  const redirect = new URL(redirectUri);
  const { signal } = options;
  return new Promise((resolve, reject) => {
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const finish = (settle: () => void) => {
      clearInterval(poll);
      clearTimeout(grace);
      channel?.close();
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(signal!.reason));
    const cancel = () => finish(() => reject(new RingCentralSignInError('cancelled')));

    /** True when `href` is an answer at the redirect URI; ours settles the promise. */
    const read = (href: string, fromOurPopup: boolean): void => {
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return;
      }
      if (url.origin !== redirect.origin || url.pathname !== redirect.pathname) return;
      const params = url.searchParams;
      if (!params.has('code') && !params.has('error')) return;
      if (params.get('state') === state) finish(() => resolve(params));
      // A wrong state in our own popup is refused. On the channel it may be another tab's sign-in.
      else if (fromOurPopup) finish(() => reject(new RingCentralSignInError('state-mismatch')));
    };

    if (channel) {
      channel.onmessage = (event: MessageEvent<CallbackMessage>) => {
        if (event.data?.type === 'ringcentral-sign-in-answer' && typeof event.data.href === 'string') {
          read(event.data.href, false);
        }
      };
    }
    signal?.addEventListener('abort', onAbort);
    const poll = setInterval(() => {
      if (popup.closed) {
        grace ??= setTimeout(cancel, channel ? (options.closedGrace ?? 1000) : 0);
        return;
      }
      let href: string;
      try {
        href = popup.location.href; // throws while the popup shows RingCentral (cross-origin)
      } catch {
        return;
      }
      read(href, true);
    }, options.pollInterval ?? 200);
  });
}

function closeQuietly(popup: Window): void {
  try {
    if (!popup.closed) popup.close();
  } catch {
    // A window cut off by COOP cannot be closed from here; the callback page closes itself.
  }
}
