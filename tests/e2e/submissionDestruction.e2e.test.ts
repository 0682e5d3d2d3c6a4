// Destroying rejected website submissions in the browser, the whole path: an operator selects two rejected submissions
// among the destruction candidates and proposes them as one batch; a compliance officer approves it; the one act's
// PDF downloads and its text names both submitters; the candidates list then leaves both out while a third rejected
// submission still waits. Each screen passes axe and has no sideways scroll at 1366 px, and is photographed into
// screenshots/.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/contract/index.js';
import type { RequestContext } from '../../server/shared/requestContext.js';
import { pageProblems, snap, useBrowserApp } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf.js';
import { auditRows, createStaff, publishDocuments, websiteSubmission } from '../helpers/testApp.js';

const SUBMITTERS = [
  { lastName: 'Кондратьева', firstName: 'Алла', phone: '+7 (903) 555-01-01' },
  { lastName: 'Мельников', firstName: 'Глеб', phone: '+7 (903) 555-02-02' },
  // Stays a candidate: not selected.
  { lastName: 'Ястребова', firstName: 'Нина', phone: '+7 (903) 555-03-03' },
] as const;
const DAY_MS = 86_400_000;
const logins = {} as Record<Role, string>;
const submissionIds: number[] = [];

const app = useBrowserApp(async (t) => {
  const staff = {} as Record<Role, Awaited<ReturnType<typeof createStaff>>>;
  for (const role of ['operator', 'compliance'] as const) staff[role] = await createStaff(t, role);
  for (const role of ['operator', 'compliance'] as const) logins[role] = staff[role].login;
  const ctx: RequestContext = {
    actor: { id: staff.operator.id, login: staff.operator.login, role: 'operator' },
    requestId: null,
    ip: null,
  };
  // The act is a signed document: it prints once the operator's details are complete.
  await t.services.settings.update(ctx, {
    ...t.services.settings.current(),
    responsible_name: 'Сидорова Анна Петровна',
    responsible_position: 'Ответственный за организацию обработки ПДн',
    signer_name: 'Иванов Иван Иванович',
    signer_position: 'Главный врач',
  });
  const docs = await publishDocuments(t);
  for (const [i, person] of SUBMITTERS.entries()) {
    await request(t.app)
      .post('/api/public/submissions')
      .send(websiteSubmission(docs, { service: 'callback', ...person, email: `lead${i}@example.ru` }))
      .expect(201);
    const id = t.db.prepare('SELECT max(id) FROM submissions').pluck().get() as number;
    await t.services.review.reject(ctx, id, { category: 'spam', reason: 'Реклама, не обращение пациента' });
    submissionIds.push(id);
  }
  // The browser runs on the real clock: the rejections are moved 40 days back, past the 30 days after which the
  // candidates list shows them by default, as if they had waited that long.
  const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
  t.db
    .prepare(`UPDATE submissions SET received_at = ?, decided_at = ? WHERE id IN (${submissionIds.join(',')})`)
    .run(ago(41), ago(40));
});

/** Checks the screen and takes its picture. */
async function look(page: Page, found: string[], name: string) {
  found.push(...(await pageProblems(page, name)));
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, `e2e-91-${name}`);
}

const deskPage = async (role: Role) => {
  const page = await app.signIn(logins[role]);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
};

const selectSubmission = (page: Page, id: number) => page.getByRole('checkbox', { name: `Выбрать обращение ID ${id}` });

