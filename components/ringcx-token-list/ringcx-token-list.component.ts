import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RingCxClient } from '../../src/index.js';
import { emit } from '../shared/events.js';
import { DataTask, initialState } from '../shared/data-task.js';
import { RingCxElement } from '../shared/ringcx-element.js';
import type { SessionUpdate } from '../shared/session-controller.js';
import { ApiTokenClient } from './api-token-client.js';
import { newTokenPanel } from './new-token-panel.js';
import { tokenListStrings, type TokenListStrings } from './ringcx-token-list.strings.js';
import { tokenListStyles } from './ringcx-token-list.styles.js';
import { createdOnThisPage, tokenLabel, tokenRow, type TokenRowActions } from './token-row.js';

export { tokenListStrings };
export type { TokenListStrings };

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
   * that may hold it. Bound to its `base-url`: after that changes, nothing is called until it is set again.
   */
  @property({ attribute: 'api-token', hasChanged: () => true }) apiToken: string | undefined;

  /**
   * Names the page keeps for tokens, by token: RingCX stores none. Shown beside the masked token
   * and in the buttons' names.
   */
  @property({ attribute: false }) labels: Record<string, string> = {};

  @state() private tokens: string[] | undefined;
  @state() private busy = false;
  @state() private error = '';
  @state() private status = '';
  @state() private newToken: string | undefined;
  @state() private confirming: string | undefined;
  @state() private rowError: { token: string; message: string } | undefined;
  /** Why the list went away under the user: the session ended. */
  @state() private ended = '';

  protected readonly defaultStrings = tokenListStrings;
  protected readonly localeKey = 'tokenList';
  readonly #tokenClient = new ApiTokenClient();
  readonly #rowActions: TokenRowActions = {
    copy: (token) => this.#copy(token),
    askDelete: (token) => this.#askDelete(token),
    confirmDelete: (token) => this.#confirmDelete(token),
    cancelDelete: (token) => this.#cancelDelete(token),
  };

  /** The list, loaded again for each new client, sign-in or sign-out (not for a refresh). */
  readonly #listing = new DataTask(this, {
    args: () => [this.sessionState.client, this.sessionState.generation] as const,
    load: async ([client], signal) => {
      if (!client || !this.#canList) {
        this.#clear();
        return initialState;
      }
      this.error = '';
      this.status = '';
      this.rowError = undefined;
      return client.listApiTokens({ signal });
    },
    onComplete: (tokens) => {
      this.tokens = [...new Set(tokens)]; // rows are keyed by token
    },
    onError: (error) => {
      this.error = this.reportError(error, 'list-tokens');
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiToken')) this.#tokenClient.rebind();
  }

  override resolveClient(): RingCxClient | undefined {
    return this.apiToken ? this.#tokenClient.get(this.baseUrl, this.apiToken) : super.resolveClient();
  }

  /** Loads the tokens again. Resolves when they are shown or the error is. */
  async reload(): Promise<void> {
    if (this.#canList) await this.#listing.reload();
  }

  async #retry(): Promise<void> {
    await this.reload();
    // The Retry button went away while loading: keep the keyboard user's place.
    await this.updateComplete;
    this.#ref<HTMLButtonElement>(this.#listing.failed ? 'retry' : 'reload')?.focus();
  }

  protected override sessionChanged({ reason }: SessionUpdate): void {
    // Say so where the list was; when the user was waiting on it, say that it was not done.
    const waiting = this.busy || this.#listing.pending;
    this.ended = reason === 'expired' ? (waiting ? this.text.sessionEnded : this.text.errorSessionExpired) : '';
  }

  get #canList(): boolean {
    return Boolean(this.sessionState.client?.usesApiToken || this.sessionState.session);
  }

  #clear(): void {
    Object.assign(this, { tokens: undefined, error: '', newToken: undefined, confirming: undefined, rowError: undefined });
  }

  async #create(): Promise<void> {
    const client = this.sessionState.client;
    if (!client || this.busy) return;
    this.busy = true;
    this.error = '';
    this.status = '';
    try {
      const token = await client.createApiToken();
      // Created, but RingCX did not show it (an empty 201 or 204): the list has it.
      if (token === null) return await this.#listing.reload().then(() => this.#announce(this.text.createdNotShown));
      createdOnThisPage.add(token);
      this.newToken = token;
      this.tokens = [...(this.tokens ?? []).filter((t) => t !== token), token];
      emit(this, 'ringcx-token-create', { token });
      this.busy = false;
      await this.updateComplete;
      this.#ref<HTMLElement>('new-token-copy')?.focus();
      await this.#announce(this.text.created);
    } catch (error) {
      this.error = this.reportError(error, 'create-token');
      this.busy = false;
      // The button was disabled under the user's focus: give it back.
      await this.updateComplete;
      this.#ref<HTMLButtonElement>('create')?.focus();
    } finally {
      this.busy = false;
    }
  }

  async #dismissNewToken(): Promise<void> {
    this.newToken = undefined;
    await this.updateComplete;
    this.#ref<HTMLButtonElement>('create')?.focus();
  }

  async #copy(token: string): Promise<void> {
    this.error = '';
    try {
      await navigator.clipboard.writeText(token);
    } catch (error) {
      this.status = '';
      this.error = this.reportError(error, 'copy-token', this.text.copyFailed);
      return;
    }
    emit(this, 'ringcx-token-copy', { token });
    await this.#announce(this.text.copied);
  }

  async #askDelete(token: string): Promise<void> {
    this.confirming = token;
    this.rowError = undefined;
    this.status = '';
    await this.updateComplete;
    this.#rowButton(token, 'cancel')?.focus();
  }

  async #cancelDelete(token: string): Promise<void> {
    if (this.busy) return;
    this.confirming = undefined;
    await this.updateComplete;
    this.#rowButton(token, 'delete')?.focus();
  }

  async #confirmDelete(token: string): Promise<void> {
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
      this.#rowButton(token, 'delete')?.focus();
      return;
    }
    const tokens = this.tokens ?? [];
    const index = tokens.indexOf(token);
    this.tokens = tokens.filter((t) => t !== token);
    if (this.newToken === token) this.newToken = undefined;
    this.confirming = undefined;
    this.busy = false;
    emit(this, 'ringcx-token-delete', { token });
    await this.#announce(tokenLabel(this.text.deleted, token, this.labels));
    const next = this.tokens[index] ?? this.tokens[index - 1];
    (next ? this.#rowButton(next, 'delete') : this.#ref<HTMLButtonElement>('create'))?.focus();
  }

  /** Sets the polite status, emptied first so that the same words are announced again. */
  async #announce(words: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = words;
    await this.updateComplete;
  }

  #ref<T extends HTMLElement>(name: string): T | null {
    return this.renderRoot.querySelector<T>(`[data-ref="${name}"]`);
  }

  #rowButton(token: string, name: string): HTMLButtonElement | null {
    const row = this.renderRoot.querySelectorAll('[part~="row"]')[this.tokens?.indexOf(token) ?? -1];
    return row?.querySelector<HTMLButtonElement>(`[data-ref="${name}"]`) ?? null;
  }

  override render(): TemplateResult {
    const text = this.text;
    const { client, status } = this.sessionState;
    const loaded = status !== 'loading';
    if (!client || (loaded && !this.#canList)) {
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
            <button class="primary" data-ref="create" aria-disabled=${busy} @click=${this.#create}>${text.create}</button>
            <button data-ref="reload" aria-disabled=${busy} @click=${() => this.busy || this.reload()}>${text.reload}</button>
          </div>
        </div>
        ${this.newToken === undefined
          ? nothing
          : newTokenPanel(this.newToken, text, this.headingLevel, { copy: () => this.#copy(this.newToken!), done: () => this.#dismissNewToken() })}
        <p part="status" class="status" role="status">${this.status}</p>
        <p part="error" class="error" role="alert">${this.error}</p>
        ${this.#listing.failed ? html`<button data-ref="retry" @click=${this.#retry}>${text.retry}</button>` : nothing}
        <div aria-busy=${this.#listing.pending ? 'true' : 'false'}>
          ${this.#listing.pending ? html`<p class="muted">${text.loading}</p>` : nothing}
          ${this.#renderList()}
        </div>
    `;
    return this.landmark
      ? html`<section part="base" aria-labelledby="title">${body}</section>`
      : html`<div part="base">${body}</div>`;
  }

  #renderList(): TemplateResult | typeof nothing {
    if (this.tokens === undefined) return nothing;
    if (this.tokens.length === 0) return html`<p class="muted">${this.text.empty}</p>`;
    const { text, labels, busy, confirming, rowError } = this;
    return html`<ul part="list" aria-labelledby="title">
      ${repeat(this.tokens, (token) => token, (token) => tokenRow(token, { text, labels, busy, confirming, rowError }, this.#rowActions))}
    </ul>`;
  }
}
