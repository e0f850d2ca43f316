// The benchmarks that run in a browser (scripts/bench/engines.mjs: headless Chromium and Firefox).
// Each one opens its own pages, each in its own browser context (its own IndexedDB), loads them
// from scripts/bench/pages/ and returns table rows.
import { metric, median, ratioTo } from './metrics.mjs';

/** Throws when the page reported an uncaught error: a broken bench must not print numbers. */
function check(errors) {
  if (errors.length > 0) throw new Error(`The bench page failed: ${errors[0].stack ?? errors[0]}`);
}

/** Item 2: a reload with a stored, valid session. */
export async function warmStart(engine, server, runs = 7) {
  server.api.reset();
  const { page, errors, close } = await engine.openPage(`${server.origin}/pages/warm-start.html?setup`);
  await page.evaluate(() => window.benchResult);
  const results = [];
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? 'login-first' : 'lit-first';
    await page.goto(`${server.origin}/pages/warm-start.html?order=${order}`);
    results.push(await page.evaluate(() => window.benchResult));
  }
  check(errors);
  await close();
  const login = results.map((r) => r.ms);
  const bare = results.map((r) => r.bareMs);
  const requests = results.map((r) => r.apiRequests);
  const reads = results.map((r) => r.idbReads);
  return [
    metric('warm start: API requests before signed-in render', 'count', requests, {
      goal: { text: '0', met: Math.max(...requests) === 0 },
    }),
    metric('warm start: IndexedDB reads before signed-in render', 'count', reads, {
      goal: { text: '1', met: Math.max(...reads) <= 1 },
    }),
    metric('warm start: <ringcx-login> import to signed-in render', 'ms', login, {
      goal: { text: '<= 1.5x bare Lit', met: median(login) / median(bare) <= 1.5 },
      ratio: ratioTo('bare Lit', median(login), median(bare)),
    }),
    metric('warm start: of which importing dist/cdn/login.js', 'ms', results.map((r) => r.importMs)),
    metric('warm start: bare Lit element import to render', 'ms', bare),
    metric('warm start: of which importing lit (+ky, idb-keyval)', 'ms', results.map((r) => r.bareImportMs)),
    metric('warm start: bare Lit element that reads one IndexedDB value first', 'ms', results.map((r) => r.readMs), {
      ratio: ratioTo('bare Lit', median(results.map((r) => r.readMs)), median(bare)),
    }),
  ];
}

/**
 * Item 3: 100 concurrent calls with an expired access token, in one page and across 3 iframes,
 * beside 100 concurrent bare fetches of the same endpoint with a valid token.
 */
export async function refreshUnderLoad(engine, server, runs = 5, calls = 100, frames = 3) {
  server.api.reset();
  const { page, errors, close } = await engine.openPage(`${server.origin}/pages/refresh.html`);
  const samples = { refreshes: [], ms: [], framedRefreshes: [], framedMs: [], bareMs: [] };
  const measure = async (evaluate, refreshes, times) => {
    server.api.loginLifetime = 0; // the sign-in gives an access token that is expired already
    const before = server.api.counts.refresh;
    const { ms, failures } = await evaluate();
    if (failures > 0) throw new Error(`${failures} of ${calls} calls failed`);
    refreshes.push(server.api.counts.refresh - before);
    times.push(ms);
  };
  for (let run = 0; run < runs; run++) {
    await measure(() => page.evaluate((count) => window.bench.inThisPage(count), calls), samples.refreshes, samples.ms);
    await measure(
      () => page.evaluate(([count, frameCount]) => window.bench.acrossFrames(count, frameCount), [calls, frames]),
      samples.framedRefreshes,
      samples.framedMs,
    );
    server.api.loginLifetime = 300;
    samples.bareMs.push(await page.evaluate((count) => window.bench.bareFetches(count), calls));
  }
  check(errors);
  await close();
  const refreshGoal = (counts) => ({ text: '1', met: counts.every((n) => n === 1) });
  const vsBare = (times) => ratioTo('bare fetches', median(times), median(samples.bareMs));
  return [
    metric(`refresh: ${calls} concurrent calls, expired token: refreshes`, 'count', samples.refreshes, {
      goal: refreshGoal(samples.refreshes),
    }),
    metric(`refresh: ${calls} concurrent calls: total time`, 'ms', samples.ms, { ratio: vsBare(samples.ms) }),
    metric(`refresh: same over ${frames} iframes: refreshes`, 'count', samples.framedRefreshes, {
      goal: refreshGoal(samples.framedRefreshes),
    }),
    metric(`refresh: same over ${frames} iframes: total time`, 'ms', samples.framedMs, { ratio: vsBare(samples.framedMs) }),
    metric(`refresh: ${calls} concurrent bare fetches, valid token`, 'ms', samples.bareMs),
  ];
}

/** The list size from which large lists also scroll the element's list from top to bottom. */
const SCROLL_SIZE = 10_000;

