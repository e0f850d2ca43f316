import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RingCxClient } from '../../src/index.js';
import { defineElement } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { errorStrings, type ErrorStrings } from '../shared/messages.js';
import { RingCxElement, sharedStyles } from '../shared/ringcx-element.js';
import {
  filterAccounts,
  indexAccounts,
  withoutSecrets,
  type AccountMatch,
  type AccountRow,
  type AccountRowGroup,
} from './account-filter.js';
import { accountsStyles } from './ringcx-accounts.styles.js';
import { TypeAhead } from './type-ahead.js';

/** The words `<ringcx-accounts>` shows or gives to assistive technology. */
export interface AccountsStrings extends ErrorStrings {
  /** The title above the filter. */
  title: string;
  filterLabel: string;
  filterPlaceholder: string;
  /** The accessible name of the list. */
  listLabel: string;
  loading: string;
  empty: string;
  noMatches: string;
  signedOut: string;
  retry: string;
  archived: string;
  unnamedAccount: string;
  unnamedMainAccount: string;
  /** The count when no filter is typed. */
  accountCount: (total: number) => string;
  /** The count while a filter is typed. */
  matchCount: (shown: number, total: number) => string;
  /** The button that renders the next rows of a long list. */
  showMore: (remaining: number) => string;
  /** The button that renders the rows before the rendered ones, after a jump to the end. */
  showEarlier: (count: number) => string;
}

// Thousands separators without Intl: the first Intl call on a page costs tens of milliseconds.
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const accountsStrings: AccountsStrings = {
  ...errorStrings,
  title: 'Accounts',
  filterLabel: 'Filter accounts',
  filterPlaceholder: 'Name or ID',
  listLabel: 'Accounts',
  loading: 'Loading accounts…',
  empty: 'No accounts.',
  noMatches: 'No accounts match the filter.',
  signedOut: 'Sign in to see your accounts.',
  retry: 'Retry',
  archived: 'Archived',
  unnamedAccount: 'Unnamed account',
  unnamedMainAccount: 'Main account',
  accountCount: (total) => (total === 1 ? '1 account' : `${count(total)} accounts`),
  matchCount: (shown, total) => `${count(shown)} of ${count(total)} ${total === 1 ? 'account matches' : 'accounts match'}`,
  showMore: (remaining) => `Show more (${count(remaining)} more)`,
  showEarlier: (earlier) => `Show earlier (${count(earlier)} earlier)`,
};

/**
 * How many rows are rendered at a time; long lists grow by this much. About eight screens of the
 * list: enough to scroll through, few enough that a keystroke re-renders them within a frame.
 */
const PAGE = 100;
/** How far Page Up and Page Down move: about one view of the list. */
const PAGE_STEP = 10;

