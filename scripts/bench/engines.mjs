// The browsers the bench runs in: headless Chromium (Playwright) and headless Firefox (puppeteer-core
// over WebDriver BiDi), both found on this machine (scripts/lib/find-browser.mjs), never downloaded.
// Each engine opens pages the same way, so every browser bench runs unchanged in both:
//   const { page, errors, heap, close } = await engine.openPage(url);
// `page` has goto, evaluate and waitForFunction (the same calls in both libraries); `heap()` is
// the JS heap in bytes after a garbage collection, or undefined where the engine cannot say
// (Firefox has no such protocol call).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, FIREFOX_PREFS, findBrowser, findFirefox } from '../lib/find-browser.mjs';

// Added to every bench page before its own scripts: counts IndexedDB reads and fetch calls.
const INSTRUMENT = fileURLToPath(new URL('./pages/instrument.js', import.meta.url));

export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_FLAGS });
  return {
    name: 'Chromium',
    version: browser.version(),
    async openPage(url) {
      const context = await browser.newContext();
      await context.addInitScript({ path: INSTRUMENT });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(url);
      const cdp = await context.newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      return { page, errors, heap, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: await findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      // Timings to the microsecond, as Chromium gives them (Firefox rounds them by default).
      'privacy.reduceTimerPrecision': false,
    },
  });
  const instrument = readFileSync(INSTRUMENT, 'utf8');
  return {
    name: 'Firefox',
    version: (await browser.version()).replace(/^firefox\//i, ''),
    async openPage(url) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.evaluateOnNewDocument(instrument);
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(url);
      return { page, errors, heap: async () => undefined, close: () => context.close() };
    },
    close: () => browser.close(),
  };
}
