import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, createStaff, publishDocuments, websiteSubmission, type TestApp } from '../helpers/testApp.js';
import { launchBrowser, signIn, snap, startBuiltApp } from '../helpers/browser.js';

let t: TestApp;
let server: Server;
let baseUrl: string;
let browser: Browser;
let adminLogin: string;

beforeAll(async () => {
  ({ t, server, baseUrl } = await startBuiltApp());
  adminLogin = (await createStaff(t, 'admin')).login;
  const docs = await publishDocuments(t);
  const website = { actor: { id: null, login: 'website', role: 'public' }, requestId: null, ip: '203.0.113.7' };
  const submit = (service: string, lastName: string) =>
    t.services.intake.receive(website, websiteSubmission(docs, { service, lastName }) as never, null);
  // Seven appointments this month are shown; two callbacks fall under the threshold of 5 and are not.
  for (const name of ['Агеева', 'Белова', 'Власова', 'Гусева', 'Денисова', 'Ершова', 'Жукова']) await submit('appointment', name);
  for (const name of ['Зуева', 'Ильина']) await submit('callback', name);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  t?.close();
});

describe('statistics in the browser', () => {
  it('admin sees the month’s submissions as a chart, small counts suppressed, no names, and the visit is logged', async () => {
    const page = await signIn(browser, baseUrl, adminLogin);
    await page.getByRole('menuitem', { name: 'Обезличенная статистика' }).click();

    const chart = page.getByTestId('submissions-chart');
    await chart.waitFor();
    const bars = await chart.locator('rect title').allTextContents();
    expect(bars).toHaveLength(1);
    expect(bars[0]).toMatch(/^Запись на приём, .+: 7$/);
    await expect.poll(() => page.getByText('<5').count()).toBeGreaterThan(0);
    const text = await page.locator('main').textContent();
    for (const name of ['Агеева', 'Зуева', '+7', '@']) expect(text).not.toContain(name);
    await snap(page, 'e2e-40-statistics');
    expect(auditRows(t, "action = 'statistics.generated'")).toHaveLength(1);
  });
});
