import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import { PASSWORD, createTestApp, type TestApp } from './testApp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = path.resolve('dist');
const SCREENSHOTS = path.resolve('screenshots');

export interface SignInOptions {
  /** The test password unless given. */
  password?: string;
  /** The account signs in with a temporary password: wait for the forced password change instead of the menu. */
  mustChangePassword?: boolean;
}

export interface BrowserApp {
  /** The app over its fresh database, as the API tests have it. */
  readonly t: TestApp;
  /** Where the real server listens, serving the built SPA. */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A new page in a fresh browser context (its own cookies), at the app's address. */
  newPage(): Promise<Page>;
  /** A new page signed in as `login`, once the menu (or, with mustChangePassword, the forced password change) has appeared. */
  signIn(login: string, options?: SignInOptions): Promise<Page>;
}

/**
 * The browser tests' fixture, for the whole file: before all tests, the real server with the built SPA on a real port
 * over a fresh database, then `seed` run against it, then Debian's headless Chromium; after all, the browser, the
 * server and the database are closed. The SPA is not built here: `npm test` builds it once before vitest runs.
 */
export function useBrowserApp(seed?: (t: TestApp) => unknown): BrowserApp {
  let t: TestApp | undefined;
  let server: Server | undefined;
  let baseUrl: string | undefined;
  let browser: Browser | undefined;
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useBrowserApp(): ${name} exists only once the file's beforeAll has run`);
    return value;
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'index.html'))) {
      throw new Error('The SPA is not built: run `npm run build` (npm test does it first)');
    }
    t = createTestApp({ staticDir: DIST });
    // The browser runs on the real clock, so the server does too: a clock frozen at the file's start would disagree with
    // the browser about «today» once Moscow midnight (21:00 UTC) passes during the run.
    Object.defineProperty(t.clock, 'now', {
      get: () => Date.now(),
      set: () => {
        throw new Error('Browser tests run on the real clock');
      },
    });
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server!.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await seed?.(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    t?.close();
  });

  const app: BrowserApp = {
    get t() {
      return started(t, 't');
    },
    get baseUrl() {
      return started(baseUrl, 'baseUrl');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async newPage() {
      const context = await app.browser.newContext({
        baseURL: app.baseUrl,
        locale: 'ru-RU',
        viewport: { width: 1366, height: 900 },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async signIn(login, { password = PASSWORD, mustChangePassword = false } = {}) {
      const page = await app.newPage();
      await page.goto('/');
      await page.getByLabel('Логин').fill(login);
      await page.getByLabel('Пароль').fill(password);
      await page.getByRole('button', { name: 'Войти' }).click();
      if (mustChangePassword) await page.getByText('Вы вошли с временным паролем').waitFor();
      else await page.getByRole('menuitem').first().waitFor();
      return page;
    },
  };
  return app;
}

/** Debian's Chromium, headless, with a fresh profile; a missing browser fails the run rather than skipping it. */
async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ru-RU',
    ],
  });
}

/** Screenshots land in screenshots/ (git-ignored) for a human to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until nothing loads or moves: no progress indicator, skeleton or finite animation (fades, ripples). */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.MuiLinearProgress-root, .MuiCircularProgress-root, .MuiSkeleton-root') &&
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** Serious or critical WCAG 2.1 A/AA violations on the settled page, and whether it scrolls sideways. */
export async function pageProblems(page: Page, screen: string): Promise<string[]> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) => `[${screen}] ${v.id} (${v.impact}) ${node.target.join(' ')}: ${v.help} — ${node.html.slice(0, 160)}`,
      ),
    );
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (wide) found.push(`[${screen}] the page scrolls sideways`);
  return found;
}
