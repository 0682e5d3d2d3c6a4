// Destruction in the browser, the whole path: a withdrawal letter identified as its sender blocks the subject; an
// operator proposes the destruction from the letter's card (the counts per category shown first); a compliance
// officer approves it; the act's PDF downloads and its text carries the name, the categories, the reason and the
// date; the subject's card then says only that its data was destroyed, and its «История» that the details are gone.
// Each screen passes axe and has no sideways scroll at 1366 px, and is photographed into screenshots/.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/contract/index.js';
import { clinicDay } from '../../server/shared/clinicDate.js';
import type { RequestContext } from '../../server/shared/requestContext.js';
import { pageProblems, snap, useBrowserApp } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf.js';
import { auditRows, createStaff, publishDocuments } from '../helpers/testApp.js';

const REASON_TEXT = 'Субъект отозвал согласие письмом, иных оснований обработки нет';
const logins = {} as Record<Role, string>;
let subjectId: number;
let letterId: number;
let letterNumber: string;

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
  const { forms } = await publishDocuments(t);
  // Someone else, so that the subjects list is not empty once the sender's data is gone.
  await t.services.subjects.create(ctx, {
    last_name: 'Белова',
    first_name: 'Ирина',
    patronymic: 'Андреевна',
    sex: 'female',
    birth_date: '1990-07-01',
    phone: null,
    email: null,
    legal_rep_name: null,
    legal_rep_basis: null,
    medical_info: null,
  } as never);
  subjectId = (
    await t.services.subjects.create(ctx, {
      last_name: 'Воронцова',
      first_name: 'Елизавета',
      patronymic: 'Андреевна',
      sex: 'female',
      birth_date: '1984-05-19',
      phone: '+79167770011',
      email: 'e.vorontsova@example.ru',
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
    } as never)
  ).id;
  await t.services.consents.recordPaper(ctx, {
    subject_id: subjectId,
    consent_form_id: forms.medical_services,
    given_at: '2026-11-02',
    channel: 'paper',
    representative_name: null,
    representative_document: null,
  });
  const letter = await t.services.letters.register(ctx, {
    kind: 'withdrawal',
    received_on: clinicDay(new Date()),
    sender_name: 'Воронцова Елизавета Андреевна',
    sender_address: 'г. Москва, ул. Тверская, д. 7, кв. 3',
    registered_mail_number: null,
    summary: 'Отзываю согласие на обработку персональных данных',
  });
  await t.services.letters.identify(ctx, letter.id, {
    subject_id: subjectId,
    method: 'signature',
    note: 'Подпись сверена с согласием',
  });
  letterId = letter.id;
  letterNumber = letter.reg_number;
});

/** Checks the screen and takes its picture. */
async function look(page: Page, found: string[], name: string) {
  found.push(...(await pageProblems(page, name)));
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, `e2e-90-${name}`);
}

const deskPage = async (role: Role) => {
  const page = await app.signIn(logins[role]);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
};

