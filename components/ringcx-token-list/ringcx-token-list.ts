import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { maskToken, RingCxClient } from '../../src/index.js';
import { defineElement } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { errorStrings, type ErrorStrings } from '../shared/messages.js';
import { RingCxElement } from '../shared/ringcx-element.js';
import { tokenListStyles } from './ringcx-token-list.styles.js';

/** The words of `<ringcx-token-list>`. `{token}` stands for the masked token (with its label, when the page gave one). */
export interface TokenListStrings extends ErrorStrings {
  title: string;
  signedOut: string;
  loading: string;
  empty: string;
  create: string;
  reload: string;
  retry: string;
  copy: string;
  copyLabel: string;
  copied: string;
  copyFailed: string;
  delete: string;
  deleteLabel: string;
  confirmDelete: string;
  cancel: string;
  deleted: string;
  created: string;
  newMarker: string;
  sessionEnded: string;
  newTokenTitle: string;
  newTokenWarning: string;
  newTokenCopyLabel: string;
  done: string;
}

export const tokenListStrings: TokenListStrings = {
  ...errorStrings,
  title: 'API tokens',
  signedOut: 'Sign in to manage your API tokens.',
  loading: 'Loading tokens…',
  empty: 'No API tokens yet.',
  create: 'Create token',
  reload: 'Reload',
  retry: 'Retry',
  copy: 'Copy',
  copyLabel: 'Copy token {token}',
  copied: 'Copied',
  copyFailed: 'Could not copy: the browser did not allow access to the clipboard.',
  delete: 'Delete',
  deleteLabel: 'Delete token {token}',
  confirmDelete: 'Delete this token? Apps using it will stop working.',
  cancel: 'Cancel',
  deleted: 'Token deleted: {token}',
  created: 'Token created',
  newMarker: 'New',
  sessionEnded: 'Your session has ended, so that was not done. Sign in again.',
  newTokenTitle: 'Your new API token',
  newTokenWarning:
    'Whoever has it can use the API with your rights, so keep it like a password. Its Copy button in the list copies it again later.',
  newTokenCopyLabel: 'Copy the new token',
  done: 'Done',
};

/**
 * Lists the signed-in user's permanent API tokens, masked, and lets them copy, create and delete
 * tokens. A new token is shown in full once, until dismissed.
 *
 * @summary Manage permanent RingCX API tokens.
 * @tagname ringcx-token-list
 *
 * @event {CustomEvent<{ token: string }>} ringcx-token-create - A token was created; `detail.token` holds it in full.
 * @event {CustomEvent<{ token: string }>} ringcx-token-delete - A token was deleted; `detail.token` holds it.
 * @event {CustomEvent<{ token: string }>} ringcx-token-copy - A token was copied to the clipboard; `detail.token` holds it.
 * @event {CustomEvent<{ error: RingCxError | Error; message: string; action: string }>} ringcx-error - Loading, creating or deleting failed; `detail.message` is what the element shows.
 *
 * @slot signed-out - Shown instead of the list while nobody is signed in.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title with the Create and Reload buttons.
 * @csspart list - The list of tokens.
 * @csspart row - One token's row.
 * @csspart token - A masked token.
 * @csspart label - The page's name for a token (`labels`).
 * @csspart new-marker - "New" beside a token created on this page since it loaded.
 * @csspart actions - A row's buttons.
 * @csspart new-token - The panel that shows a new token once.
 * @csspart new-token-value - The new token in full.
 * @csspart status - The polite announcements ("Token created", "Copied", "Token deleted: …").
 * @csspart error - The message of a failed load, create or copy.
 *
 * @cssproperty --ringcx-color-accent - Primary buttons and the new-token panel's border.
 * @cssproperty --ringcx-color-danger - Delete buttons and error messages.
 * @cssproperty --ringcx-color-selected - The new-token panel's background.
 * @cssproperty --ringcx-color-text - Text.
 * @cssproperty --ringcx-color-surface - Background.
 * @cssproperty --ringcx-color-border - Borders and row separators.
 * @cssproperty --ringcx-font-family - Text font.
 * @cssproperty --ringcx-font-family-mono - Font of tokens. Default: the system monospace font.
 * @cssproperty --ringcx-radius - Corner radius.
 * @cssproperty --ringcx-padding - Space inside the border.
 */