describe('destroying rejected website submissions in the browser', () => {
  let batchId: number;

  it('an operator selects two rejected submissions among the candidates and proposes them as one batch', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    const [first, second] = submissionIds as [number, number, number];
    await page.goto(`${app.baseUrl}/#/destruction-candidates`);
    await selectSubmission(page, first).check();
    await selectSubmission(page, second).check();
    await page.getByRole('button', { name: 'Предложить уничтожение обращений (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Предложить уничтожение обращений с сайта' });
    await dialog.getByText('Будет предложено 2 обращения с сайта').waitFor();
    expect(await dialog.getByLabel('Обоснование').inputValue()).toMatch(/^Обращения отклонены/);
    await look(page, found, 'candidates-dialog');
    await dialog.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await page.waitForURL(/#\/submission-destructions\/\d+\/show/);
    batchId = Number(/#\/submission-destructions\/(\d+)\/show/.exec(page.url())![1]);
    await page.getByText('Ожидает решения').first().waitFor();
    const table = page.getByRole('table', { name: 'Обращения с сайта в предложении' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    // An operator never decides.
    expect(await page.getByRole('button', { name: 'Утвердить и уничтожить' }).count()).toBe(0);
    await look(page, found, 'proposed');
    await page.context().close();
    expect(found).toEqual([]);
  }, 90_000);

  it('a compliance officer approves it; the one act’s PDF names both submitters', async () => {
    const page = await deskPage('compliance');
    const found: string[] = [];
    await page.goto(`${app.baseUrl}/#/submission-destructions`);
    await page.getByText('Ожидает решения').first().waitFor();
    await look(page, found, 'list');
    await page.goto(`${app.baseUrl}/#/submission-destructions/${batchId}/show`);
    await page.getByRole('button', { name: 'Утвердить и уничтожить' }).click();
    const dialog = page.getByRole('dialog', { name: `Утвердить уничтожение обращений № ${batchId}` });
    await dialog.getByText('Действие необратимо').waitFor();
    await dialog.getByText('Будет уничтожено 2 обращения с сайта').waitFor();
    await dialog.getByRole('checkbox', { name: 'Я понимаю, что уничтоженные данные нельзя восстановить' }).check();
    await look(page, found, 'approve-dialog');
    await dialog.getByRole('button', { name: 'Утвердить и уничтожить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const act = app.t.db.prepare("SELECT id, number FROM destruction_acts WHERE kind = 'submissions'").get() as {
      id: number;
      number: string;
    };
    // The card as it now is: both payloads gone.
    const table = page.getByRole('table', { name: 'Обращения с сайта в предложении' });
    await expect.poll(() => table.getByText('Уничтожены', { exact: true }).count()).toBe(2);
    await look(page, found, 'executed');
    await page.getByRole('link', { name: act.number }).first().click();
    await page.waitForURL(new RegExp(`#/destruction-acts/${act.id}/show`));
    const people = page.getByRole('table', { name: 'Уничтоженные обращения с сайта' });
    await people.getByText('Кондратьева Алла').waitFor();
    await people.getByText('Мельников Глеб').waitFor();
    await look(page, found, 'act');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать акт (PDF)' }).click(),
    ]);
    const text = pdfText(fs.readFileSync(await download.path())).replace(/\s+/g, ' ');
    expect(text).toContain('Акт об уничтожении персональных данных');
    expect(text).toContain(act.number);
    expect(text).toContain('Кондратьева');
    expect(text).toContain('Мельников');
    expect(text).not.toContain('Ястребова');
    expect(auditRows(app.t, "action = 'destruction_act.printed'")).toHaveLength(1);

    // The register says what the act covers, and leads to the batch.
    await page.goto(`${app.baseUrl}/#/destruction-acts`);
    await page.getByRole('link', { name: 'Обращения с сайта: 2' }).click();
    await page.waitForURL(new RegExp(`#/submission-destructions/${batchId}/show`));
    await page.goto(`${app.baseUrl}/#/destruction-acts`);
    await page.getByRole('link', { name: 'Обращения с сайта: 2' }).waitFor();
    await look(page, found, 'acts-register');
    await page.context().close();
    expect(found).toEqual([]);
  }, 90_000);

  it('the candidates list then leaves both out, while the third rejected submission still waits', async () => {
    const page = await deskPage('operator');
    const [first, second, third] = submissionIds as [number, number, number];
    await page.goto(`${app.baseUrl}/#/destruction-candidates`);
    await selectSubmission(page, third).waitFor();
    expect(await selectSubmission(page, first).count()).toBe(0);
    expect(await selectSubmission(page, second).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Предложение №/ }).count()).toBe(0);
    await page.context().close();
  }, 90_000);
});