/** The value below which `share` of the samples fall (nearest rank). */
function percentile(samples, share) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/**
 * Item 4: <ringcx-accounts> with many sub-accounts, beside the same rows in plain DOM, in a fresh
 * page per run (the element and the baseline take turns going first: the first text a page lays
 * out pays for fonts and such). Each keystroke types "5", which about 40% of the rows match. At
 * 10,000 rows the element's list is also scrolled from top to bottom, 80% of a view a frame; the
 * rows are each run's 95th percentile of the work per step (handler, update, style and layout)
 * and of the time between frames (which the engine's frame pacing bounds from below).
 */
export async function largeLists(engine, server, { sizes = [100, 1_000, 10_000], runs = 3, keystrokes = 8 } = {}) {
  const rows = [];
  for (const size of sizes) {
    const element = { render: [], filter: [], heap: [], scrollWork: [], scrollFrames: [] };
    const plain = { render: [], filter: [], heap: [] };
    for (let run = 0; run < runs; run++) {
      const { page, errors, heap, close } = await engine.openPage(`${server.origin}/pages/accounts.html`);
      const measure = async (samples, render, filter) => {
        const before = await heap();
        samples.render.push(await page.evaluate(render));
        if (before !== undefined) samples.heap.push((await heap()) - before);
        for (let i = 0; i < keystrokes; i++) {
          samples.filter.push(await page.evaluate(filter, '5'));
          await page.evaluate(filter, '');
        }
      };
      const measureElement = async () => {
        await page.evaluate(() => window.bench.prepare());
        await measure(element, () => window.bench.renderElement(), (text) => window.bench.filterElement(text));
        if (size >= SCROLL_SIZE) {
          const { work, frames } = await page.evaluate(() => window.bench.scrollElement());
          element.scrollWork.push(percentile(work, 0.95));
          element.scrollFrames.push(percentile(frames, 0.95));
        }
        await page.evaluate(() => window.bench.removeElement());
      };
      const measurePlain = () => measure(plain, () => window.bench.renderPlain(), (text) => window.bench.filterPlain(text));

      await page.evaluate((count) => window.bench.makeAnswer(count), size);
      for (const step of run % 2 ? [measurePlain, measureElement] : [measureElement, measurePlain]) await step();
      check(errors);
      await close();
    }
    const n = size.toLocaleString('en-US');
    const vsPlain = (name) => ratioTo('plain DOM', median(element[name]), median(plain[name]));
    const filterMedian = median(element.filter);
    rows.push(
      metric(`accounts ${n}: first render`, 'ms', element.render, {
        ratio: vsPlain('render'),
        ...(size === 100 ? { goal: { text: '<= 2x plain DOM', met: vsPlain('render').value <= 2 } } : {}),
      }),
      metric(`accounts ${n}: one-character filter`, 'ms', element.filter, {
        ratio: vsPlain('filter'),
        ...(size === 10_000 ? { goal: { text: '<= 16 ms', met: filterMedian <= 16 } } : {}),
      }),
      ...(size >= SCROLL_SIZE
        ? [
            metric(`accounts ${n}: scroll top to bottom, 95th percentile work per frame`, 'ms', element.scrollWork, {
              goal: { text: '<= 16.7 ms', met: median(element.scrollWork) <= 16.7 },
            }),
            metric(`accounts ${n}: scroll top to bottom, 95th percentile time between frames`, 'ms', element.scrollFrames),
          ]
        : []),
      metric(`accounts ${n}: plain DOM first render`, 'ms', plain.render),
      metric(`accounts ${n}: plain DOM filter`, 'ms', plain.filter),
    );
    // Only Chromium reports its heap.
    if (element.heap.length > 0) {
      rows.push(
        metric(`accounts ${n}: JS heap after render`, 'MB', element.heap, { ratio: vsPlain('heap') }),
        metric(`accounts ${n}: plain DOM JS heap`, 'MB', plain.heap),
      );
    }
  }
  return rows;
}

/** Item 5: sequential listApiTokens() calls beside bare fetches, against the in-page mock. */
export async function clientOverhead(engine, server, runs = 3, calls = 1_000) {
  const { page, errors, close } = await engine.openPage(`${server.origin}/pages/client-overhead.html`);
  await page.waitForFunction(() => window.bench);
  const viaClient = [];
  const viaFetch = [];
  for (let run = 0; run < runs; run++) {
    const result = await page.evaluate((count) => window.bench.run(count), calls);
    viaClient.push(result.client);
    viaFetch.push(result.fetch);
  }
  check(errors);
  await close();
  const ratio = median(viaClient) / median(viaFetch);
  return [
    metric(`client: listApiTokens(), per call (${calls.toLocaleString('en-US')} in a row)`, 'ms', viaClient, {
      goal: { text: '< 1.3x fetch', met: ratio < 1.3 },
      ratio: ratioTo('bare fetch', median(viaClient), median(viaFetch)),
    }),
    metric('client: bare fetch + JSON.parse of the same, per call', 'ms', viaFetch),
  ];
}
