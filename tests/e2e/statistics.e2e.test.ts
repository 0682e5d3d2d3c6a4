import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditRows, createStaff, publishDocuments, websiteSubmission } from '../helpers/testApp.js';
import { snap, useBrowserApp } from '../helpers/browser.js';

let adminLogin: string;

const app = useBrowserApp(async (t) => {
  adminLogin = (await createStaff(t, 'admin')).login;
  const docs = await publishDocuments(t);
  const website = { actor: { id: null, login: 'website', role: 'public' }, requestId: null, ip: '203.0.113.7' };
  const submit = (service: string, lastName: string) =>
    t.services.intake.receive(website, websiteSubmission(docs, { service, lastName }) as never, null);
  // Seven appointments this month are shown; two callbacks fall under the threshold of 5 and are not.
  for (const name of ['Агеева', 'Белова', 'Власова', 'Гусева', 'Денисова', 'Ершова', 'Жукова'])
    await submit('appointment', name);
  for (const name of ['Зуева', 'Ильина']) await submit('callback', name);
});

describe('statistics in the browser', () => {
  it('admin sees the month’s submissions as a chart, small counts suppressed, no names, and the visit is logged', async () => {
    const page = await app.signIn(adminLogin);
    await page.getByRole('menuitem', { name: 'Обезличенная статистика' }).click();

    const chart = page.getByTestId('submissions-chart');
    await chart.waitFor();
    // MUI X Charts draws one <g data-series="…"> of <rect>s per service and writes each bar's value as its label.
    const bars = chart.locator('.MuiBarChart-series rect');
    await expect.poll(() => bars.count()).toBe(1);
    expect(await chart.locator('.MuiBarChart-series[data-series="appointment"] rect').count()).toBe(1);
    expect(await chart.locator('.MuiBarChart-series[data-series="callback"] rect').count()).toBe(0);
    await expect.poll(() => chart.locator('.MuiBarChart-label').allTextContents()).toEqual(['7']);
    const box = (await bars.first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2); // the bar's foot: still while it grows
    const tooltip = (await page.getByRole('tooltip').textContent()) ?? '';
    expect(tooltip).toMatch(/Запись на приём\s*7/);
    expect(tooltip).not.toContain('Обратный звонок');
    const figure = page.getByRole('figure', { name: 'Обращения с сайта по месяцам и сервисам' });
    const description = await page.locator(`[id="${await figure.getAttribute('aria-describedby')}"]`).textContent();
    expect(description).toMatch(/всего 7 \(Запись на приём — 7\)$/);
    expect(description).not.toContain('Обратный звонок');
    await expect.poll(() => page.getByText('<5').count()).toBeGreaterThan(0);
    const text = await page.locator('main').textContent();
    for (const name of ['Агеева', 'Зуева', '+7', '@']) expect(text).not.toContain(name);
    await snap(page, 'e2e-40-statistics');
    expect(auditRows(app.t, "action = 'statistics.generated'")).toHaveLength(1);

    // The export asks why it is made; the file has the suppressed cells, the log the reason and the row count.
    await page.getByRole('button', { name: 'Экспорт CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Выгрузка обезличенной статистики' });
    await dialog.getByRole('button', { name: 'Выгрузить' }).click();
    await dialog.getByText('Обязательно для заполнения').waitFor();
    await dialog.getByLabel('Зачем нужна выгрузка').fill('Годовой отчёт главному врачу');
    await snap(page, 'e2e-41-statistics-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Выгрузить' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('statistics.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(',<5');
    const [exported] = auditRows(app.t, "action = 'statistics.exported'");
    expect(JSON.parse(exported!.details)).toMatchObject({
      reason: 'Годовой отчёт главному врачу',
      rows: csv.trim().split('\r\n').length - 1,
    });
  });
});
