import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RingCentralSignInResult } from '../../src/index.js';
import { emit } from '../shared/events.js';
import { RingCxElement } from '../shared/ringcx-element.js';
import type { SessionUpdate } from '../shared/session-controller.js';
import { RingCentralSignIn } from './ringcentral-sign-in.js';
import { loginErrorOutcome, rememberPlatform, rememberedPlatform } from './login-form.js';
import { loginStrings, type LoginStrings } from './ringcx-login.strings.js';
import { adoptLoginStyles } from './ringcx-login.styles.js';

export { loginStrings };
export type { LoginStrings };

let instances = 0;

/**
 * The form renders in the light DOM (as children of the element), so browsers and password
 * managers can fill it. Restyle it through the `--ringcx-*` custom properties or the
 * `ringcx-login__*` class names.
 *
 * @summary A sign-in form for RingCX admins, and who is signed in once they are.
 * @tagname ringcx-login
 *
 * @event {CustomEvent<{ session: SessionSummary; method: SignInMethod }>} ringcx-login - Signed in. `detail.session`: user, platform id, main account id, expiry; no tokens. `detail.method`: `password`, `ringcentral` or `ringex-token`.
 * @event {CustomEvent<Record<string, never>>} ringcx-logout - Signed out.
 * @event {CustomEvent<Record<string, never>>} ringcx-logout-request - Cancelable: the user pressed "Sign out". `preventDefault()` keeps the session.
 * @event {CustomEvent<Record<string, never>>} ringcx-session-expired - The session ended on its own; the form is shown again.
 * @event {CustomEvent<{ error: RingCxError | Error; message: string; action: string }>} ringcx-error - Sign-in or sign-out failed. `detail`: the typed error and the message shown.
 *
 * @cssproperty [--ringcx-login-width=24rem] - Maximum inline size of the element.
 * @cssproperty --ringcx-color-accent - Buttons and focus ring.
 * @cssproperty --ringcx-color-text - Text colour.
 * @cssproperty --ringcx-color-surface - Background.
 * @cssproperty --ringcx-color-border - Borders of the element and its inputs.
 * @cssproperty --ringcx-color-danger - Error text.
 * @cssproperty --ringcx-font-family - Font.
 * @cssproperty --ringcx-radius - Corner radius.
 */
export class RingCxLogin extends RingCxElement<LoginStrings> {
  /** Presets the platform id and hides its field. */
  @property({ attribute: 'platform-id' }) platformId = '';
  /** The RingCentral app's client ID: shows "Sign in with RingCentral" (RingEX single sign-on). */
  @property({ attribute: 'rc-client-id' }) rcClientId = '';
  /** RingCentral's server; empty means `https://platform.ringcentral.com`. */
  @property({ attribute: 'rc-server' }) rcServer = '';
  /** Where RingCentral sends the user back, registered for the app; empty means this page. */
  @property({ attribute: 'rc-redirect-uri' }) rcRedirectUri = '';
  /** The consent page, for mocks and test setups; empty means the server's. */
  @property({ attribute: 'rc-authorize-url' }) rcAuthorizeUrl = '';
  /** `popup`, or `redirect` to sign in with RingCentral in this window. */
  @property({ attribute: 'rc-flow' }) rcFlow: 'popup' | 'redirect' = 'popup';
  /** Keeps the RingEX token for the page (from `signInWithRingCentral()`) instead of revoking it. */
  @property({ attribute: 'rc-keep-token', type: Boolean }) rcKeepToken = false;
  /** `off` hides the username and password form (single sign-on only). */
  @property({ attribute: 'password-form' }) passwordForm: 'on' | 'off' = 'on';

  @state() private busy = false;
  @state() private message = '';
  @state() private invalidFields: string[] = [];
  @state() private passwordVisible = false;
  /** Polite news: signed in, signed out. */
  @state() private status = '';
  /** Who was signed in, to fill the form again when the session ends on its own. */
  #lastUsername = '';