export class RingCxTokenList extends RingCxElement<TokenListStrings> {
  static override styles = tokenListStyles;

  /**
   * A permanent API token to work with (`X-Auth-Token`) instead of the session, and instead of
   * `client`: the list then shows without sign-in. It sits in the page, so give it only to pages
   * that may hold it.
   */
  @property({ attribute: 'api-token' }) apiToken: string | undefined;

  /**
   * Names the page keeps for tokens, by token: RingCX stores none. Shown beside the masked token
   * and in the buttons' names.
   */
  @property({ attribute: false }) labels: Record<string, string> = {};

  @state() private tokens: string[] | undefined;
  @state() private loading = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private loadFailed = false;
  @state() private status = '';
  @state() private newToken: string | undefined;
  @state() private confirming: string | undefined;
  @state() private rowError: { token: string; message: string } | undefined;
  /** Why the list went away under the user: the session ended. */
  @state() private ended = '';

  protected readonly defaultStrings = tokenListStrings;
  protected readonly localeKey = 'tokenList';
  private loadController: AbortController | undefined;
  private listedWith: RingCxClient | undefined;
  private tokenClient: { key: string; client: RingCxClient | undefined } | undefined;

  override resolveClient(): RingCxClient | undefined {
    if (!this.apiToken) return super.resolveClient();
    // Cached, so the session controller sees the same client on every update.
    const key = `${this.baseUrl}\n${this.apiToken}`;
    if (this.tokenClient?.key !== key) {
      this.tokenClient?.client?.close();
      let client: RingCxClient | undefined;
      try {
        client = new RingCxClient({ baseUrl: this.baseUrl, apiToken: this.apiToken, persistence: 'none' });
      } catch {
        client = undefined; // an invalid base URL or token: shown as signed out
      }
      this.tokenClient = { key, client };
    }
    return this.tokenClient.client;
  }

