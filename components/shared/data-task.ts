import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Returned by `load` when there is nothing to load (signed out): the data goes back to none. */
export const initialState: unique symbol = Symbol('initial');

export interface DataTaskOptions<Args extends readonly unknown[], T> {
  /** What the data depends on; a change (by `===` on each item) starts a new load. */
  args: () => Args;
  /**
   * Loads the data for `args`, or returns `initialState` when there is nothing to load (signed
   * out). Runs synchronously up to its first `await`, before the host renders.
   */
  load: (args: Args, signal: AbortSignal) => Promise<T | typeof initialState>;
  onComplete?: (value: T) => unknown;
  onError?: (error: unknown) => void;
}

/**
 * Data an element loads from the client, with the guarantees of Lit's `Task`: a load starts when
 * `args` change or on `reload()`, aborts the one before it and only the last one counts; it is
 * dropped, without an error, when the host leaves the page. `pending` and `failed` are for
 * rendering; the value goes to `onComplete`, the error to `onError`.
 */
export class DataTask<Args extends readonly unknown[], T> implements ReactiveController {
  pending = false;
  failed = false;
  #args: Args | undefined;
  #abort: AbortController | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: DataTaskOptions<Args, T>;

  constructor(host: ReactiveControllerHost, options: DataTaskOptions<Args, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    const previous = this.#args;
    if (!previous || args.some((arg, i) => arg !== previous[i])) void this.#run(args);
  }

  hostDisconnected(): void {
    // Coming back starts a new load: the session controller reads the session again.
    this.#abort?.abort();
  }

  /** Loads again with the current arguments. Resolves when the load has ended, however it ended. */
  reload(): Promise<void> {
    return this.#run(this.#options.args());
  }

  async #run(args: Args): Promise<void> {
    this.#args = args;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.pending = true;
    this.#host.requestUpdate();
    let value: T | typeof initialState;
    try {
      value = await this.#options.load(args, abort.signal);
    } catch (error) {
      // Aborted by a newer load (whose answer wins anyway) or by leaving the page: no error.
      if (abort.signal.aborted) value = initialState;
      else return this.#settle(abort, () => this.#options.onError?.(error), true);
    }
    this.#settle(abort, () => value !== initialState && this.#options.onComplete?.(value), false);
  }

  #settle(abort: AbortController, report: () => unknown, failed: boolean): void {
    if (abort !== this.#abort) return; // a newer load runs
    this.pending = false;
    this.failed = failed;
    report();
    this.#host.requestUpdate();
  }
}
