// Firefox for @web/test-runner, driven by puppeteer-core over WebDriver BiDi (no browser download).
// @web/test-runner-chrome's launcher already speaks puppeteer; two changes make it fit here:
// every test file gets a fresh browser context (its own IndexedDB, storage and service workers,
// as Playwright gives Chromium), and a page is closed with its context instead of being reused.
import { ChromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { FIREFOX_PREFS } from '../../lib/find-browser.mjs';

class FirefoxLauncher extends ChromeLauncher {
  async stopSession(sessionId) {
    const page = this.activePages.get(sessionId);
    const result = await super.stopSession(sessionId);
    this.inactivePages = this.inactivePages.filter((inactive) => inactive !== page);
    await page.puppeteerPage.browserContext().close().catch(() => {});
    return result;
  }
}

/**
 * One test file at a time by default: a page gets focus events only while its window has the
 * focus, and two windows would take it from each other.
 * @param {{ executablePath: string, concurrency?: number }} options
 */
export function firefoxLauncher({ executablePath, concurrency = 1 }) {
  return new FirefoxLauncher(
    {
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
    },
    ({ browser }) => browser.defaultBrowserContext(),
    async ({ browser }) => {
      const page = await (await browser.createBrowserContext()).newPage();
      // A window that does not have the system focus gets no focus events in Firefox.
      await page.bringToFront();
      return page;
    },
    puppeteer,
    concurrency,
  );
}
