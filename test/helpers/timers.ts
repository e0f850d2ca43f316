// Watches the page's timers, so a test can prove that nothing is scheduled (no retry can come
// later) or see how long a retry waits, without sleeping and without reading the clock.
// Timers still run as usual; this only keeps a record.

export interface TimerRecord {
  readonly delay: number;
  /** True until the timer fires or is cleared. */
  pending: boolean;
  /** True once it has fired (at least once, for an interval). */
  fired: boolean;
}

export interface TimerWatch {
  /** Every `setTimeout` and `setInterval` since the watch began, in order. */
  readonly timers: readonly TimerRecord[];
  /** The timers that have neither fired nor been cleared. */
  pending(): TimerRecord[];
  /** Puts the page's own functions back. */
  stop(): void;
}

export function watchTimers(): TimerWatch {
  const realSetTimeout = window.setTimeout.bind(window);
  const realSetInterval = window.setInterval.bind(window);
  const realClearTimeout = window.clearTimeout.bind(window);
  const realClearInterval = window.clearInterval.bind(window);
  const timers: TimerRecord[] = [];
  const byId = new Map<number, TimerRecord>();
  const track = (real: (handler: TimerHandler, delay?: number, ...args: unknown[]) => number, repeats: boolean) =>
    (handler: TimerHandler, delay = 0, ...args: unknown[]) => {
      const record: TimerRecord = { delay: Number(delay) || 0, pending: true, fired: false };
      timers.push(record);
      const run =
        typeof handler === 'function'
          ? (...a: unknown[]) => {
              if (!repeats) record.pending = false;
              record.fired = true;
              (handler as (...a: unknown[]) => void)(...a);
            }
          : handler;
      const id = real(run, delay, ...args);
      byId.set(id, record);
      return id;
    };
  const clear = (real: (id?: number) => void) => (id?: number) => {
    const record = id === undefined ? undefined : byId.get(id);
    if (record) record.pending = false;
    real(id);
  };
  Object.assign(window, {
    setTimeout: track(realSetTimeout, false),
    setInterval: track(realSetInterval as typeof window.setTimeout, true),
    clearTimeout: clear(realClearTimeout),
    clearInterval: clear(realClearInterval),
  });
  return {
    timers,
    pending: () => timers.filter((timer) => timer.pending),
    stop: () => {
      Object.assign(window, { setTimeout: realSetTimeout, clearTimeout: realClearTimeout, setInterval: realSetInterval, clearInterval: realClearInterval });
    },
  };
}

const pageSetTimeout = window.setTimeout.bind(window);

/**
 * `waitUntil` for tests that watch timers: it polls with the page's own `setTimeout`, taken before
 * any watch began, so its polling never shows up among the timers the code under test set.
 */
export async function until(predicate: () => unknown, message: string, timeout = 5000): Promise<void> {
  for (let waited = 0; !(await predicate()); waited += 20) {
    if (waited >= timeout) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => pageSetTimeout(resolve, 20));
  }
}
