import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RingCxClient } from '../../src/index.js';
import { emit } from '../shared/events.js';
import { DataTask, initialState } from '../shared/data-task.js';
import { RingCxElement, sharedStyles } from '../shared/ringcx-element.js';
import type { SessionUpdate } from '../shared/session-controller.js';
import { filterAccounts, indexAccounts, withoutSecrets, type AccountMatch, type AccountRow, type AccountRowGroup } from './account-filter.js';
import { accountGroups } from './account-options.js';
import { accountsStrings, type AccountsStrings } from './ringcx-accounts.strings.js';
import { accountsStyles } from './ringcx-accounts.styles.js';
import { TypeAhead } from './type-ahead.js';
import { keyMove, VirtualList } from './virtual-list.js';

export { accountsStrings };
export type { AccountsStrings };

/**
 * The RingCX accounts the signed-in admin can reach, sub-accounts grouped under their main
 * account, with a filter by name or id. A listbox: arrow keys, Page Up, Page Down, Home, End and
 * typing the start of a name move, Enter, Space or a click selects. Only the rows in view are
 * rendered (virtual scrolling), so a list of 10,000 accounts stays fast.
 * Secret account fields are never shown.
 *
 * @summary A filterable, keyboard-operable list of the RingCX accounts the user can reach.
 * @tagname ringcx-accounts
 *
 * @event {CustomEvent<{ account: Account }>} ringcx-account-select - The user selected an account (click, Enter or Space). `detail.account` is the account without its secret fields. Not sent when the page sets `selected-account-id`.
 * @event {CustomEvent<{ error: RingCxError | Error; message: string; action: string }>} ringcx-error - Loading the accounts failed (`action` is `load-accounts`); `detail.message` is what the element shows.
 *
 * @slot signed-out - Shown instead of the list while nobody is signed in. Defaults to a short message.
 *
 * @csspart base - The wrapper of everything.
 * @csspart filter - The filter input.
 * @csspart count - The live count of matching accounts.
 * @csspart list - The listbox.
 * @csspart group - A main account and its rows.
 * @csspart group-label - The name and id of a main account.
 * @csspart option - An account's row.
 * @csspart option-active - The row the keyboard is on (as well as `option`).
 * @csspart option-selected - The selected row (as well as `option`).
 * @csspart option-name - An account's name.
 * @csspart option-id - An account's id.
 * @csspart title - The title ("Accounts").
 * @csspart status - Loading, empty, no-match, signed-out and error messages.
 *
 * @cssproperty [--ringcx-accounts-max-height=24rem] - The tallest the list grows before it scrolls.
 * @cssproperty --ringcx-color-selected - Background of the selected row.
 * @cssproperty --ringcx-color-accent - Edge of the selected row.
 * @cssproperty --ringcx-color-focus - Outline of the row the keyboard is on.
 * @cssproperty --ringcx-color-subtle - Background of main-account labels and hovered rows.
 * @cssproperty --ringcx-color-muted - Account ids and the archived badge.
 */
export class RingCxAccounts extends RingCxElement<AccountsStrings> {
  static override styles = [sharedStyles, accountsStyles];

  /**
   * The id of the selected account. The user's choice shows here; setting it selects that account
   * without an event.
   */
  @property({ attribute: 'selected-account-id', reflect: true }) selectedAccountId: string | null = null;

  protected readonly defaultStrings = accountsStrings;
  protected readonly localeKey = 'accounts';
  private readonly typeAhead = new TypeAhead();

  @state() private errorMessage = '';
  @state() private groups: AccountRowGroup[] = [];
  @state() private query = '';

  private rows: AccountRow[] = [];
  private filtered: AccountMatch[] = [];
  private readonly window = new VirtualList(this);

  /**
   * The accounts, loaded again for each new client, sign-in or sign-out (not for a refresh). An API
   * token client's calls do not depend on the session: reading it must not load the list again.
   */
  private readonly accounts = new DataTask(this, {
    args: () => {
      const { client, generation } = this.sessionState;
      return [client, client?.usesApiToken ? 0 : generation] as const;
    },
    load: async ([client], signal) => {
      if (!client || !this.canLoad(client)) {
        // Signed out, or another client whose session is still being read: drop the old list now.
        this.clear();
        return initialState;
      }
      this.errorMessage = '';
      return client.getAccounts({ signal });
    },
    onComplete: (accounts) => {
      this.groups = indexAccounts(accounts);
      this.rows = this.groups.flatMap((group) => group.rows);
      this.window.reset();
    },
    onError: (error) => {
      this.errorMessage = this.reportError(error, 'load-accounts');
    },
  });

  /** Fetches the accounts again. Resolves when they are shown or the error is. */
  async reload(): Promise<void> {
    const client = this.sessionState.client;
    if (client && this.canLoad(client)) await this.accounts.reload();
  }