describe('destroying a subject’s data in the browser', () => {
  let destructionId: number;

  it('an operator proposes it from the withdrawal letter, seeing what will go', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    expect(app.t.db.prepare('SELECT status FROM subjects WHERE id = ?').pluck().get(subjectId)).toBe('blocked');
    await page.goto(`${app.baseUrl}/#/letters/${letterId}/show`);
    await page.getByRole('button', { name: 'Предложить уничтожение' }).click();
    const dialog = page.getByRole('dialog', { name: 'Предложение об уничтожении данных субъекта' });
    await dialog.getByText(`По письму ${letterNumber}`).waitFor();
    // The counts per category, before anything is sent: the person's fields and the consent.
    await dialog.getByText('будет удалено: 1').first().waitFor();
    await dialog.getByLabel('Обоснование').fill(REASON_TEXT);
    await look(page, found, 'propose-dialog');
    await dialog.getByRole('button', { name: 'Отправить на утверждение' }).click();
    await page.waitForURL(/#\/destructions\/\d+\/show/);
    destructionId = Number(/#\/destructions\/(\d+)\/show/.exec(page.url())![1]);
    await page.getByText('Ожидает решения').first().waitFor();
    expect(app.t.db.prepare('SELECT letter_id, reason FROM destructions WHERE id = ?').get(destructionId)).toEqual({
      letter_id: letterId,
      reason: 'withdrawal',
    });
    // An operator never decides.
    expect(await page.getByRole('button', { name: 'Утвердить и уничтожить' }).count()).toBe(0);
    await look(page, found, 'proposed');
    await page.context().close();
    expect(found).toEqual([]);
  }, 90_000);

  it('a compliance officer approves it; the act’s PDF carries the name, categories, reason and date', async () => {
    const page = await deskPage('compliance');
    const found: string[] = [];
    await page.goto(`${app.baseUrl}/#/destructions`);
    await page.getByText('Ожидает решения').first().waitFor();
    await look(page, found, 'list');
    await page.goto(`${app.baseUrl}/#/destructions/${destructionId}/show`);
    await page.getByRole('button', { name: 'Утвердить и уничтожить' }).click();
    const dialog = page.getByRole('dialog', { name: `Утвердить уничтожение № ${destructionId}` });
    await dialog.getByText('Действие необратимо').waitFor();
    await dialog.getByLabel('Комментарий (необязательно)').fill('Проверено: иных оснований обработки нет');
    await dialog.getByRole('checkbox', { name: 'Я понимаю, что уничтоженные данные нельзя восстановить' }).check();
    await look(page, found, 'approve-dialog');
    await dialog.getByRole('button', { name: 'Утвердить и уничтожить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const act = app.t.db.prepare('SELECT id, number, destroyed_on FROM destruction_acts').get() as {
      id: number;
      number: string;
      destroyed_on: string;
    };
    expect(act.number).toMatch(/^АКТ-\d{4}-0001$/);
    await page.getByRole('link', { name: act.number }).first().click();
    await page.waitForURL(new RegExp(`#/destruction-acts/${act.id}/show`));
    await page.getByText('Воронцова Елизавета Андреевна').first().waitFor();
    await look(page, found, 'act');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать акт (PDF)' }).click(),
    ]);
    const text = pdfText(fs.readFileSync(await download.path())).replace(/\s+/g, ' ');
    expect(text).toContain('Акт об уничтожении персональных данных');
    expect(text).toContain(act.number);
    expect(text).toContain('Воронцова Елизавета Андреевна');
    expect(text).toContain('Отзыв согласия');
    expect(text).toContain(REASON_TEXT);
    expect(text).toContain(`вх. № ${letterNumber}`);
    expect(text).toContain('Идентификационные и контактные данные');
    expect(text).toContain('Сведения о согласиях');
    expect(text).toContain(act.destroyed_on.split('-').reverse().join('.'));
    expect(auditRows(app.t, "action = 'destruction_act.printed'")).toHaveLength(1);
    await page.context().close();
    expect(found).toEqual([]);
  }, 90_000);

  it('the subject’s card then says only that its data was destroyed', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    const act = app.t.db.prepare('SELECT number, destroyed_on FROM destruction_acts').get() as {
      number: string;
      destroyed_on: string;
    };
    await page.goto(`${app.baseUrl}/#/subjects/${subjectId}/show`);
    const day = act.destroyed_on.split('-').reverse().join('.');
    await page.getByText(`Данные уничтожены ${day}, акт № ${act.number}`).waitFor();
    expect(await page.getByText('Воронцова').count()).toBe(0);
    expect(await page.getByText('+7 916').count()).toBe(0);
    await look(page, found, 'destroyed-card');
    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByText('сведения уничтожены').first().waitFor();
    await look(page, found, 'destroyed-history');

    // Nothing to correct: the edit address leads back to the card.
    await page.goto(`${app.baseUrl}/#/subjects/${subjectId}`);
    await page.waitForURL(new RegExp(`#/subjects/${subjectId}/show`));

    // The list leaves the subject out, until asked for destroyed ones.
    await page.goto(`${app.baseUrl}/#/subjects`);
    await page.getByText('Белова Ирина Андреевна').waitFor();
    expect(await page.getByText('Данные уничтожены').count()).toBe(0);
    await page.goto(`${app.baseUrl}/#/subjects?filter=${encodeURIComponent(JSON.stringify({ status: 'destroyed' }))}`);
    await page.getByRole('cell', { name: 'Данные уничтожены' }).first().waitFor();
    await look(page, found, 'destroyed-list');
    await page.context().close();
    expect(found).toEqual([]);
  }, 90_000);
});
