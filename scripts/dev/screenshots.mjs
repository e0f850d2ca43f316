// `npm run screenshots`: pictures of the three elements, light and dark, for the README.
// Serves the demo with Vite on the built-in mock, signs in with headless Chromium and writes
// docs/screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_FLAGS, findBrowser } from '../lib/find-browser.mjs';

const OUT = 'docs/screenshots';
const server = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: await findBrowser(), args: CHROMIUM_FLAGS });
mkdirSync(OUT, { recursive: true });

try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(url);
    const login = page.locator('ringcx-login');
    await login.locator('form').waitFor();
    await login.screenshot({ path: `${OUT}/login-form-${colorScheme}.png` });

    await page.getByLabel('Email or username').fill('admin@example.com');
    await page.getByLabel('Password', { exact: true }).fill('demo-password');
    await page.getByLabel('Platform ID').fill('aws80');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await login.screenshot({ path: `${OUT}/login-signed-in-${colorScheme}.png` });

    const tokens = page.locator('ringcx-token-list');
    await tokens.getByRole('button', { name: 'Create token' }).click();
    await tokens.getByRole('button', { name: 'Done' }).waitFor();
    await tokens.screenshot({ path: `${OUT}/token-list-new-${colorScheme}.png` });
    await tokens.getByRole('button', { name: 'Done' }).click();
    await tokens.getByRole('button', { name: 'Create token' }).click();
    await tokens.getByRole('button', { name: 'Done' }).click();
    await tokens.screenshot({ path: `${OUT}/token-list-${colorScheme}.png` });

    const accounts = page.locator('ringcx-accounts');
    await accounts.getByRole('option').first().waitFor();
    await accounts.getByRole('option').nth(1).click();
    await accounts.screenshot({ path: `${OUT}/accounts-${colorScheme}.png` });

    await page.screenshot({ path: `${OUT}/demo-${colorScheme}.png`, fullPage: true });
    await page.close();
  }
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
