// `node scripts/ci/e2e-demo.mjs URL`: drives a demo page in headless Chromium the way a person would:
// signs in, creates and deletes an API token, selects an account. For the CDN demo
// (`npm run demo:cdn`, http://localhost:5174/), the main demo and the React demo under `npm start`
// (http://localhost:5173/, http://localhost:5173/react/).
//
// The page must hold <ringcx-login>, <ringcx-token-list> and <ringcx-accounts> on the mock RingCX,
// and show the demo credentials in #demo-username, #demo-password and #demo-platform (the demo
// pages do). Prints each step, then PASS or FAIL; exits 1 on failure.
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findBrowser } from '../lib/find-browser.mjs';

const url = process.argv[2];
if (!url) {
  console.error('Usage: node scripts/ci/e2e-demo.mjs URL');
  process.exit(2);
}

const TIMEOUT = 15_000;

const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_FLAGS, headless: true });
const page = await browser.newPage();
page.setDefaultTimeout(TIMEOUT);
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
// The scripts the page loads, by file name: the CDN page loads one file per element, and the code
// they share (common-*.js) once.
const scripts = [];
page.on('request', (request) => {
  if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.split('/').pop());
});

let current = '';
async function step(name, action) {
  current = name;
  const detail = await action();
  console.log(`  ok  ${name}${detail ? `: ${detail}` : ''}`);
}

// Playwright's CSS locators reach into open shadow roots.
const login = page.locator('ringcx-login');
const tokens = page.locator('ringcx-token-list');
const accounts = page.locator('ringcx-accounts');
const rows = tokens.locator('[part~="row"]');

try {
  console.log(`e2e-demo ${url}`);

  await step('the page loads with the mock RingCX running', async () => {
    await page.goto(url);
    await login.locator('form').waitFor();
    // The msw service worker must control the page before the first API call.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  });

  await step('sign in with the demo credentials', async () => {
    const credentials = {
      username: await page.locator('#demo-username').textContent(),
      password: await page.locator('#demo-password').textContent(),
      platformId: await page.locator('#demo-platform').textContent(),
    };
    for (const [name, value] of Object.entries(credentials)) {
      if (!value) throw new Error(`the page shows no demo ${name}`);
      const input = login.locator(`input[name="${name}"]`);
      if ((await input.count()) > 0) await input.fill(value);
    }
    await login.getByRole('button', { name: 'Sign in', exact: true }).click();
    const who = login.locator('.ringcx-login__who strong');
    await who.waitFor();
    return `signed in as ${await who.textContent()}`;
  });

  let before = 0;
  await step('the token list loads', async () => {
    await tokens.getByRole('button', { name: 'Create token' }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('ringcx-token-list')?.shadowRoot?.querySelector('[aria-busy="false"]') != null,
    );
    before = await rows.count();
    return `${before} token(s)`;
  });

  let masked = '';
  await step('create a token', async () => {
    await tokens.getByRole('button', { name: 'Create token' }).click();
    const value = tokens.locator('[part="new-token-value"]');
    await value.waitFor();
    const token = (await value.textContent())?.trim() ?? '';
    if (!token) throw new Error('the new token panel is empty');
    await waitForCount(rows, before + 1);
    await tokens.getByRole('button', { name: 'Done' }).click();
    masked = (await rows.last().locator('[part="token"]').textContent())?.trim() ?? '';
    if (masked.includes(token)) throw new Error('the list shows the token in full');
    return `shown once in full, listed as ${masked}`;
  });

  await step('delete the token', async () => {
    await rows.last().getByRole('button', { name: /^Delete token/ }).click();
    await rows.last().getByRole('group').getByRole('button', { name: 'Delete', exact: true }).click();
    await waitForCount(rows, before);
    await tokens.locator('[part="status"]', { hasText: 'Token deleted' }).waitFor();
  });

  await step('select an account', async () => {
    const options = accounts.getByRole('option');
    await options.first().waitFor();
    const option = options.nth((await options.count()) > 1 ? 1 : 0);
    const id = (await option.locator('[part="option-id"]').textContent())?.trim();
    await option.click();
    await page.waitForFunction(
      (expected) => document.querySelector('ringcx-accounts')?.getAttribute('selected-account-id') === expected,
      id,
    );
    if ((await option.getAttribute('aria-selected')) !== 'true') throw new Error('the row is not marked selected');
    return `account ${id}`;
  });

  if (scripts.includes('login.js')) {
    await step('per-element CDN files: the common chunk downloaded once, no all-in-one file', async () => {
      const common = scripts.filter((name) => /^common-[\w-]+\.js$/.test(name));
      if (common.length !== 1) throw new Error(`common chunk requests: ${common.join(', ') || 'none'}`);
      for (const entry of ['login.js', 'token-list.js', 'accounts.js']) {
        if (!scripts.includes(entry)) throw new Error(`${entry} was not loaded`);
      }
      if (scripts.includes('ringcx-elements.js')) throw new Error('the all-in-one file was loaded too');
      return scripts.filter((name) => name !== 'ringcx-mock.js').join(', ');
    });
  }

  const ringCentral = login.getByRole('button', { name: 'Sign in with RingCentral' });
  if (await login.getAttribute('rc-client-id')) {
    await step('sign out, then sign in with RingCentral through the mock consent popup', async () => {
      await login.getByRole('button', { name: 'Sign out' }).click();
      await ringCentral.waitFor();
      const [popup] = await Promise.all([page.waitForEvent('popup'), ringCentral.click()]);
      await popup.getByRole('button', { name: 'Allow' }).click();
      await login.getByText('Signed in as').waitFor();
      await popup.waitForEvent('close', { timeout: TIMEOUT }).catch(() => {});
      if (!popup.isClosed()) throw new Error('the popup stayed open');
      return (await login.locator('.ringcx-login__who strong').textContent())?.trim();
    });
  }

  if (pageErrors.length > 0) {
    current = 'no uncaught errors in the page';
    throw new Error(pageErrors.join('; '));
  }
  console.log(`PASS e2e-demo ${url}`);
} catch (error) {
  console.log(`  FAIL ${current}: ${error.message.split('\n')[0]}`);
  if (pageErrors.length > 0) console.log(`  page errors: ${pageErrors.join('; ')}`);
  console.log(`FAIL e2e-demo ${url}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

async function waitForCount(locator, count) {
  const deadline = Date.now() + TIMEOUT;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} token row(s), found ${await locator.count()}`);
    await page.waitForTimeout(50);
  }
}