  protected override sessionChanged({ reason }: SessionUpdate): void {
    const client = this.sessionState.client;
    if ((reason === 'signed-out' || reason === 'expired') && !(client && this.canLoad(client))) this.selectedAccountId = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('groups') || changed.has('query')) {
      this.filtered = filterAccounts(this.groups, this.query);
      this.window.setMatches(this.filtered);
    }
  }

  private canLoad(client: RingCxClient): boolean {
    return this.sessionState.session !== null || client.usesApiToken;
  }

  private clear(): void {
    this.errorMessage = '';
    this.groups = [];
    this.rows = [];
    this.query = '';
    this.window.reset();
  }

  private select(row: AccountRow): void {
    this.window.setActive(row);
    this.selectedAccountId = row.id;
    emit(this, 'ringcx-account-select', { account: withoutSecrets(row.account) });
  }

  private moveTo(index: number): void {
    this.window.moveTo(index, this.filtered[index]!.row);
  }

  /** Where the active row is among the matches; -1 when there is none. */
  private activeIndex(): number {
    const active = this.window.active;
    return active ? this.filtered.findIndex((match) => match.row === active) : -1;
  }

  private rowOf(event: Event): AccountRow | undefined {
    const option = (event.target as Element).closest('[role="option"]');
    return option ? this.rows[Number(option.id.slice('option-'.length))] : undefined;
  }

  private onFilterInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.window.reset();
  }

  private onFilterKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' || this.filtered.length === 0) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }

  private onListFocus(): void {
    if (this.window.active || this.filtered.length === 0) return;
    const selected = this.filtered.findIndex((match) => match.row.id === this.selectedAccountId);
    this.moveTo(Math.max(0, selected));
  }

  // Sets the active row before focus arrives, so the focus handler does not move the list under the pointer.
  private onListPointerDown(event: PointerEvent): void {
    const row = this.rowOf(event);
    if (row) this.window.setActive(row);
  }

  private onListClick(event: MouseEvent): void {
    const row = this.rowOf(event);
    if (row) this.select(row);
  }

  private onListKeydown(event: KeyboardEvent): void {
    const active = this.window.active;
    const current = this.activeIndex();
    const count = this.filtered.length;
    let next = count === 0 ? undefined : keyMove(event.key, current, count, this.window.pageRows);
    if (next === undefined && count > 0 && !(event.ctrlKey || event.metaKey || event.altKey)) {
      const found = this.typeAhead.next(event.key, this.filtered.map((match) => match.row.name), current);
      if (found >= 0) next = found;
    }
    if (next === undefined) return;
    event.preventDefault();
    if (next !== 'select') this.moveTo(next);
    else if (active) this.select(active);
  }

  private async onRetry(): Promise<void> {
    await this.reload();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#filter, #retry')?.focus();
  }

  override render(): TemplateResult {
    const t = this.text;
    const client = this.sessionState.client;
    if (!client || (this.sessionState.status !== 'loading' && !this.canLoad(client))) {
      return html`<div part="base">
        <slot name="signed-out"><p part="status">${t.signedOut}</p></slot>
      </div>`;
    }
    const failed = this.accounts.failed;
    const busy = this.accounts.pending || this.sessionState.status === 'loading';
    const message = busy ? t.loading : failed ? this.errorMessage : this.rows.length === 0 ? t.empty : '';
    const body = html`
      <div part="title" class="title" id="title" role="heading" aria-level=${this.headingLevel}>${t.title}</div>
      <p part="status" class="status" role="status">${busy
          ? html`<span class="spinner" aria-hidden="true"></span> `
          : nothing}${(!failed && message) || nothing}</p>
      <p part="status" class="error" role="alert">${failed ? message : nothing}</p>
      ${failed ? html`<button id="retry" class="more" @click=${this.onRetry}>${t.retry}</button>` : nothing}
      ${!busy && !failed && this.rows.length > 0 ? this.renderBrowser(t) : nothing}`;
    return this.landmark
      ? html`<section part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>${body}</section>`
      : html`<div part="base" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
  }

  private renderBrowser(t: AccountsStrings): TemplateResult {
    const total = this.rows.length;
    const shown = this.filtered.length;
    const active = this.window.active;
    return html`
      <label for="filter">${t.filterLabel}</label>
      <input
        id="filter"
        part="filter"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${t.filterPlaceholder}
        aria-controls=${shown > 0 ? 'list' : nothing}
        .value=${this.query}
        @input=${this.onFilterInput}
        @keydown=${this.onFilterKeydown}
      />
      <p part="count" role="status">${this.query.trim() === '' ? t.accountCount(total) : t.matchCount(shown, total)}</p>
      ${shown === 0
        ? html`<p part="status">${t.noMatches}</p>`
        : html`<div
            id="list"
            part="list"
            role="listbox"
            tabindex="0"
            aria-label=${t.listLabel}
            aria-activedescendant=${active ? `option-${active.index}` : nothing}
            @focus=${this.onListFocus}
            @pointerdown=${this.onListPointerDown}
            @click=${this.onListClick}
            @keydown=${this.onListKeydown}
            @scroll=${this.window.onScroll}
          >
            ${accountGroups(this.filtered, this.window.rendered(this.activeIndex()), this.window, { active, selectedAccountId: this.selectedAccountId }, t)}
          </div>`}
    `;
  }
}
