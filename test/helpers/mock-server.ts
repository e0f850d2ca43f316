// Runs the mock RingCX in the test page. A page holds one msw worker, so this file keeps a single
// one and swaps the mock's handlers into it.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockRingCx, type MockRingCx, type MockRingCxOptions } from '../../src/mock/index.js';

let worker: SetupWorker | undefined;
let running: Promise<unknown> | undefined;

function getWorker(): SetupWorker {
  return (worker ??= setupWorker());
}

async function ensureStarted(): Promise<SetupWorker> {
  const w = getWorker();
  running ??= w.start({
    onUnhandledRequest: 'error',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  await running;
  return w;
}

/** Starts (once per page) the worker and installs a fresh mock's handlers. */
export async function startMock(options?: MockRingCxOptions): Promise<MockRingCx> {
  const mock = createMockRingCx(options);
  (await ensureStarted()).resetHandlers(...mock.handlers);
  return mock;
}

/** The page's msw worker, for tests that add handlers of their own (`worker.use`). */
export function mockWorker(): SetupWorker {
  return getWorker();
}

/**
 * Takes the mock's handlers out; the worker keeps running, so unmocked requests still fail
 * (`onUnhandledRequest: 'error'`). Stopping it instead makes msw's service worker unregister
 * itself once its last client leaves, and Firefox then refuses the next start in the same page.
 */
export function stopMock(): void {
  worker?.resetHandlers();
}

/**
 * Registers mocha hooks for a `describe`: the worker starts before its tests, every test begins
 * with the mock reset and without handlers a previous test added through `worker.use`, and the
 * mock's handlers are taken out afterwards.
 *
 * @example
 * const { mock, worker } = useMock({ accessTokenLifetime: 1 });
 */
export function useMock(options?: MockRingCxOptions): { mock: MockRingCx; worker: SetupWorker } {
  const mock = createMockRingCx(options);
  const w = getWorker();
  before(async () => {
    await ensureStarted();
    w.resetHandlers(...mock.handlers);
  });
  beforeEach(() => {
    mock.reset();
    w.resetHandlers(...mock.handlers);
  });
  after(() => stopMock());
  return { mock, worker: w };
}
