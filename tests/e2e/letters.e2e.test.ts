// Letters in the browser: an operator registers a withdrawal letter with a scanned PDF, identifies its sender, and sees
// what identification did (the subject blocked with a banner naming the letter, its consents withdrawn, it gone from
// the marketing list, the destruction term on the dashboard); the compliance officer finds every step in the audit
// log; the administrator keeps the production calendar. Each new screen fits 1366×768 and passes axe.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/contract/index.js';
import type { RequestContext } from '../../server/shared/requestContext.js';
import { snap, useBrowserApp, settle, pageProblems } from '../helpers/browser.js';
import { makePdf, makePng } from '../helpers/files.js';
import { auditRows, createStaff, publishDocuments, type TestApp } from '../helpers/testApp.js';

// The letter's day of receipt, and the day its 30-calendar-day term ends, counted by hand on the production calendar
// of db/migrations/006_production_calendar_2025_2027.sql (Civil Code arts. 191 and 193):
//   01.12.2026 (Tue) + 30 calendar days = 31.12.2026 (Thu), a day off (the holiday of Sun 04.01.2026 moved there,
//   decree № 1466); 01.01–08.01.2027 are the New Year holidays (art. 112 of the Labour Code, 02.01 and 03.01 with
//   their days off moved to 05.11 and 31.12.2027); 09.01 and 10.01.2027 are a Saturday and a Sunday. The first
//   working day after 31.12.2026 is Monday 11.01.2027.
const RECEIVED_ON = '2026-12-01';
const RECEIVED_TYPED = '01122026';
const DUE_ON = '2027-01-11';
const DUE_SHOWN = '11.01.2027';

const SENDER = 'Соколова Ольга Викторовна';
const SCAN = 'Заявление Соколовой об отзыве согласия.pdf';

const logins = {} as Record<Role, string>;
let subjectId: number;
let correctionSubjectId: number;

const app = useBrowserApp(async (t) => {
  const staff = {} as Record<Role, Awaited<ReturnType<typeof createStaff>>>;
  for (const role of ['operator', 'compliance', 'admin'] as const) staff[role] = await createStaff(t, role);
  for (const role of ['operator', 'compliance', 'admin'] as const) logins[role] = staff[role].login;
  const ctx: RequestContext = {
    actor: { id: staff.operator.id, login: staff.operator.login, role: 'operator' },
    requestId: null,
    ip: '10.0.0.15',
  };
  const { forms } = await publishDocuments(t);
  const person = (over: Record<string, unknown>) =>
    t.services.subjects.create(ctx, {
      last_name: 'Соколова',
      first_name: 'Ольга',
      patronymic: 'Викторовна',
      sex: 'female',
      birth_date: '1978-02-14',
      phone: '+79161234567',
      email: 'o.sokolova@example.ru',
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
      ...over,
    } as never);
  const consent = (subject: number, purpose: keyof typeof forms) =>
    t.services.consents.recordPaper(ctx, {
      subject_id: subject,
      consent_form_id: forms[purpose],
      given_at: '2026-11-20',
      channel: 'paper',
      representative_name: null,
      representative_document: null,
    });

  // The sender, with consents to treatment and to mailings; a namesake whose first name differs, to choose from.
  subjectId = (await person({})).id;
  await consent(subjectId, 'medical_services');
  await consent(subjectId, 'marketing');
  await person({ first_name: 'Анна', patronymic: 'Петровна', birth_date: '1990-07-01', phone: '+79037654321' });
  // Another person on the marketing list, so that the list is not empty when the sender has left it.
  const other = (await person({ last_name: 'Белова', first_name: 'Ирина', patronymic: 'Андреевна' })).id;
  await consent(other, 'medical_services');
  await consent(other, 'marketing');

  await seedOtherLetters(t, ctx, other);
  // A correction request, identified: its subject is blocked for the check, and may be corrected under it.
  correctionSubjectId = (
    await person({ last_name: 'Лебедев', first_name: 'Олег', patronymic: 'Игоревич', sex: 'male', email: null })
  ).id;
  const correction = await t.services.letters.register(ctx, {
    kind: 'correction',
    received_on: '2026-11-26',
    sender_name: 'Лебедев Олег Игоревич',
    sender_address: 'г. Москва, ул. Лесная, д. 5, кв. 12',
    registered_mail_number: null,
    summary: 'Прошу исправить номер телефона',
  });
  await t.services.letters.identify(ctx, correction.id, {
    subject_id: correctionSubjectId,
    method: 'signature',
    note: 'Подпись сверена с согласием',
  });
});