type Status = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The RingCX accounts the signed-in admin can reach, sub-accounts grouped under their main
 * account, with a filter by name or id. A listbox: arrow keys, Page Up, Page Down, Home, End and
 * typing the start of a name move, Enter, Space or a click selects. Long lists render 100 matching rows at a time and grow as the user goes on.
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

  @state() private status: Status = 'idle';
  @state() private errorMessage = '';
  @state() private groups: AccountRowGroup[] = [];
  @state() private query = '';
  /** The rendered slice of `filtered`: [start, end). */
  @state() private start = 0;
  @state() private end = PAGE;
  /** The row the keyboard is on (aria-activedescendant); always inside the rendered slice. */
  @state() private active: AccountRow | undefined;

  private rows: AccountRow[] = [];
  private filtered: AccountMatch[] = [];
  private loadedFor: RingCxClient | undefined;
  private abort: AbortController | undefined;
  private scrollPending = false;

  /** Fetches the accounts again. Resolves when they are shown or the error is. */
  async reload(): Promise<void> {
    const client = this.sessionState.client;
    if (client && this.canLoad(client)) await this.load(client);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.status === 'loading') {
      // Plain fields only: a reactive change would update the detached element. Reconnecting
      // finds no load for the client and starts one.
      this.abort?.abort();
      this.loadedFor = undefined;
    }
  }

  protected override sessionChanged(reason: string): void {
    const client = this.sessionState.client;
    if (!client || !this.canLoad(client)) {
      this.clear(reason === 'signed-out' || reason === 'expired');
    } else if (reason === 'signed-in' || this.loadedFor !== client || this.status === 'idle') {
      void this.load(client);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another client (or base URL): drop the old list now rather than show it until the new session loads.
    if (this.loadedFor && this.resolveClient() !== this.loadedFor) this.clear(false);
    if (changed.has('groups') || changed.has('query')) {
      this.filtered = filterAccounts(this.groups, this.query);
    }
  }

  protected override updated(): void {
    if (!this.scrollPending || !this.active) return;
    this.scrollPending = false;
    this.renderRoot.querySelector(`#option-${this.active.index}`)?.scrollIntoView({ block: 'nearest' });
  }

  private canLoad(client: RingCxClient): boolean {
    return this.sessionState.session !== null || client.usesApiToken;
  }

  private async load(client: RingCxClient): Promise<void> {
    this.abort?.abort();
    const controller = (this.abort = new AbortController());
    this.loadedFor = client;
    this.status = 'loading';
    this.errorMessage = '';
    try {
      const accounts = await client.getAccounts({ signal: controller.signal });
      if (controller.signal.aborted) return;
      this.groups = indexAccounts(accounts);
      this.rows = this.groups.flatMap((group) => group.rows);
      this.resetWindow();
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.errorMessage = this.reportError(error, 'load-accounts');
      this.status = 'error';
    }
  }

  private clear(forgetSelection: boolean): void {
    this.abort?.abort();
    this.abort = undefined;
    this.loadedFor = undefined;
    this.status = 'idle';
    this.errorMessage = '';
    this.groups = [];
    this.rows = [];
    this.query = '';
    this.resetWindow();
    if (forgetSelection) this.selectedAccountId = null;
  }

  private resetWindow(): void {
    this.start = 0;
    this.end = PAGE;
    this.active = undefined;
  }

  private select(row: AccountRow): void {
    this.active = row;
    this.selectedAccountId = row.id;
    emit(this, 'ringcx-account-select', { account: withoutSecrets(row.account) });
  }

  /** Makes match `index` the active row, growing or moving the rendered slice to include it. */
  private moveTo(index: number): void {
    if (index >= this.end && index < this.end + PAGE) {
      this.end += PAGE;
    } else if (index < this.start && index >= this.start - PAGE) {
      this.start = Math.max(0, this.start - PAGE);
    } else if (index < this.start || index >= this.end) {
      this.start = index - (index % PAGE);
      this.end = this.start + PAGE;
    }
    this.active = this.filtered[index]!.row;
    this.scrollPending = true;
  }

  private activeIndex(): number {
    const active = this.active;
    return active ? this.filtered.findIndex((match) => match.row === active) : -1;
  }

  private rowOf(event: Event): AccountRow | undefined {
    const option = (event.target as Element).closest('[role="option"]');
    return option ? this.rows[Number(option.id.slice('option-'.length))] : undefined;
  }

  private onFilterInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.resetWindow();
  }

  private onFilterKeydown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' || this.filtered.length === 0) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }

  private onListFocus(): void {
    if (this.active || this.filtered.length === 0) return;
    const selected = this.filtered.findIndex((match) => match.row.id === this.selectedAccountId);
    this.moveTo(Math.max(0, selected));
  }

  // Sets the active row before focus arrives, so the focus handler does not move the list under the pointer.
  private onListPointerDown(event: PointerEvent): void {
    const row = this.rowOf(event);
    if (row) this.active = row;
  }

  private onListClick(event: MouseEvent): void {
    const row = this.rowOf(event);
    if (row) this.select(row);
  }

  private onListKeydown(event: KeyboardEvent): void {
    const last = this.filtered.length - 1;
    if (last < 0) return;
    const current = this.activeIndex();
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = current < 0 ? 0 : Math.min(last, current + 1);
        break;
      case 'ArrowUp':
        next = current < 0 ? 0 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      case 'PageDown':
        next = Math.min(last, Math.max(0, current) + PAGE_STEP);
        break;
      case 'PageUp':
        next = Math.max(0, current - PAGE_STEP);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.active) this.select(this.active);
        return;
      default: {
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        next = this.typeAhead.next(event.key, this.filtered.map((match) => match.row.name), current);
        if (next < 0) return;
      }
    }
    event.preventDefault();
    this.moveTo(next);
  }

  private async showMore(): Promise<void> {
    this.end += PAGE;
    if (this.end < this.filtered.length) return;
    // The button is gone: keep focus in the list instead of losing it to the page.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }

  private async showEarlier(): Promise<void> {
    this.start = Math.max(0, this.start - PAGE);
    if (this.start > 0) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }

  private async onRetry(): Promise<void> {
    await this.reload();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#filter, #retry')?.focus();
  }

  override render(): TemplateResult {
    const t = this.text;
    const client = this.sessionState.client;
    if (!client || (this.sessionState.loaded && !this.canLoad(client))) {
      return html`<div part="base">
        <slot name="signed-out"><p part="status">${t.signedOut}</p></slot>
      </div>`;
    }
    const busy = this.status === 'idle' || this.status === 'loading';
    const message = busy ? t.loading : this.status === 'error' ? this.errorMessage : this.rows.length === 0 ? t.empty : '';
    const failed = this.status === 'error';
    const body = html`
      <div part="title" class="title" id="title" role="heading" aria-level=${this.headingLevel}>${t.title}</div>
      <p part="status" class="status" role="status">${busy
          ? html`<span class="spinner" aria-hidden="true"></span> `
          : nothing}${(!failed && message) || nothing}</p>
      <p part="status" class="error" role="alert">${failed ? message : nothing}</p>
      ${this.status === 'error' ? html`<button id="retry" class="more" @click=${this.onRetry}>${t.retry}</button>` : nothing}
      ${this.status === 'ready' && this.rows.length > 0 ? this.renderBrowser(t) : nothing}`;
    return this.landmark
      ? html`<section part="base" aria-labelledby="title" aria-busy=${busy ? 'true' : 'false'}>${body}</section>`
      : html`<div part="base" aria-busy=${busy ? 'true' : 'false'}>${body}</div>`;
  }

  private renderBrowser(t: AccountsStrings): TemplateResult {
    const total = this.rows.length;
    const shown = this.filtered.length;
    const start = Math.min(this.start, shown);
    const end = Math.min(this.end, shown);
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
      ${start > 0 ? html`<button class="more" @click=${this.showEarlier}>${t.showEarlier(start)}</button>` : nothing}
      ${shown === 0
        ? html`<p part="status">${t.noMatches}</p>`
        : html`<div
            id="list"
            part="list"
            role="listbox"
            tabindex="0"
            aria-label=${t.listLabel}
            aria-activedescendant=${this.active ? `option-${this.active.index}` : nothing}
            @focus=${this.onListFocus}
            @pointerdown=${this.onListPointerDown}
            @click=${this.onListClick}
            @keydown=${this.onListKeydown}
          >
            ${this.renderGroups(start, end, t)}
          </div>`}
      ${end < shown ? html`<button class="more" @click=${this.showMore}>${t.showMore(shown - end)}</button>` : nothing}
    `;
  }

  /** The rendered slice of the matches, cut into one `group` per main account. */
  private renderGroups(start: number, end: number, t: AccountsStrings): TemplateResult[] {
    const chunks: Array<{ group: AccountRowGroup; matches: AccountMatch[] }> = [];
    for (let i = start; i < end; i++) {
      const match = this.filtered[i]!;
      const chunk = chunks.at(-1);
      if (chunk?.group === match.row.group) chunk.matches.push(match);
      else chunks.push({ group: match.row.group, matches: [match] });
    }
    return chunks.map(
      ({ group, matches }) => html`<div part="group" role="group" aria-labelledby="group-${group.index}">
        <div part="group-label" id="group-${group.index}">
          <span>${group.name || t.unnamedMainAccount}</span>
          <span class="group-id">${group.id}</span>
        </div>
        ${matches.map((match) => this.renderOption(match, t))}
      </div>`,
    );
  }

  private renderOption({ row, position, setSize }: AccountMatch, t: AccountsStrings): TemplateResult {
    const selected = row.id === this.selectedAccountId;
    const parts = `option${row === this.active ? ' option-active' : ''}${selected ? ' option-selected' : ''}`;
    return html`<div
      part=${parts}
      role="option"
      id="option-${row.index}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-posinset=${position}
      aria-setsize=${setSize}
    >
      <span part="option-name">${row.name || t.unnamedAccount}</span>
      <span part="option-id">${row.id}</span>
      ${row.archived ? html`<span class="badge">${t.archived}</span>` : nothing}
    </div>`;
  }
}

defineElement('ringcx-accounts', RingCxAccounts);

declare global {
  interface HTMLElementTagNameMap {
    'ringcx-accounts': RingCxAccounts;
  }
}
