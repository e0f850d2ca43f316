// Type-ahead for the accounts listbox (APG listbox): printable keys typed within a short pause
// build a prefix, and the next row whose name starts with it becomes active. Typing the same
// letter again cycles through the rows that start with it.

/** How long a pause ends a typed prefix, in milliseconds (the APG suggests about half a second). */
export const TYPE_AHEAD_PAUSE = 500;

export class TypeAhead {
  private typed = '';
  private last = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /**
   * Adds `key` to the prefix. Returns the index in `names` to make active, or -1 when `key` is not
   * a printable character or nothing matches. `current` is the active index.
   */
  next(key: string, names: readonly string[], current: number): number {
    if (key.length !== 1) return -1;
    const time = this.now();
    if (time - this.last > TYPE_AHEAD_PAUSE) this.typed = '';
    this.last = time;
    this.typed += key.toLowerCase();
    // "aaa" looks for the next "a", not for "aaa".
    const repeated = [...this.typed].every((char) => char === this.typed[0]);
    const prefix = repeated ? this.typed[0]! : this.typed;
    const from = repeated || current < 0 ? current + 1 : current;
    for (let step = 0; step < names.length; step++) {
      const index = (from + step) % names.length;
      if (names[index]!.toLowerCase().startsWith(prefix)) return index;
    }
    return -1;
  }
}
