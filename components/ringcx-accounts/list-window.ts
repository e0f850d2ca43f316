import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccountRow } from './account-filter.js';

/**
 * How many rows are rendered at a time; long lists grow by this much. About eight screens of the
 * list: enough to scroll through, few enough that a keystroke re-renders them within a frame.
 */
export const PAGE = 100;
/** How far Page Up and Page Down move: about one view of the list. */
const PAGE_STEP = 10;

interface WindowHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The rendered slice [start, end) of the matching rows, and the row the keyboard is on
 * (`aria-activedescendant`), which is always inside the slice.
 */
export class ListWindow implements ReactiveController {
  start = 0;
  end = PAGE;
  active: AccountRow | undefined;
  private scrollPending = false;

  constructor(private readonly host: WindowHost) {
    host.addController(this);
  }

  reset(): void {
    this.start = 0;
    this.end = PAGE;
    this.active = undefined;
    this.host.requestUpdate();
  }

  setActive(row: AccountRow | undefined): void {
    this.active = row;
    this.host.requestUpdate();
  }

  /** Makes `row`, match `index`, the active row, growing or moving the slice to include it. */
  moveTo(index: number, row: AccountRow): void {
    if (index >= this.end && index < this.end + PAGE) {
      this.end += PAGE;
    } else if (index < this.start && index >= this.start - PAGE) {
      this.start = Math.max(0, this.start - PAGE);
    } else if (index < this.start || index >= this.end) {
      this.start = index - (index % PAGE);
      this.end = this.start + PAGE;
    }
    this.active = row;
    this.scrollPending = true;
    this.host.requestUpdate();
  }

  /** Grows the slice down; true when it now reaches the last of `total` matches. */
  more(total: number): boolean {
    this.end += PAGE;
    this.host.requestUpdate();
    return this.end >= total;
  }

  /** Grows the slice up; true when it now starts at the first match. */
  earlier(): boolean {
    this.start = Math.max(0, this.start - PAGE);
    this.host.requestUpdate();
    return this.start === 0;
  }

  hostUpdated(): void {
    if (!this.scrollPending || !this.active) return;
    this.scrollPending = false;
    this.host.renderRoot.querySelector(`#option-${this.active.index}`)?.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * Where a listbox key moves from match `current` (-1: none) among `count` matches: an index, or
 * `select` for Enter and Space, or undefined for keys the list leaves alone.
 */
export function keyMove(key: string, current: number, count: number): number | 'select' | undefined {
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
      return Math.min(last, Math.max(0, current) + PAGE_STEP);
    case 'PageUp':
      return Math.max(0, current - PAGE_STEP);
    case 'Enter':
    case ' ':
      return 'select';
    default:
      return undefined;
  }
}