/**
 * Letters of other kinds and states, so that the dashboard has something in each of its numbers: an access request
 * past its term, a stop-processing request near it, and access requests answered on time and late in earlier months
 * (the compliance officer's chart). Their states follow the real date the test runs on; only the screenshots show them.
 */
async function seedOtherLetters(t: TestApp, ctx: RequestContext, subject: number) {
  const letter = (kind: 'access' | 'stop_processing', received_on: string, sender_name: string) =>
    t.services.letters.register(ctx, {
      kind,
      received_on,
      sender_name,
      sender_address: 'г. Москва, ул. Садовая, д. 1',
      registered_mail_number: null,
      summary: null,
    });
  const answered = async (received_on: string, sent_on: string) => {
    const { id } = await letter('access', received_on, 'Белова Ирина Андреевна');
    await t.services.letters.identify(ctx, id, {
      subject_id: subject,
      method: 'matching_fields',
      fields_matched: ['last_name', 'first_name', 'patronymic'],
      note: 'Имя и адрес совпадают',
    });
    await t.services.letters.markAnswered(ctx, id, { out_number: `ИСХ-${id}`, sent_on });
  };
  await answered('2026-06-01', '2026-06-05');
  await answered('2026-08-03', '2026-08-28');
  await answered('2026-10-01', '2026-10-09');
  await letter('access', '2026-11-13', 'Кузнецов Пётр Ильич');
  // Identified, its reply not yet sent: the operator marks it answered and closes it.
  const pending = await letter('access', '2026-11-27', 'Белова Ирина Андреевна');
  await t.services.letters.identify(ctx, pending.id, {
    subject_id: subject,
    method: 'in_person',
    note: 'Пришла лично',
  });
  await letter('stop_processing', '2026-11-20', 'Морозова Светлана Юрьевна');
}

/** Checks the screen and takes its picture. */
async function look(page: Page, found: string[], name: string) {
  found.push(...(await pageProblems(page, name)));
  // From the top: react-admin's app bar slides away on scrolling, which a full-page picture shows out of place.
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, `e2e-70-${name}`);
}

const deskPage = async (role: Role) => {
  const page = await app.signIn(logins[role]);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
};

