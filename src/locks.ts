// Waiting helpers of the session manager: the cross-tab refresh lock, and a wait a caller may
// abandon without cancelling the work it waits for.

export function hasLocks(): boolean {
  return Boolean(globalThis.navigator?.locks);
}

/**
 * Runs `task` holding the Web Lock `name`, or directly where the API is missing (the session
 * manager then waits for another tab's refresh by re-reading the store).
 */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  return hasLocks() ? navigator.locks.request(name, task) : task();
}

/** `promise`, or the signal's reason as soon as it aborts; the work behind `promise` goes on. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Asks `read` every 100 ms, for about 2 s, until it gives a value; undefined if it never does. */
export async function poll<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  for (let waited = 0; waited <= 2_000; waited += 100) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}
