// `waitUntil` from @open-wc/testing with a default of 5 s instead of 1 s: a condition that a busy
// 2-core CI machine reaches in 1.2 s is not a failure, and a test's own timeout still bounds it.
// Polling stops as soon as the condition holds, so a generous limit costs nothing when all is well.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

type Options = Parameters<typeof openWcWaitUntil>[2];

export const DEFAULT_WAIT_MS = 5000;

export function waitUntil(predicate: () => unknown, message?: string, options: Options = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: DEFAULT_WAIT_MS, ...options });
}
