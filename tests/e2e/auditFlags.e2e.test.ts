// Flags in the browser (issue 13 §1): a compliance officer finds a flag that grew after it was reviewed back among
// the unreviewed («Дополнен после рассмотрения»), opens it, reads the earlier review, reviews it again, and exports
// the flags as CSV with a typed reason. Each view passes axe and has no sideways scroll at 1366 px, and is
// photographed into screenshots/.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageProblems, snap, useBrowserApp } from '../helpers/browser.js';
import { auditRows, createStaff, loginAs, logIn, type LoggedIn, type TestApp } from '../helpers/testApp.js';

const FIRST_REVIEW = 'Пять отказов: искала раздел сотрудников по ошибке';
const SECOND_REVIEW = 'Ещё два отказа после разговора: та же причина, доступ не нужен';
const EXPORT_REASON = 'Квартальная проверка сигналов ответственным';
let complianceLogin: string;
let operatorLogin: string;
let flagId: number;

const denials = async (who: LoggedIn, n: number) => {
  for (let i = 0; i < n; i++) await who.get('/api/staff').expect(403);
};

const app = useBrowserApp(async (t: TestApp) => {
  // A denial burst is counted per clock hour: start the seed in an hour with room left, so it never straddles two.
  const intoHour = Date.now() % 3_600_000;
  if (intoHour > 3_540_000) await new Promise((resolve) => setTimeout(resolve, 3_600_000 - intoHour + 1000));
  const op = await loginAs(t, 'operator');
  operatorLogin = op.login;
  const officer = await loginAs(t, 'compliance');
  complianceLogin = (await createStaff(t, 'compliance')).login;
  await denials(op, 5);
  await t.services.auditFlags.scan();
  flagId = t.db
    .prepare("SELECT id FROM audit_flags WHERE kind = 'repeated_denials' AND subject_value = ?")
    .pluck()
    .get(op.login) as number;
  await officer.post(`/api/audit-flags/${flagId}/review`).send({ comment: FIRST_REVIEW }).expect(200);
  await denials(await logIn(t, op.login), 2);
  await t.services.auditFlags.scan();
});

async function look(page: Page, found: string[], name: string) {
  found.push(...(await pageProblems(page, name)));
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, `e2e-audit-flags-${name}`);
}

describe('audit flags in the browser', () => {
  it('puts a flag that grew after its review back up, reviews it again, and exports the flags with a reason', async () => {
    const page = await app.signIn(complianceLogin);
    const found: string[] = [];
    await page.getByRole('menuitem', { name: /^Сигналы/ }).click();
    const row = page.getByRole('row').filter({ hasText: 'Повторные отказы в доступе' });
    await row.getByText('Дополнен после рассмотрения').waitFor();
    await expect.poll(() => row.textContent()).toContain(operatorLogin);
    await look(page, found, 'list');

    await row.click();
    await page.getByText(/^После рассмотрения за сигналом прибавилось записей: 2\./).waitFor();
    await page.getByText(FIRST_REVIEW).waitFor();
    await look(page, found, 'grown');

    await page.getByRole('button', { name: 'Рассмотреть' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Комментарий/).fill(SECOND_REVIEW);
    await dialog.getByRole('button', { name: 'Отметить рассмотренным' }).click();
    await page.getByText(`Сигнал № ${flagId} рассмотрен`).waitFor();
    await page.getByText(SECOND_REVIEW).waitFor();
    const earlier = page.getByRole('heading', { name: 'Прежние рассмотрения' });
    await earlier.waitFor();
    await page.getByText(/записей на момент рассмотрения: 7$/).waitFor();
    await page.getByText(/записей на момент рассмотрения: 5$/).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Рассмотреть' }).count()).toBe(0);
    await look(page, found, 'reviewed-again');
    const reviews = auditRows(app.t, "action = 'audit_flag.reviewed'").map((r) => JSON.parse(r.details));
    expect(reviews.map((d) => d.entries)).toEqual([5, 7]);

    await page.getByRole('link', { name: 'Список' }).click();
    await page.getByRole('button', { name: 'Экспорт CSV' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Экспорт сигналов' });
    await exportDialog.getByLabel(/Причина выгрузки/).fill(EXPORT_REASON);
    await look(page, found, 'export-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Выгрузить' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('audit-flags.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const flagLine = csv.split(/\r?\n/).find((l) => l.startsWith(`${flagId},`))!;
    expect(flagLine.split(',').slice(1, 4)).toEqual(['repeated_denials', 'login', operatorLogin]);
    expect(flagLine.split(',')[9]).toBe('reviewed');
    expect(csv).not.toContain('сотрудников');
    const [exported] = auditRows(app.t, "action = 'audit_report.exported'");
    expect(JSON.parse(exported!.details)).toMatchObject({ report: 'audit_flags', reason: EXPORT_REASON });
    await page.context().close();
    expect(found).toEqual([]);
  }, 120_000);
});