  /** Loads the tokens again. */
  reload(): void {
    const client = this.sessionState.client;
    if (!client || !this.canList) return;
    this.loadController?.abort();
    const controller = (this.loadController = new AbortController());
    this.listedWith = client;
    this.loading = true;
    this.error = '';
    this.status = '';
    this.rowError = undefined;
    client
      .listApiTokens({ signal: controller.signal })
      .then(async (tokens) => {
        if (controller.signal.aborted) return;
        const retry = this.ref('retry');
        const retrying = retry !== null && this.shadowRoot?.activeElement === retry;
        this.tokens = [...new Set(tokens)]; // rows are keyed by token
        this.loadFailed = false;
        // The Retry button goes away: keep the keyboard user's place.
        if (retrying) await this.updateComplete.then(() => this.ref<HTMLButtonElement>('reload')?.focus());
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        this.error = this.reportError(error, 'list-tokens');
        this.loadFailed = true;
      })
      .finally(() => {
        if (this.loadController === controller) this.loading = false;
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.listedWith = undefined;
  }

  protected override sessionChanged(reason: string): void {
    // Say so where the list was; when the user was waiting on it, say that it was not done.
    const waiting = this.busy || this.loading;
    this.ended = reason === 'expired' ? (waiting ? this.text.sessionEnded : this.text.errorSessionExpired) : '';
    if (reason === 'signed-out' || reason === 'expired') return this.clear();
    if (!this.canList) return reason === 'loaded' ? this.clear() : undefined;
    // 'restored' and 'loaded' both follow the first read of a session: list once per client.
    const firstLook = (reason === 'loaded' || reason === 'restored') && this.listedWith !== this.sessionState.client;
    if (reason === 'signed-in' || firstLook) this.reload();
  }

  private get canList(): boolean {
    return Boolean(this.sessionState.client?.usesApiToken || this.sessionState.session);
  }

  private clear(): void {
    this.loadController?.abort();
    this.listedWith = undefined;
    this.tokens = undefined;
    this.loading = false;
    this.error = '';
    this.loadFailed = false;
    this.newToken = undefined;
    this.confirming = undefined;
    this.rowError = undefined;
  }

  private async create(): Promise<void> {
    const client = this.sessionState.client;
    if (!client || this.busy) return;
    this.busy = true;
    this.error = '';
    this.status = '';
    try {
      const token = await client.createApiToken();
      createdOnThisPage.add(token);
      this.newToken = token;
      this.tokens = [...(this.tokens ?? []).filter((t) => t !== token), token];
      emit(this, 'ringcx-token-create', { token });
      this.busy = false;
      await this.updateComplete;
      this.ref<HTMLElement>('new-token-copy')?.focus();
      await this.announce(this.text.created);
    } catch (error) {
      this.error = this.reportError(error, 'create-token');
      this.busy = false;
      // The button was disabled under the user's focus: give it back.
      await this.updateComplete;
      this.ref<HTMLButtonElement>('create')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private async dismissNewToken(): Promise<void> {
    this.newToken = undefined;
    await this.updateComplete;
    this.ref<HTMLButtonElement>('create')?.focus();
  }

  private async copy(token: string): Promise<void> {
    this.error = '';
    try {
      await navigator.clipboard.writeText(token);
    } catch (error) {
      this.status = '';
      this.error = this.reportError(error, 'copy-token', this.text.copyFailed);
      return;
    }
    emit(this, 'ringcx-token-copy', { token });
    await this.announce(this.text.copied);
  }

  private async askDelete(token: string): Promise<void> {
    this.confirming = token;
    this.rowError = undefined;
    this.status = '';
    await this.updateComplete;
    this.rowButton(token, 'cancel')?.focus();
  }

  private async cancelDelete(token: string): Promise<void> {
    if (this.busy) return;
    this.confirming = undefined;
    await this.updateComplete;
    this.rowButton(token, 'delete')?.focus();
  }

  private async confirmDelete(token: string): Promise<void> {
    const client = this.sessionState.client;
    if (!client || this.busy) return;
    this.busy = true;
    try {
      await client.deleteApiToken(token);
    } catch (error) {
      this.status = '';
      this.rowError = { token, message: this.reportError(error, 'delete-token') };
      this.confirming = undefined;
      this.busy = false;
      await this.updateComplete;
      this.rowButton(token, 'delete')?.focus();
      return;
    }
    const tokens = this.tokens ?? [];
    const index = tokens.indexOf(token);
    this.tokens = tokens.filter((t) => t !== token);
    if (this.newToken === token) this.newToken = undefined;
    this.confirming = undefined;
    this.busy = false;
    emit(this, 'ringcx-token-delete', { token });
    await this.announce(this.label(this.text.deleted, token));
    const next = this.tokens[index] ?? this.tokens[index - 1];
    (next ? this.rowButton(next, 'delete') : this.ref<HTMLButtonElement>('create'))?.focus();
  }

  /** Sets the polite status, emptied first so that the same words are announced again. */
  private async announce(words: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = words;
    await this.updateComplete;
  }

  private ref<T extends HTMLElement>(name: string): T | null {
    return this.renderRoot.querySelector<T>(`[data-ref="${name}"]`);
  }

  private rowButton(token: string, name: string): HTMLButtonElement | null {
    const index = this.tokens?.indexOf(token) ?? -1;
    const row = this.renderRoot.querySelectorAll('[part~="row"]')[index];
    return row?.querySelector<HTMLButtonElement>(`[data-ref="${name}"]`) ?? null;
  }

  private label(template: string, token: string): string {
    const name = this.labels[token];
    return template.replaceAll('{token}', name ? `${name} (${maskToken(token)})` : maskToken(token));
  }

  override render(): TemplateResult {
    const text = this.text;
    const { client, loaded } = this.sessionState;
    if (!client || (loaded && !this.canList)) {
      return html`<div part="base">
        <p class="error" role="alert">${this.ended}</p>
        <slot name="signed-out"><p>${text.signedOut}</p></slot>
      </div>`;
    }
    // Until the stored session is read, nobody knows whether to offer the buttons.
    if (!loaded) return html`<div part="base" aria-busy="true"><p class="muted">${text.loading}</p></div>`;
    // aria-disabled, not disabled, while busy: a disabled button under the user's focus drops it to the page.
    const busy = this.busy ? 'true' : 'false';
    const body = html`
        <div part="header">
          <div class="title" id="title" role="heading" aria-level=${this.headingLevel}>${text.title}</div>
          <div class="tools">
            <button class="primary" data-ref="create" aria-disabled=${busy} @click=${this.create}>${text.create}</button>
            <button data-ref="reload" aria-disabled=${busy} @click=${() => this.busy || this.reload()}>${text.reload}</button>
          </div>
        </div>
        ${this.newToken === undefined ? nothing : this.renderNewToken(this.newToken)}
        <p part="status" class="status" role="status">${this.status}</p>
        <p part="error" class="error" role="alert">${this.error}</p>
        ${this.loadFailed ? html`<button data-ref="retry" @click=${this.reload}>${text.retry}</button>` : nothing}
        <div aria-busy=${this.loading ? 'true' : 'false'}>
          ${this.loading ? html`<p class="muted">${text.loading}</p>` : nothing}
          ${this.renderList()}
        </div>
    `;
    return this.landmark
      ? html`<section part="base" aria-labelledby="title">${body}</section>`
      : html`<div part="base">${body}</div>`;
  }

  private renderList(): TemplateResult | typeof nothing {
    if (this.tokens === undefined) return nothing;
    if (this.tokens.length === 0) return html`<p class="muted">${this.text.empty}</p>`;
    return html`<ul part="list" aria-labelledby="title">
      ${repeat(this.tokens, (token) => token, (token) => this.renderRow(token))}
    </ul>`;
  }

  private renderRow(token: string): TemplateResult {
    const text = this.text;
    const busy = this.busy ? 'true' : 'false';
    const confirming = this.confirming === token;
    const error = this.rowError?.token === token ? this.rowError.message : '';
    return html`<li part="row" @keydown=${(event: KeyboardEvent) => confirming && event.key === 'Escape' && this.cancelDelete(token)}>
      <span part="token">${this.labels[token] ? html`<span part="label">${this.labels[token]}</span> ` : nothing}${maskToken(token)}</span>
      ${createdOnThisPage.has(token) ? html`<span part="new-marker" class="badge">${text.newMarker}</span>` : nothing}
      ${confirming
        ? html`<div class="confirm" role="group" aria-label=${this.label(text.deleteLabel, token)}>
            <p>${text.confirmDelete}</p>
            <button class="danger primary" aria-disabled=${busy} @click=${() => this.confirmDelete(token)}>${text.delete}</button>
            <button data-ref="cancel" aria-disabled=${busy} @click=${() => this.busy || this.cancelDelete(token)}>${text.cancel}</button>
          </div>`
        : html`<div part="actions">
            <button aria-label=${this.label(text.copyLabel, token)} @click=${() => this.copy(token)}>${text.copy}</button>
            <button class="danger" data-ref="delete" aria-label=${this.label(text.deleteLabel, token)} aria-disabled=${busy} @click=${() => this.busy || this.askDelete(token)}>
              ${text.delete}
            </button>
          </div>`}
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
    </li>`;
  }

  private renderNewToken(token: string): TemplateResult {
    const text = this.text;
    return html`<div part="new-token" data-ref="new-token" role="region" aria-labelledby="new-title" aria-describedby="new-warning" tabindex="-1">
      <div class="new-title" id="new-title" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}>${text.newTokenTitle}</div>
      <code part="new-token-value">${token}</code>
      <p id="new-warning">${text.newTokenWarning}</p>
      <div class="tools">
        <button data-ref="new-token-copy" aria-label=${text.newTokenCopyLabel} aria-describedby="new-warning" @click=${() => this.copy(token)}>${text.copy}</button>
        <button class="primary" @click=${this.dismissNewToken}>${text.done}</button>
      </div>
    </div>`;
  }
}

/** Tokens created on this page since it loaded, across elements: marked "New" until a reload. */
const createdOnThisPage = new Set<string>();

defineElement('ringcx-token-list', RingCxTokenList);

declare global {
  interface HTMLElementTagNameMap {
    'ringcx-token-list': RingCxTokenList;
  }
}
