import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { ACCOUNTS, PASSWORD } from './dataset.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserFigures {
  available: boolean;
  reason?: string;
  /** ms from navigation start to the first page of subjects on screen, each run in a fresh profile (cold cache). */
  runs: number[];
  median: number;
}

/**
 * Headless Chromium, signed in as an operator (the session cookie set through the login API), opens the app at
 * the subjects list; the clock is the page's own (performance.now() counts from navigation start) and stops when
 * the first row of the page, as the API returns it, is in the table.
 */
export async function firstListRender(baseUrl: string, firstLastName: string, runs = 3): Promise<BrowserFigures> {
  if (!fs.existsSync(CHROMIUM)) return { available: false, reason: `no Chromium at ${CHROMIUM}`, runs: [], median: 0 };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: 'ru-RU',
        viewport: { width: 1366, height: 900 },
      });
      const signedIn = await context.request.post('/api/auth/login', {
        data: { login: ACCOUNTS.operator.login, password: PASSWORD },
      });
      if (!signedIn.ok()) throw new Error(`login failed: ${signedIn.status()}`);
      const page = await context.newPage();
      await page.goto('/#/subjects', { waitUntil: 'commit' });
      const at = await page.waitForFunction(
        (name) => {
          const row = document.querySelector('tbody tr');
          return row?.textContent?.includes(name) ? performance.now() : false;
        },
        firstLastName,
        { polling: 'raf', timeout: 30_000 },
      );
      times.push(Math.round((await at.jsonValue()) as number));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { available: true, runs: times, median: sorted[Math.floor(sorted.length / 2)] };
}