describe('letters in the browser', () => {
  it('operator registers a withdrawal with its scan, identifies the sender, and sees the subject blocked, its consents withdrawn, off the marketing list, and the term on the dashboard', async () => {
    const page = await deskPage('operator');
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 800)));
    page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text().slice(0, 500)));
    const found: string[] = [];
    // The first screen is the dashboard of the operator's own terms.
    await page.locator('main').getByRole('heading', { name: 'Сроки по обращениям', level: 1 }).waitFor();
    await look(page, found, 'dashboard-before');

    await page.goto(`${app.baseUrl}/#/letters`);
    await page.getByRole('columnheader', { name: 'Входящий номер' }).waitFor();
    await look(page, found, 'letters-list');

    await page.getByRole('link', { name: 'Создать' }).click();
    await page.waitForURL(/#\/letters\/create/);
    // The list stays on the page until the form (loaded on first visit) replaces it.
    await page.getByRole('button', { name: 'Сохранить' }).waitFor();
    await page.getByRole('combobox', { name: 'Вид обращения' }).click();
    await page.getByRole('option', { name: 'Отзыв согласия' }).click();
    await page.getByTestId('kind-terms').waitFor();
    await page.getByRole('group', { name: 'Дата получения' }).getByRole('spinbutton', { name: 'День' }).click();
    await page.keyboard.type(RECEIVED_TYPED);
    await page.getByRole('textbox', { name: /^Отправитель/ }).fill(SENDER);
    await page.getByLabel('Номер заказного письма').fill('80081234567890');
    await page.getByLabel('Адрес отправителя').fill('г. Москва, ул. Тверская, д. 10, кв. 5');
    await page.getByLabel('Суть обращения').fill('Отзываю согласие на обработку персональных данных');
    await page.locator('input[type="file"]').setInputFiles({
      name: SCAN,
      mimeType: 'application/pdf',
      buffer: makePdf('letters-e2e-scan'),
    });
    await page.getByText(SCAN).first().waitFor();
    await look(page, found, 'letter-create');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    // The card of the registered letter: its number, its term, its file.
    await page.waitForURL(/#\/letters\/\d+\/show/);
    const letterId = Number(/#\/letters\/(\d+)\/show/.exec(page.url())![1]);
    const stored = app.t.db.prepare('SELECT reg_number, received_on FROM letters WHERE id = ?').get(letterId) as {
      reg_number: string;
      received_on: string;
    };
    expect(stored.received_on).toBe(RECEIVED_ON);
    expect(stored.reg_number).toMatch(/^ВХ-2026-\d{5}$/);
    await expect.poll(() => page.locator('#react-admin-title').textContent()).toBe(`Письмо ${stored.reg_number}`);
    const attachment = page.getByRole('row', { name: new RegExp(SCAN) });
    await attachment.waitFor();
    await look(page, found, 'letter-registered');

    await attachment.getByRole('button', { name: `Просмотр: ${SCAN}` }).click();
    const preview = page.getByRole('dialog', { name: `Просмотр файла «${SCAN}»` });
    await preview.waitFor();
    await settle(page);
    await snap(page, 'e2e-70-letter-preview');
    await preview.getByRole('button', { name: 'Закрыть' }).click();
    await preview.waitFor({ state: 'hidden' });

    // Identify: the namesake with the same first name and patronymic is the first match, compared side by side.
    await page.getByRole('button', { name: 'Установить личность' }).click();
    const dialog = page.getByRole('dialog', { name: /Установить личность отправителя/ });
    const comparison = dialog.getByRole('table', { name: 'Сравнение письма и данных субъекта' });
    await comparison.waitFor();
    for (const field of ['last_name', 'first_name', 'patronymic']) {
      expect(await comparison.locator(`tr[data-field="${field}"]`).getAttribute('data-matched')).toBe('true');
    }
    expect(await comparison.locator('tr[data-field="birth_date"]').getAttribute('data-matched')).toBeNull();
    await dialog
      .getByRole('textbox', { name: 'Как установлена личность' })
      .fill('ФИО и адрес совпадают с данными субъекта, подпись сверена');
    // The dialog scrolls at 768 px: its picture from the top (the effect, the sender, the subject).
    await dialog.locator('.MuiDialogContent-root').evaluate((content) => content.scrollTo(0, 0));
    await settle(page);
    await look(page, found, 'identify-dialog');
    await dialog.getByRole('button', { name: 'Установить личность' }).click();
    await page.getByText('Личность отправителя установлена, обработка данных субъекта заблокирована').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Личность установлена').first().waitFor();
    const term = page.locator('[data-kind="destroy_after_withdrawal"]');
    await expect.poll(() => term.textContent()).toContain(DUE_SHOWN);
    await look(page, found, 'letter-identified');

    // In one transaction: blocked, consents withdrawn with the letter as their basis, off the marketing list, the term.
    expect(app.t.db.prepare('SELECT status FROM subjects WHERE id = ?').pluck().get(subjectId)).toBe('blocked');
    const consents = app.t.db
      .prepare('SELECT purpose, status, withdrawal_basis FROM consents WHERE subject_id = ? ORDER BY purpose')
      .all(subjectId) as { purpose: string; status: string; withdrawal_basis: string }[];
    expect(consents.map((c) => [c.purpose, c.status])).toEqual([
      ['marketing', 'withdrawn'],
      ['medical_services', 'withdrawn'],
    ]);
    for (const c of consents) expect(c.withdrawal_basis).toContain(stored.reg_number);
    const item = app.t.db
      .prepare('SELECT kind, subject_id, due_on FROM deadline_items WHERE letter_id = ?')
      .get(letterId) as { kind: string; subject_id: number; due_on: string };
    expect(item).toEqual({ kind: 'destroy_after_withdrawal', subject_id: subjectId, due_on: DUE_ON });
    // The server's own count agrees with the one made by hand above.
    const counted = await page.evaluate(
      async (from) => (await fetch(`/api/calendar/add?from=${from}&calendar_days=30`)).json(),
      RECEIVED_ON,
    );
    expect(counted).toEqual({ date: DUE_ON, calendar_incomplete: false });

    // The subject's card: blocked, with the banner naming the letter.
    await page.getByRole('link', { name: 'Соколова Ольга Викторовна' }).first().click();
    await page.waitForURL(new RegExp(`#/subjects/${subjectId}/show`));
    const banner = page.getByTestId('blocked-banner');
    await banner.getByRole('link', { name: stored.reg_number }).waitFor();
    expect(await banner.textContent()).toContain('Обработка данных субъекта заблокирована');
    await page.getByText('Заблокирован', { exact: true }).first().waitFor();
    // A withdrawal's block takes no correction: the card offers none.
    expect(await page.locator('main').getByRole('link', { name: 'Редактировать' }).count()).toBe(0);
    await look(page, found, 'subject-blocked');

    await page.getByRole('tab', { name: 'Согласия' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Отозвано/ }).count()).toBe(2);
    await look(page, found, 'subject-consents-withdrawn');

    // Gone from the marketing list; the other person stays on it.
    await page.goto(`${app.baseUrl}/#/marketing-list`);
    await page.getByRole('row', { name: /Белова/ }).waitFor();
    expect(await page.getByRole('row', { name: /Соколова/ }).count()).toBe(0);

    // The dashboard: the term among the next due, with its letter's number and the right date.
    await page.goto(`${app.baseUrl}/#/`);
    const next = page.getByTestId('dashboard-next-due');
    const row = next.getByRole('row', { name: new RegExp(stored.reg_number) });
    await row.waitFor();
    expect(await row.textContent()).toContain(DUE_SHOWN);
    expect(await row.textContent()).toContain('Уничтожить данные после отзыва согласия');
    await look(page, found, 'dashboard-after');

    // The deadlines list, opened from the dashboard's count of open terms.
    await page.getByTestId('dashboard-open').click();
    await page.waitForURL(/#\/deadlines/);
    await page.getByRole('columnheader', { name: 'Исполнитель' }).waitFor();
    await look(page, found, 'deadlines-list');
    await page.context().close();
    expect(found).toEqual([]);
  }, 120_000);

  it('operator corrects a subject blocked by a correction request under that letter, then lifts the block', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    await page.goto(`${app.baseUrl}/#/subjects/${correctionSubjectId}/show`);
    const banner = page.getByTestId('blocked-banner');
    await banner.getByRole('button', { name: 'Снять блокирование' }).waitFor();
    // Under a correction letter the card offers the correction form too.
    await page.locator('main').getByRole('link', { name: 'Редактировать' }).waitFor();
    await look(page, found, 'correction-banner');

    await banner.getByRole('button', { name: 'Уточнить по этому письму' }).click();
    await page.waitForURL(/#\/subjects\/\d+\?letter_id=\d+/);
    await page.getByLabel('Основание уточнения: требование субъекта').waitFor();
    await page.getByLabel('Телефон').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('8 916 555-44-33');
    await page.getByLabel('Причина уточнения').fill('Требование субъекта, номер подтверждён звонком');
    await look(page, found, 'correction-form');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Уточнение сохранено').waitFor();

    await page.getByTestId('blocked-banner').getByRole('button', { name: 'Снять блокирование' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Итог проверки').fill('Номер телефона исправлен по требованию');
    await dialog.getByRole('button', { name: 'Снять блокирование' }).click();
    await page.getByText('Блокирование снято').first().waitFor();
    await page.getByTestId('blocked-banner').waitFor({ state: 'detached' });
    await page.getByText('Активен', { exact: true }).first().waitFor();

    expect(app.t.db.prepare('SELECT status, phone FROM subjects WHERE id = ?').get(correctionSubjectId)).toEqual({
      status: 'active',
      phone: '+79165554433',
    });
    const corrected = auditRows(app.t, "action = 'subject.corrected' AND subject_id = ?", correctionSubjectId);
    expect(corrected).toHaveLength(1);
    expect(JSON.stringify(corrected[0].details)).toMatch(/letter/);
    expect(auditRows(app.t, "action = 'subject.unblocked' AND subject_id = ?", correctionSubjectId)).toHaveLength(1);
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('operator extends a stop-processing request once, and adds a photo of the envelope to it, seen in place', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    const letterId = app.t.db.prepare("SELECT id FROM letters WHERE kind = 'stop_processing'").pluck().get() as number;
    await page.goto(`${app.baseUrl}/#/letters/${letterId}/show`);
    await page.getByRole('button', { name: 'Продлить срок' }).click();
    const dialog = page.getByRole('dialog', { name: 'Продлить срок ответа на 5 рабочих дней' });
    await dialog.getByLabel('Причина продления').fill('Нужны сведения из архива филиала');
    await look(page, found, 'extend-dialog');
    await dialog.getByRole('button', { name: 'Продлить' }).click();
    await page.getByText('Срок продлён на 5 рабочих дней').first().waitFor();
    // Once only: the button is gone, and the term shows its new date with the old one under it.
    await expect.poll(() => page.getByRole('button', { name: 'Продлить срок' }).count()).toBe(0);
    const item = app.t.db
      .prepare('SELECT due_on, extended_due_on FROM deadline_items WHERE letter_id = ?')
      .get(letterId) as { due_on: string; extended_due_on: string };
    expect(item.extended_due_on > item.due_on).toBe(true);
    await page
      .locator('[data-kind="stop_processing"]')
      .getByText(/продлён, был/)
      .waitFor();

    await page.getByRole('link', { name: 'Редактировать' }).click();
    await page.waitForURL(new RegExp(`#/letters/${letterId}$`));
    await page.getByRole('button', { name: 'Сохранить' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'Конверт.png',
      mimeType: 'image/png',
      buffer: makePng(),
    });
    await look(page, found, 'letter-edit');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(new RegExp(`#/letters/${letterId}/show`));
    const row = page.getByRole('row', { name: /Конверт\.png/ });
    await row.getByRole('button', { name: 'Просмотр: Конверт.png' }).click();
    const preview = page.getByRole('dialog', { name: 'Просмотр файла «Конверт.png»' });
    await preview.getByRole('img', { name: 'Просмотр файла «Конверт.png»' }).waitFor();
    expect(await preview.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
      16,
    );
    await look(page, found, 'image-preview');
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('operator marks an identified access request answered with the outgoing number and day, then closes it', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    const letterId = app.t.db
      .prepare("SELECT id FROM letters WHERE kind = 'access' AND status = 'identified'")
      .pluck()
      .get() as number;
    await page.goto(`${app.baseUrl}/#/letters/${letterId}/show`);
    await page.getByRole('button', { name: 'Ответ отправлен без PD Desk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отметить отправку ответа' });
    await dialog.getByLabel('Исходящий номер ответа').fill('ИСХ-2026-118');
    // The day of sending is today unless changed; the picker holds it as ДД.ММ.ГГГГ.
    await expect
      .poll(() => dialog.getByRole('group', { name: 'Дата отправки ответа' }).textContent())
      .toMatch(/\d{2}\.\d{2}\.\d{4}/);
    await look(page, found, 'mark-answered-dialog');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Отправка ответа отмечена').first().waitFor();
    await page.locator('[data-kind="answer_access_request"]').getByText('Выполнен в срок').waitFor();
    await page.getByRole('button', { name: 'Закрыть письмо' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByText('Письмо закрыто').first().waitFor();
    await look(page, found, 'letter-closed');
    expect(app.t.db.prepare('SELECT status, answered_out_number FROM letters WHERE id = ?').get(letterId)).toEqual({
      status: 'closed',
      answered_out_number: 'ИСХ-2026-118',
    });
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('at 1024 px (a tablet) the letters and the terms are lists of two lines a record, and nothing scrolls sideways', async () => {
    const page = await app.signIn(logins.operator);
    await page.setViewportSize({ width: 1024, height: 768 });
    const found: string[] = [];
    await page.locator('main').getByRole('heading', { name: 'Сроки по обращениям', level: 1 }).waitFor();
    await look(page, found, 'narrow-dashboard');
    await page.goto(`${app.baseUrl}/#/letters`);
    await page.locator('main .MuiListItemButton-root').first().waitFor();
    await look(page, found, 'narrow-letters-list');
    await page.locator('main .MuiListItemButton-root').first().click();
    await page.waitForURL(/#\/letters\/\d+\/show/);
    await page.getByRole('table', { name: 'Сроки по 152-ФЗ' }).waitFor();
    await look(page, found, 'narrow-letter-show');
    await page.goto(`${app.baseUrl}/#/deadlines`);
    await page.locator('main .MuiListItemButton-root').first().waitFor();
    await look(page, found, 'narrow-deadlines-list');
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('compliance finds every step of the withdrawal in the audit log, and sees the terms of all staff with the late ones by month', async () => {
    const page = await deskPage('compliance');
    const found: string[] = [];
    await page.getByTestId('closed-chart').waitFor();
    await look(page, found, 'dashboard-compliance');

    const steps = [
      ['letter.registered', 'Письмо зарегистрировано'],
      ['letter.attachment_added', 'Файл приложен к письму'],
      ['letter.identified', 'Отправитель письма установлен'],
      ['subject.blocked', 'Обработка заблокирована'],
      ['consent.withdrawn', 'Согласие отозвано'],
      ['deadline.opened', 'Срок открыт'],
    ] as const;
    for (const [action, label] of steps) {
      await page.goto(`${app.baseUrl}/#/audit-log?filter=${encodeURIComponent(JSON.stringify({ action }))}`);
      await expect
        .poll(() => page.getByRole('row').filter({ hasText: label }).filter({ hasText: logins.operator }).count())
        .toBeGreaterThan(0);
    }
    await snap(page, 'e2e-70-audit-log');
    // The letter's own steps in order, each once.
    const letterId = app.t.db.prepare("SELECT id FROM letters WHERE kind = 'withdrawal'").pluck().get() as number;
    const own = auditRows(app.t, "entity_type = 'letter' AND entity_id = ?", String(letterId)).map((r) => r.action);
    expect(own.filter((a) => a !== 'letter.viewed')).toEqual(['letter.registered', 'letter.identified']);
    // The scan's upload is the attachment's own entry, naming the letter as its owner.
    const added = auditRows(app.t, "action = 'letter.attachment_added'");
    expect(added.map((r) => JSON.parse(r.details))).toContainEqual(
      expect.objectContaining({ owner_type: 'letter', owner_id: letterId, media_type: 'application/pdf' }),
    );
    expect(auditRows(app.t, "action = 'subject.blocked' AND subject_id = ?", subjectId)).toHaveLength(1);
    expect(auditRows(app.t, "action = 'consent.withdrawn' AND subject_id = ?", subjectId)).toHaveLength(2);
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('admin sees the terms of all staff without the chart and keeps the production calendar', async () => {
    const page = await deskPage('admin');
    const found: string[] = [];
    await page.locator('main').getByRole('heading', { name: 'Сроки по обращениям', level: 1 }).waitFor();
    await page.getByTestId('dashboard-next-due').waitFor();
    expect(await page.getByTestId('closed-chart').count()).toBe(0);
    await look(page, found, 'dashboard-admin');

    await page.goto(`${app.baseUrl}/#/calendar`);
    await page.getByTestId('calendar-year-2027').waitFor();
    await look(page, found, 'calendar-list');
    await page.getByRole('link', { name: 'Создать' }).click();
    await page.waitForURL(/#\/calendar\/create/);
    await page.getByRole('group', { name: 'Дата' }).getByRole('spinbutton', { name: 'День' }).click();
    await page.keyboard.type('15062027');
    await page.getByLabel('Вид дня').click();
    await page.getByRole('option', { name: 'Нерабочий праздничный день' }).click();
    await page.getByLabel('Примечание').fill('Проверка: день, добавленный администратором');
    await look(page, found, 'calendar-create');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('День добавлен; открытые сроки пересчитаны').first().waitFor();
    expect(app.t.db.prepare("SELECT kind FROM calendar_days WHERE date = '2027-06-15'").pluck().get()).toBe('holiday');
    expect(auditRows(app.t, "action = 'calendar.changed'").length).toBeGreaterThan(0);
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);
});
