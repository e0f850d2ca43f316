// Gates put tests in charge of ordering: a request (or a store read, or a fetch) waits at the gate
// until the test releases it, and the test can wait until something has reached the gate. No sleeps.
import { http, type HttpResponseResolver } from 'msw';
import type { SetupWorker } from 'msw/browser';

export interface Gate {
  /** Settles when the first caller reaches `pass()`. */
  readonly arrived: Promise<void>;
  /** Lets every caller of `pass()` through, now and later. */
  release(): void;
  /** Waits at the gate: marks it arrived, then settles on `release()`. */
  pass(): Promise<void>;
}

export function gate(): Gate {
  let release!: () => void;
  let arrive!: () => void;
  const open = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return {
    arrived,
    release,
    pass: () => {
      arrive();
      return open;
    },
  };
}

/**
 * Holds the next `method` request to `url` at a gate (added to `worker` with `worker.use`, once).
 * On release, `answer` gives the response; without it the mock answers as usual.
 *
 * @example
 * const held = holdRequest(worker, 'get', TOKENS_URL);
 * await held.arrived; // the request is on the wire
 * held.release();
 */
export function holdRequest(
  worker: SetupWorker,
  method: 'get' | 'post' | 'delete',
  url: string,
  answer?: () => Response,
): Gate {
  const held = gate();
  const resolver: HttpResponseResolver = async () => {
    await held.pass();
    return answer?.();
  };
  worker.use(http[method](url, resolver, { once: true }));
  return held;
}

/**
 * Records every call of `object[method]`: `settled()` resolves once every call so far has resolved
 * or rejected. A test that must show an answer was *not* used waits for this, then for the
 * element's update, instead of sleeping.
 */
export function trackCalls<T extends object, K extends keyof T>(object: T, method: K): { settled(): Promise<void>; readonly count: number } {
  const original = object[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  const calls: Promise<unknown>[] = [];
  (object as Record<K, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    const call = original.apply(this, args);
    calls.push(call.catch(() => undefined));
    return call;
  };
  return {
    settled: async () => {
      await Promise.all(calls);
    },
    get count() {
      return calls.length;
    },
  };
}

/**
 * Settles when a broken image of our own has failed to load, a turn by which an image injected
 * into the page just before would have failed too and run its `onerror`. A data: URL, so no request
 * reaches the mock's worker.
 */
export function brokenImageTurn(): Promise<void> {
  const img = document.createElement('img');
  const failed = new Promise<void>((resolve) => img.addEventListener('error', () => resolve(), { once: true }));
  img.src = 'data:image/png;base64,bm90IGFuIGltYWdl';
  return failed;
}
