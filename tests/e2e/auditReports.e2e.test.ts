// The compliance officer's reports in the browser (issue 13 §1): an operator reveals a patient's medical information
// with a reason; the compliance officer opens «Отчёты по журналу», sees the dashboard's charts and the chain's state,
// finds the reveal with its reason in «Просмотры медсведений», exports the list as CSV with a typed reason (the file
// carries the reveal's reason, the log the export's), and sees the reveal among the operator's actions. Each view
// passes axe and has no sideways scroll at 1366 and 1024 px, and is photographed into screenshots/.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { systemContext } from '../../server/shared/requestContext.js';
import { pageProblems, snap, useBrowserApp } from '../helpers/browser.js';
import { auditRows, createStaff } from '../helpers/testApp.js';

const REVEAL_REASON = 'Подготовка к приёму у кардиолога (маркер E2E-6140)';
const EXPORT_REASON = 'Ежемесячная проверка обоснованности просмотров';
let operatorLogin: string;
let complianceLogin: string;
let subjectId: number;

const app = useBrowserApp(async (t) => {
  operatorLogin = (await createStaff(t, 'operator')).login;
  complianceLogin = (await createStaff(t, 'compliance')).login;
  subjectId = (
    await t.services.subjects.create(systemContext(), {
      last_name: 'Лебедева',
      first_name: 'Анна',
      patronymic: 'Сергеевна',
      sex: 'female',
      birth_date: '1979-04-12',
      phone: '+79161230045',
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: 'Ишемическая болезнь сердца',
    } as never)
  ).id;
});

/** Checks the view at both desk widths and takes its picture at each. */
async function look(page: Page, found: string[], name: string) {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    found.push(...(await pageProblems(page, `${name}-${width}`)));
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, `e2e-95-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

describe('the compliance officer’s reports in the browser', () => {
  it('an operator reveals the medical information with a reason, and has no reports in the menu', async () => {
    const page = await app.signIn(operatorLogin);
    await page.goto(`${app.baseUrl}/#/subjects/${subjectId}/show`);
    await page.getByRole('button', { name: 'Показать медицинские сведения' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Причина').fill(REVEAL_REASON);
    await dialog.getByRole('button', { name: 'Показать' }).click();
    await page.getByTestId('medical-info').waitFor();
    expect(await page.getByRole('menuitem', { name: 'Отчёты по журналу' }).count()).toBe(0);
    await page.context().close();
  });

  it('compliance sees the dashboard, the reveal with its reason, exports it with a reason, and the operator’s actions', async () => {
    const page = await app.signIn(complianceLogin);
    const found: string[] = [];
    await page.getByRole('menuitem', { name: 'Отчёты по журналу' }).click();

    // «Сводка»: today's entries are drawn, the reveal is the operator's, the chain never verified from the console.
    const actions = page.getByTestId('actions-chart');
    await actions.waitFor();
    await expect.poll(() => actions.locator('.MuiBarChart-series rect').count()).toBeGreaterThan(0);
    const reveals = page.getByRole('figure', { name: 'Просмотры медсведений по сотрудникам' });
    const described = await page.locator(`[id="${await reveals.getAttribute('aria-describedby')}"]`).textContent();
    expect(described).toMatch(new RegExp(`${operatorLogin} — 1$`));
    const chain = page.getByRole('region', { name: 'Состояние журнала' });
    await chain.getByText('не проверялся из консоли').waitFor();
    await page.getByText(/^Последние 30 дней: \d{2}\.\d{2}\.\d{4} — \d{2}\.\d{2}\.\d{4} \(МСК\)$/).waitFor();
    await look(page, found, 'dashboard');

    // «Просмотры медсведений»: the reveal with the words the operator typed.
    await page.getByRole('tab', { name: 'Просмотры медсведений' }).click();
    const row = page.getByRole('row').filter({ hasText: REVEAL_REASON });
    await row.waitFor();
    expect(await row.getByRole('link', { name: `Субъект № ${subjectId}` }).count()).toBe(1);
    expect(await row.getByText(operatorLogin).count()).toBe(1);
    await look(page, found, 'reveals');

    await page.getByRole('button', { name: 'Выгрузить CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Выгрузка просмотров медсведений' });
    await dialog.getByLabel('Зачем нужна выгрузка').fill(EXPORT_REASON);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Выгрузить' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('medical-reveals.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(REVEAL_REASON);
    expect(csv).toContain(operatorLogin);
    const [exported] = auditRows(app.t, "action = 'audit_report.exported'");
    expect(JSON.parse(exported!.details)).toMatchObject({ rows: 1, reason: EXPORT_REASON });

    // «Действия сотрудника»: the operator's month includes the reveal.
    await page.getByRole('tab', { name: 'Действия сотрудника' }).click();
    await page.getByText('Параметры отчёта').waitFor();
    await page.getByLabel('Логин сотрудника').fill(operatorLogin);
    await page.getByRole('button', { name: 'Сформировать' }).click();
    const byAction = page.getByRole('table', { name: 'Записи по действиям' });
    await byAction.getByRole('link', { name: 'Просмотр медицинских сведений' }).waitFor();
    await page.getByTestId('staff-days-chart').waitFor();
    expect(page.url()).toContain(`actor_login=${operatorLogin}`);
    await look(page, found, 'staff-activity');

    // The way to the entries themselves: the log filtered by that actor and period.
    await byAction.getByRole('link', { name: 'Просмотр медицинских сведений' }).click();
    await page.waitForURL(/#\/audit-log\?filter=/);
    const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!);
    expect(filter).toMatchObject({ actor_login: operatorLogin, action: 'subject.medical_viewed' });
    await page.context().close();
    expect(found).toEqual([]);
  }, 120_000);
});
