import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export { initialState };

export interface DataTaskOptions<Args extends readonly unknown[], T> {
  /** What the data depends on; a change starts a new load. */
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
 * Data an element loads from the client, on Lit's `Task`: a load starts when `args` change or on
 * `reload()`, aborts the one before it (last run wins), and is dropped, without an error, when the
 * host leaves the page. `pending` and `failed` are for rendering; the value goes to `onComplete`.
 */
export class DataTask<Args extends readonly unknown[], T> implements ReactiveController {
  private readonly task: Task<Args, T>;

  constructor(host: ReactiveControllerHost, options: DataTaskOptions<Args, T>) {
    host.addController(this);
    this.task = new Task<Args, T>(host, {
      args: options.args,
      task: async (args, { signal }) => {
        try {
          return (await options.load(args, signal)) as T;
        } catch (error) {
          // Aborted by a newer load (whose answer wins anyway) or by leaving the page: no error.
          if (signal.aborted) return initialState as T;
          throw error;
        }
      },
      onComplete: (value) => void options.onComplete?.(value),
      onError: (error) => options.onError?.(error),
    });
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** Loads again with the current arguments. Resolves when the load has ended, however it ended. */
  reload(): Promise<void> {
    return this.task.run();
  }

  hostDisconnected(): void {
    // Coming back starts a new load: the session controller reads the session again.
    this.task.abort();
  }
}
