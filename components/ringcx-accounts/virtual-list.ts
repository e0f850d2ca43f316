import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountMatch, AccountRow } from './account-filter.js';

/** Rows rendered beyond each edge of the view, so a short scroll shows rows that are already there. */
const OVERSCAN = 4;

interface ListHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Virtual scrolling for the accounts listbox. Every group label and every row has a fixed height
 * (set in CSS, measured once laid out), so where each row is follows from its index: only the rows
 * in view, a few around them and the row the keyboard is on (`aria-activedescendant` must name an
 * element) are rendered; spacers stand in for the rest, so the scrollbar spans the whole list.
 *
 * Positions are in CSS pixels from the top of the list's content. Matches are cut into groups at
 * `starts` (the index of each group's first match); a group is its label, then its rows.
 */
export class VirtualList implements ReactiveController {
  active: AccountRow | undefined;
  // Until the list is laid out: a 2.25rem row and label and a 24rem view at 16px, the defaults.
  row = 36;
  label = 36;
  /** The tallest the view may be: rows to render are counted for this, so a growing list has enough. */
  private view = 384;
  private scrollTop = 0;
  private starts: number[] = [];
  private count = 0;
  private element: HTMLElement | null = null;
  private resize: ResizeObserver | undefined;

  constructor(private readonly host: ListHost) {
    host.addController(this);
  }

  /** Takes the list to lay out, cut into groups where the main account changes. */
  setMatches(matches: readonly AccountMatch[]): void {
    this.starts = [];
    matches.forEach((match, i) => {
      if (match.row.group !== matches[i - 1]?.row.group) this.starts.push(i);
    });
    this.count = matches.length;
  }

  /** Back to the top with no active row: for a new list or a new filter. */
  reset(): void {
    this.active = undefined;
    this.scrollTo(0);
    this.host.requestUpdate();
  }

  setActive(row: AccountRow | undefined): void {
    this.active = row;
    this.host.requestUpdate();
  }

  /** Makes `row`, match `index`, the active row and scrolls just enough to show it below its sticky label. */
  moveTo(index: number, row: AccountRow): void {
    this.measure();
    const top = this.top(index);
    this.scrollTo(Math.min(top - this.label, Math.max(top + this.row - this.shown(), this.scrollTop)));
    this.setActive(row);
  }

  /** How many rows Page Up and Page Down move: a view's worth. */
  get pageRows(): number {
    return Math.max(1, Math.floor((this.shown() - this.label) / this.row));
  }

  /** The height of the list's view now, without borders or a horizontal scrollbar. */
  private shown(): number {
    return this.element?.clientHeight || this.view;
  }

  /** The total height of the list's content. */
  get height(): number {
    return this.count * this.row + this.starts.length * this.label;
  }

  /** The group (an index into `starts`) that match `index` is in. */
  groupOf(index: number): number {
    return this.lastGroup((group) => this.groupStart(group) <= index);
  }

  /** The last group for which `before` holds (it holds for a first part of the groups), or 0. */
  private lastGroup(before: (group: number) => boolean): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (before(middle)) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** The index of the first match of group `group`, or the match count past the last group. */
  groupStart(group: number): number {
    return this.starts[group] ?? this.count;
  }

  /** The top of group `group` (of its label); past the last group, the end of the list. */
  groupTop(group: number): number {
    return this.groupStart(group) * this.row + group * this.label;
  }

  /** The top of match `index`'s row. */
  top(index: number): number {
    return index * this.row + (this.groupOf(index) + 1) * this.label;
  }

  /** The match whose row is at `y` (or the nearest one, on a label or past the end). */
  private indexAt(y: number): number {
    const group = this.lastGroup((next) => this.groupTop(next) <= y);
    const index = this.groupStart(group) + Math.floor((y - this.groupTop(group) - this.label) / this.row);
    return Math.max(this.groupStart(group), Math.min(this.groupStart(group + 1) - 1, index));
  }

  /** The matches to render, in order: those in view with a few more each side, and the active one. */
  rendered(active: number): number[] {
    const first = Math.max(0, this.indexAt(this.scrollTop) - OVERSCAN);
    const end = Math.min(this.count, this.indexAt(this.scrollTop + this.view) + 1 + OVERSCAN);
    const indexes = Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i);
    if (active >= 0 && active < first) indexes.unshift(active);
    if (active >= end) indexes.push(active);
    return indexes;
  }

  /** The listbox's scroll listener: renders again once other rows come into view. */
  readonly onScroll = (event: Event): void => {
    const before = this.indexAt(this.scrollTop);
    this.scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    // Rows all have one height, so the first row in view tells whether other rows come into view.
    if (this.indexAt(this.scrollTop) !== before) this.host.requestUpdate();
  };

  hostUpdated(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
    if (list === this.element) return;
    this.resize?.disconnect();
    this.element = list;
    // A new list starts at the top (and reading its scrollTop would lay the page out now).
    this.scrollTop = 0;
    if (!list) return;
    // Called once the list is laid out, and whenever its size changes (a new font size, say).
    this.resize ??= new ResizeObserver(() => this.measure() && this.host.requestUpdate());
    this.resize.observe(list);
  }

  hostDisconnected(): void {
    this.resize?.disconnect();
    this.element = null;
  }

  private scrollTo(top: number): void {
    this.scrollTop = Math.max(0, top);
    if (this.element) this.element.scrollTop = this.scrollTop;
  }

  /** Reads the heights of a row, a label and the view; true when one changed. */
  private measure(): boolean {
    const list = this.element;
    if (!list?.isConnected) return false;
    const height = (selector: string, fallback: number): number => {
      const found = list.querySelector(selector);
      return (found && parseFloat(getComputedStyle(found).height)) || fallback;
    };
    // The tallest the list may grow, not its height now: a short list grows when the filter widens.
    const view = parseFloat(getComputedStyle(list).maxHeight) || list.clientHeight || this.view;
    const sizes = [height('[role="option"]', this.row), height('[part="group-label"]', this.label), view];
    if (sizes.every((size, i) => size === [this.row, this.label, this.view][i])) return false;
    [this.row, this.label, this.view] = sizes as [number, number, number];
    return true;
  }
}

/**
 * Where a listbox key moves from match `current` (-1: none) among `count` matches: an index, or
 * `select` for Enter and Space, or undefined for keys the list leaves alone.
 */
export function keyMove(key: string, current: number, count: number, pageRows: number): number | 'select' | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(last, current + 1);
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, Math.max(0, current) + pageRows);
    case 'PageUp':
      return Math.max(0, current - pageRows);
    case 'Enter':
    case ' ':
      return 'select';
    default:
      return undefined;
  }
}
