// "Sign in with RingCentral" for <ringcx-login>: the button, the popup opened inside the click,
// "continue in this window" when the popup is blocked, and finishing a redirect sign-in when the
// page comes back. The OAuth code itself (PKCE, consent, token, exchange) is in `src/sso/flow.ts`,
// which the client loads only when the button is pressed or a redirect returns.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { openSignInWindow, isRingCentralSignInError, isSignInCancelled } from '../../src/index.js';
import type { RingCentralSignInResult, RingCxClient } from '../../src/index.js';
import type { RingCentralSignInReason } from '../../src/sso/errors.js';
import { ringCentralRedirectReturned } from '../../src/sso/redirect-return.js';

export interface RingCentralStrings {
  signInWithRingCentral: string;
  waitingForRingCentral: string;
  orWithPassword: string;
  popupBlocked: string;
  continueHere: string;
  ringCentralUnknownApp: string;
  ringCentralRedirectUri: string;
  ringCentralDenied: string;
  ringCentralNoAccess: string;
  ringCentralFailed: string;
  ringCentralNotSetUp: string;
  errorNetwork: string;
}

export const ringCentralStrings: Omit<RingCentralStrings, 'errorNetwork'> = {
  signInWithRingCentral: 'Sign in with RingCentral',
  waitingForRingCentral: 'Waiting for RingCentral…',
  orWithPassword: 'Or sign in with your RingCX password',
  popupBlocked: 'Your browser blocked the RingCentral sign-in window.',
  continueHere: 'Continue in this window',
  ringCentralUnknownApp: 'RingCentral does not know this app. Check its client ID.',
  ringCentralRedirectUri: 'This page is not a redirect URI registered for the RingCentral app.',
  ringCentralDenied: 'Access was not granted in RingCentral, so you are not signed in.',
  ringCentralNoAccess: 'This RingCentral account has no access to RingCX.',
  ringCentralFailed: 'RingCentral did not complete the sign-in. Try again.',
  ringCentralNotSetUp: 'Sign-in with RingCentral is not set up correctly on this page.',
};

/** The element's `rc-*` attributes. */
export interface RingCentralOptions {
  clientId: string;
  server: string;
  redirectUri: string;
  authorizeUrl: string;
  keepToken: boolean;
}

/** What the controller asks of <ringcx-login>. */
export interface RingCentralHooks {
  options(): RingCentralOptions;
  client(): RingCxClient | undefined;
  text(): RingCentralStrings;
  /** Shows and reports a failure (`ringcx-error`); `message` is what to show. */
  failed(error: unknown, message: string): void;
}

export class RingCentralSignIn implements ReactiveController {
  busy = false;
  /** The popup was blocked: offer the same sign-in in this window. */
  offerRedirect = false;
  #checkedReturn = false;

  readonly #host: ReactiveControllerHost;
  readonly #hooks: RingCentralHooks;

  constructor(host: ReactiveControllerHost, hooks: RingCentralHooks) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  hostUpdated(): void {
    // Once the element has its client: a redirect sign-in of this tab may have just come back.
    const client = this.#hooks.client();
    const { clientId, keepToken } = this.#hooks.options();
    if (this.#checkedReturn || !client || !clientId) return;
    this.#checkedReturn = true;
    if (ringCentralRedirectReturned()) void this.#run(() => client.completeRingCentralRedirect({ keepToken }));
  }

  /**
   * Starts the sign-in. Call it inside the click: the popup opens before anything is awaited.
   * Resolves with the session (and, with `rc-keep-token`, the RingEX token), or null when it did
   * not end in a session (cancelled, failed, or the page is leaving for the redirect flow).
   */
  start(flow: 'popup' | 'redirect'): Promise<RingCentralSignInResult | null> {
    const client = this.#hooks.client();
    if (this.busy || !client) return Promise.resolve(null);
    const popup = flow === 'popup' ? openSignInWindow() : null;
    const { clientId, server, redirectUri, authorizeUrl, keepToken } = this.#hooks.options();
    return this.#run(() =>
      client.loginWithRingCentral({
        clientId,
        server: server || undefined,
        redirectUri: redirectUri || undefined,
        authorizeUrl: authorizeUrl || undefined,
        keepToken,
        flow,
        popup,
      }),
    );
  }

  async #run(signIn: () => Promise<RingCentralSignInResult | null>): Promise<RingCentralSignInResult | null> {
    this.busy = true;
    this.offerRedirect = false;
    this.#host.requestUpdate();
    try {
      return await signIn();
    } catch (error) {
      if (isSignInCancelled(error)) return null;
      if (isRingCentralSignInError(error) && error.reason === 'popup-blocked') this.offerRedirect = true;
      this.#hooks.failed(error, this.#messageFor(error));
      return null;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  #messageFor(error: unknown): string {
    const t = this.#hooks.text();
    if (!isRingCentralSignInError(error)) return t.ringCentralFailed;
    const words: Partial<Record<RingCentralSignInReason, string>> = {
      'popup-blocked': t.popupBlocked,
      'unknown-app': t.ringCentralUnknownApp,
      'redirect-uri': t.ringCentralRedirectUri,
      'consent-denied': t.ringCentralDenied,
      'no-ringcx-access': t.ringCentralNoAccess,
      network: t.errorNetwork,
      unsupported: t.ringCentralNotSetUp,
      'invalid-options': t.ringCentralNotSetUp,
    };
    return words[error.reason] ?? t.ringCentralFailed;
  }

  render(flow: 'popup' | 'redirect'): TemplateResult {
    const t = this.#hooks.text();
    return html`
      <div class="ringcx-login__ringcentral">
        <button type="button" class="ringcx-login__ringcentral-button primary" aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => void this.start(flow)}>
          ${this.busy ? html`<span class="spinner" aria-hidden="true"></span> ${t.waitingForRingCentral}` : t.signInWithRingCentral}
        </button>
        ${this.offerRedirect
          ? html`<button type="button" class="ringcx-login__continue" @click=${() => void this.start('redirect')}>${t.continueHere}</button>`
          : nothing}
      </div>
    `;
  }
}
