import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PASSWORD, createTestApp, type TestApp } from './testApp.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = path.resolve('dist');
export const SCREENSHOTS = path.resolve('screenshots');

/** The real server with the built SPA, on a real port, over a fresh database. */
export async function startBuiltApp(): Promise<{ t: TestApp; server: Server; baseUrl: string }> {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('The SPA is not built: run `npm run build` (npm test does it first)');
  }
  const t = createTestApp({ staticDir: DIST });
  const server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { t, server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Debian's Chromium, headless, with a fresh profile; a missing browser fails the run rather than skipping it. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ru-RU',
    ],
  });
}

export async function newPage(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'ru-RU', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** A new page signed in as `login` (the test password), once the menu has appeared. */
export async function signIn(browser: Browser, baseUrl: string, login: string): Promise<Page> {
  const page = await newPage(browser, baseUrl);
  await page.goto('/');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('menuitem').first().waitFor();
  return page;
}

/** Screenshots land in screenshots/ (git-ignored) for a human to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