  protected readonly defaultStrings = loginStrings;
  protected readonly localeKey = 'login';
  readonly #ids = `ringcx-login-${++instances}`;
  readonly #ringCentral = new RingCentralSignIn(this, {
    options: () => ({ clientId: this.rcClientId, server: this.rcServer, redirectUri: this.rcRedirectUri, authorizeUrl: this.rcAuthorizeUrl, keepToken: this.rcKeepToken }),
    client: () => this.sessionState.client,
    text: () => this.text,
    failed: (error, message) => (this.message = this.reportError(error, 'login', message)),
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLoginStyles(this.getRootNode());
  }

  /**
   * Signs in through RingCentral (what the button does). Call it inside a click: the popup opens
   * before anything is awaited. Resolves with the session (and with `rc-keep-token` the RingEX
   * token), or null when there is no session (cancelled, failed, or leaving for the redirect flow).
   */
  signInWithRingCentral(flow: 'popup' | 'redirect' = this.rcFlow): Promise<RingCentralSignInResult | null> {
    this.message = '';
    return this.#ringCentral.start(flow);
  }

  /** Signs in with a RingEX (RingCentral) access token, without the form: single sign-on. */
  async loginWithRingEx(rcAccessToken: string): Promise<void> {
    const client = this.sessionState.client;
    if (!client || this.busy) return;
    this.busy = true;
    this.message = '';
    try {
      await client.loginWithRingEx(rcAccessToken);
    } catch (error) {
      this.message = this.reportError(error, 'login');
    } finally {
      this.busy = false;
    }
  }

  /** Asks to sign out (`ringcx-logout-request`, cancelable), then signs out. */
  async logout(): Promise<void> {
    const client = this.sessionState.client;
    if (!client || this.busy) return;
    if (!emit(this, 'ringcx-logout-request', {}, { cancelable: true })) return;
    this.busy = true;
    try {
      await client.logout();
      this.message = '';
    } catch (error) {
      this.message = this.reportError(error, 'logout');
      this.busy = false;
      // The button was busy under the user's focus: keep them on it.
      void this.#focusAfterRender('.ringcx-login__logout');
    } finally {
      this.busy = false;
    }
  }

  protected override sessionChanged({ reason, session }: SessionUpdate): void {
    // Busy means this element asked for the change; focus moves only then, never because of
    // another element or tab.
    const ownAction = this.busy || this.#ringCentral.busy;
    if (session) this.#lastUsername = session.user.username ?? session.user.email ?? '';
    if (reason === 'signed-in' && session) {
      this.busy = false;
      this.message = '';
      this.status = this.text.signedIn;
      rememberPlatform(session.platformId);
      emit(this, 'ringcx-login', { session, method: session.method });
      if (ownAction) void this.#focusAfterRender('.ringcx-login__logout');
    } else if (reason === 'signed-out') {
      this.status = this.text.signedOut;
      emit(this, 'ringcx-logout', {});
      if (ownAction) void this.#focusAfterRender(`#${this.#ids}-username`);
    } else if (reason === 'expired') {
      this.status = '';
      this.message = this.text.sessionExpired;
      emit(this, 'ringcx-session-expired', {});
      void this.#refillAfterExpiry();
    }
  }

  /**
   * The session ended on its own: the form comes back with the username in it. When the user was
   * in the middle of something (here or in another element) and the control they were on went
   * away, focus goes to the password field rather than being lost to the page.
   */
  async #refillAfterExpiry(): Promise<void> {
    const name = this.#lastUsername;
    await this.updateComplete;
    const username = this.querySelector<HTMLInputElement>(`#${this.#ids}-username`);
    if (username && !username.value) username.value = name;
    // The other elements re-render in the same turn; look once they have.
    await new Promise((resolve) => setTimeout(resolve));
    const active = document.activeElement;
    if (active === null || active === document.body) {
      this.querySelector<HTMLElement>(`#${this.#ids}-${username?.value ? 'password' : 'username'}`)?.focus();
    }
  }

  override render(): TemplateResult {
    const { status, session, client } = this.sessionState;
    if (!client) return html`<p class="error" role="alert">${this.text.errorNetwork}</p>`;
    if (status === 'loading') return html`<p class="muted" aria-busy="true">${this.text.loading}</p>`;
    return session ? this.#renderSignedIn(session.displayName, session.platformId) : this.#renderForm();
  }

  #renderSignedIn(name: string, platformId: string): TemplateResult {
    const t = this.text;
    return html`
      <div class="ringcx-login__signed-in">
        <p class="ringcx-login__who" id="${this.#ids}-who">
          ${t.signedInAs} <strong>${name}</strong><br />
          <span class="muted">${t.onPlatform}: ${platformId}</span>
        </p>
        <button type="button" class="ringcx-login__logout" aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => this.logout()}>
          ${t.signOut}
        </button>
      </div>
      <p class="ringcx-login__error error" role="alert">${this.message}</p>
      <p class="ringcx-login__status status visually-hidden" role="status">${this.status}</p>
    `;
  }

  #renderForm(): TemplateResult {
    const t = this.text;
    const id = this.#ids;
    const invalid = (field: string) => (this.invalidFields.includes(field) ? 'true' : 'false');
    // The toggle keeps its name and only aria-pressed changes (APG button pattern). Sign in is
    // aria-disabled, not disabled, while busy: a disabled button under the user's focus drops
    // focus to the page.
    // The form is method="post": should it ever be submitted natively, the password stays out of
    // the URL.
    const top = html`
      <div class="ringcx-login__title" id="${id}-title" role="heading" aria-level=${this.headingLevel}>${t.title}</div>
      ${this.rcClientId ? this.#ringCentral.render(this.rcFlow) : nothing}`;
    if (this.passwordForm === 'off') return html`${top}<p class="ringcx-login__error error" id="${id}-error" role="alert">${this.message}</p>`;
    return html`
      ${top}
      ${this.rcClientId ? html`<p class="ringcx-login__or muted">${t.orWithPassword}</p>` : nothing}
      <form class="ringcx-login__form" method="post" aria-labelledby=${this.landmark ? `${id}-title` : nothing}
        aria-busy=${this.busy ? 'true' : 'false'} novalidate @submit=${this.#onSubmit}>
        <div class="ringcx-login__field">
          <label for="${id}-username">${t.username}</label>
          <input id="${id}-username" name="username" type="text" autocomplete="username" autocapitalize="none"
            spellcheck="false" required aria-invalid=${invalid('username')} aria-describedby="${id}-error" />
        </div>
        <div class="ringcx-login__field">
          <label for="${id}-password">${t.password}</label>
          <div class="ringcx-login__password">
            <input id="${id}-password" name="password" type=${this.passwordVisible ? 'text' : 'password'}
              autocomplete="current-password" required aria-invalid=${invalid('password')} aria-describedby="${id}-error" />
            <button type="button" class="ringcx-login__toggle" aria-controls="${id}-password"
              aria-pressed=${this.passwordVisible ? 'true' : 'false'}
              @click=${() => (this.passwordVisible = !this.passwordVisible)}>
              ${t.showPassword}
            </button>
          </div>
        </div>
        ${this.platformId
          ? nothing
          : html`<div class="ringcx-login__field">
              <label for="${id}-platform">${t.platformId}</label>
              <input id="${id}-platform" name="platformId" type="text" autocomplete="off" autocapitalize="none"
                spellcheck="false" required .value=${rememberedPlatform()} aria-invalid=${invalid('platformId')}
                aria-describedby="${id}-error" />
            </div>`}
        <p class="ringcx-login__error error" id="${id}-error" role="alert">${this.message}</p>
        <p class="ringcx-login__status status visually-hidden" role="status">${this.status}</p>
        <button type="submit" class="ringcx-login__submit primary" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? html`<span class="spinner" aria-hidden="true"></span> ${t.signingIn}` : t.signIn}
        </button>
      </form>
    `;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.sessionState.client;
    if (this.busy || !client) return;
    // Read at submit time: password managers fill fields without input events.
    const data = new FormData(event.target as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '');
    const platformId = this.platformId || field('platformId');
    this.message = '';
    this.status = '';
    this.invalidFields = [];
    this.busy = true;
    try {
      await client.login({ username: field('username'), password: field('password'), platformId });
    } catch (error) {
      this.#showLoginError(error, (name) => (name === 'platformId' ? platformId : field(name)).trim() === '');
    } finally {
      this.busy = false;
    }
  }

  #showLoginError(error: unknown, blank: (field: string) => boolean): void {
    const outcome = loginErrorOutcome(error, blank, this.text);
    this.invalidFields = outcome.invalidFields;
    if (outcome.focus) void this.#focusAfterRender(`#${this.#ids}-${outcome.focus}`);
    this.message = this.reportError(error, 'login', outcome.message);
  }

  async #focusAfterRender(selector: string): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }
}
