// Requests from authorities in the browser: an operator registers a court's request about a patient with its scan, the
// compliance officer approves fewer categories than were asked for, the operator records the disclosure, and the
// patient's «История» shows it. Each screen is checked at 1366 and 1024 px (no sideways scroll, no serious axe
// finding) and photographed into screenshots/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../server/contract/index.js';
import { registerDisclosureBody } from '../../server/disclosures/disclosures.schema.js';
import { clinicDay } from '../../server/shared/clinicDate.js';
import type { RequestContext } from '../../server/shared/requestContext.js';
import { snap, useBrowserApp, pageProblems } from '../helpers/browser.js';
import { makePdf } from '../helpers/files.js';
import { auditRows, createStaff } from '../helpers/testApp.js';

// Days in the past of any day the suite runs on (the browser's today is the real one).
const DOCUMENT_TYPED = '20112026';
const RECEIVED_TYPED = '24112026';
const NUMBER = '2-555/2026';
const SCAN = 'Запрос суда № 2-555.pdf';
const ANSWER = 'Ответ в суд, копия.pdf';

const logins = {} as Record<Role, string>;
let subjectId: number;
let operatorId: number;

const operatorContext = (): RequestContext => ({
  actor: { id: operatorId, login: logins.operator, role: 'operator' },
  requestId: null,
  ip: null,
});

const app = useBrowserApp(async (t) => {
  for (const role of ['operator', 'compliance', 'admin'] as const) logins[role] = (await createStaff(t, role)).login;
  operatorId = t.db.prepare('SELECT id FROM staff WHERE login = ?').pluck().get(logins.operator) as number;
  const ctx = operatorContext();
  const person = (over: Record<string, unknown>) =>
    t.services.subjects.create(ctx, {
      last_name: 'Соколова',
      first_name: 'Ольга',
      patronymic: 'Викторовна',
      sex: 'female',
      birth_date: '1978-02-14',
      phone: '+79161234567',
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
      ...over,
    } as never);
  subjectId = (await person({})).id;
  await person({ last_name: 'Белова', first_name: 'Ирина', patronymic: 'Андреевна', birth_date: '1990-07-01' });
});

/** Checks the screen and takes its picture. */
async function look(page: Page, found: string[], name: string) {
  found.push(...(await pageProblems(page, name)));
  await page.evaluate(() => window.scrollTo(0, 0));
  await snap(page, `e2e-80-${name}`);
}

const deskPage = async (role: Role, width = 1366) => {
  const page = await app.signIn(logins[role]);
  await page.setViewportSize({ width, height: 768 });
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  return page;
};

const typeDay = async (page: Page, label: string, digits: string) => {
  await page.getByRole('group', { name: label }).getByRole('spinbutton', { name: 'День' }).click();
  await page.keyboard.type(digits);
};

describe('requests from authorities in the browser', () => {
  let disclosureId: number;

  it('operator registers a court’s request about a patient, with its scan', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    await page.goto(`${app.baseUrl}/#/disclosures`);
    await page.getByText('Запросов госорганов нет').waitFor();
    await page.getByRole('link', { name: 'Создать' }).first().click();
    await page.waitForURL(/#\/disclosures\/create/);
    await page.getByRole('button', { name: 'Сохранить' }).waitFor();

    await page.getByRole('combobox', { name: 'Орган' }).click();
    await page.getByRole('option', { name: 'Суд' }).click();
    await page.getByRole('textbox', { name: 'Наименование органа' }).fill('Хамовнический районный суд г. Москвы');
    await page.getByRole('textbox', { name: 'Должностное лицо' }).fill('Судья Кузнецова А. В.');
    await page.getByRole('textbox', { name: 'Номер запроса' }).fill(NUMBER);
    await typeDay(page, 'Дата запроса', DOCUMENT_TYPED);
    await page.getByRole('textbox', { name: 'Номер дела' }).fill(NUMBER);
    await typeDay(page, 'Дата получения', RECEIVED_TYPED);
    // The basis from the suggestions, with one click.
    await page.getByRole('button', { name: 'Добавить «ч. 4 ст. 13 323-ФЗ» к основанию' }).click();
    expect(await page.getByRole('textbox', { name: 'Правовое основание' }).inputValue()).toBe('ч. 4 ст. 13 323-ФЗ');

    const subjects = page.getByRole('combobox', { name: 'Субъекты ПДн' });
    await subjects.click();
    await subjects.fill('Соколова');
    await page.getByRole('option', { name: /Соколова Ольга Викторовна/ }).click();
    for (const category of ['Идентификационные данные', 'Контактные данные', 'Медицинские сведения']) {
      await page.getByRole('checkbox', { name: category }).check();
    }
    await page.locator('input[type="file"]').setInputFiles({
      name: SCAN,
      mimeType: 'application/pdf',
      buffer: makePdf('disclosures-e2e-scan'),
    });
    await page.getByText(SCAN).first().waitFor();
    await look(page, found, 'create');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    await page.waitForURL(/#\/disclosures\/\d+\/show/);
    disclosureId = Number(/#\/disclosures\/(\d+)\/show/.exec(page.url())![1]);
    await expect.poll(() => page.locator('#react-admin-title').textContent()).toBe(`Запрос № ${NUMBER}`);
    await page.getByRole('row', { name: new RegExp(SCAN) }).waitFor();
    await page.getByRole('link', { name: 'Соколова Ольга Викторовна' }).waitFor();
    const stored = app.t.db.prepare('SELECT * FROM disclosures WHERE id = ?').get(disclosureId) as Record<string, any>;
    expect(stored).toMatchObject({
      body_type: 'court',
      document_date: '2026-11-20',
      received_on: '2026-11-24',
      legal_basis: 'ч. 4 ст. 13 323-ФЗ',
      categories_requested: '["identity","contacts","medical"]',
      status: 'registered',
    });
    // An operator does not decide.
    expect(await page.getByRole('button', { name: 'Утвердить' }).count()).toBe(0);
    await look(page, found, 'registered');
    await page.context().close();
    expect(found).toEqual([]);
  }, 90_000);

  it('compliance approves fewer categories than asked for', async () => {
    const page = await deskPage('compliance');
    const found: string[] = [];
    await page.goto(`${app.baseUrl}/#/disclosures/${disclosureId}/show`);
    await page.getByRole('button', { name: 'Утвердить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Утвердить предоставление сведений' });
    // Prefilled with what was asked for; the contacts are not given.
    for (const category of ['Идентификационные данные', 'Контактные данные', 'Медицинские сведения']) {
      expect(await dialog.getByRole('checkbox', { name: category }).isChecked()).toBe(true);
    }
    await dialog.getByRole('checkbox', { name: 'Контактные данные' }).uncheck();
    await dialog.getByLabel('Комментарий (необязательно)').fill('Запрос подписан судьёй, дело в производстве');
    await look(page, found, 'approve-dialog');
    await dialog.getByRole('button', { name: 'Утвердить' }).click();
    await page.getByText('Предоставление сведений утверждено').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Утверждён', { exact: true }).first().waitFor();
    expect(app.t.db.prepare('SELECT categories_approved FROM disclosures WHERE id = ?').pluck().get(disclosureId)).toBe(
      '["identity","medical"]',
    );
    await look(page, found, 'approved');
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('operator records the disclosure, and the patient’s «История» shows it', async () => {
    const page = await deskPage('operator');
    const found: string[] = [];
    await page.goto(`${app.baseUrl}/#/disclosures/${disclosureId}/show`);
    await page.getByRole('button', { name: 'Отметить предоставление' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отметить предоставление сведений' });
    await dialog.getByRole('combobox', { name: 'Способ передачи' }).click();
    await page.getByRole('option', { name: 'Курьером' }).click();
    await dialog.getByLabel('Исходящий номер или номер отправления').fill('ИСХ-2026-301');
    await dialog.getByLabel('Что предоставлено').fill('Выписка из медицинской карты на 3 листах, копия паспорта');
    await look(page, found, 'disclose-dialog');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Предоставление сведений отмечено').first().waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Выписка из медицинской карты на 3 листах, копия паспорта').waitFor();
    expect(auditRows(app.t, "action = 'disclosure.made'").map((e) => e.subject_id)).toEqual([subjectId]);

    // The copy of the answer, added to the request afterwards, beside its scan.
    await page.getByRole('button', { name: 'Приложить файл' }).click();
    const attach = page.getByRole('dialog', { name: 'Приложить файл' });
    await attach.locator('input[type="file"]').setInputFiles({
      name: ANSWER,
      mimeType: 'application/pdf',
      buffer: makePdf('disclosures-e2e-answer'),
    });
    await attach.getByText(ANSWER).first().waitFor();
    await look(page, found, 'attach-dialog');
    await attach.getByRole('button', { name: 'Приложить' }).click();
    await page.getByText('Файл приложен').first().waitFor();
    await attach.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: new RegExp(ANSWER) }).waitFor();
    expect(auditRows(app.t, "action = 'disclosure.attachment_added'")).toHaveLength(2);
    await look(page, found, 'disclosed');

    await page.getByRole('link', { name: 'Соколова Ольга Викторовна' }).click();
    await page.waitForURL(new RegExp(`#/subjects/${subjectId}/show`));
    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByRole('row', { name: /Сведения предоставлены госоргану/ }).waitFor();
    await look(page, found, 'subject-history');

    await page.goto(`${app.baseUrl}/#/disclosures`);
    await page.getByRole('columnheader', { name: 'Номер запроса' }).waitFor();
    await look(page, found, 'list');
    await page.context().close();
    expect(found).toEqual([]);
  }, 60_000);

  it('shows the authorities’ deadlines near and past, and fits 1366 and 1024 px: list, card, decision', async () => {
    // Days around the server's today: Roskomnadzor's request of a month ago (its 10 working days long past) and a
    // court's whose own term ends tomorrow (within the "due soon" window).
    const today = clinicDay(new Date(app.t.clock.now));
    const daysFrom = (n: number) => clinicDay(new Date(app.t.clock.now + n * 86_400_000));
    const ctx = operatorContext();
    const late = await app.t.services.disclosures.register(
      ctx,
      registerDisclosureBody.parse({
        body_type: 'roskomnadzor',
        body_name: 'Управление Роскомнадзора по Центральному федеральному округу',
        official: 'Заместитель руководителя Орлов С. П.',
        document_number: '08-12345',
        document_date: daysFrom(-31),
        legal_basis: 'ч. 4 ст. 20 152-ФЗ',
        received_on: daysFrom(-30),
        subject_ids: [subjectId],
        categories_requested: ['consents', 'correspondence'],
      }),
    );
    const soon = await app.t.services.disclosures.register(
      ctx,
      registerDisclosureBody.parse({
        body_type: 'investigative_committee',
        body_name: 'Следственный отдел по Хамовническому району',
        official: 'Следователь Петров И. И.',
        document_number: '12-3/45',
        document_date: today,
        legal_basis: 'ч. 4 ст. 13 323-ФЗ',
        case_number: '12402450001000123',
        received_on: today,
        due_on: daysFrom(1),
        subject_ids: [subjectId],
        categories_requested: ['identity', 'medical'],
      }),
    );
    expect(late.due_state).toBe('overdue');
    expect(soon.due_state).toBe('due_soon');

    const found: string[] = [];
    const wide = await deskPage('operator');
    await wide.goto(`${app.baseUrl}/#/disclosures`);
    await wide.locator('[data-state="overdue"]').waitFor();
    await wide.locator('[data-state="due_soon"]').waitFor();
    await look(wide, found, 'list-due');
    await wide.context().close();

    const operator = await deskPage('operator', 1024);
    await operator.goto(`${app.baseUrl}/#/disclosures`);
    await operator.getByText(`№ ${NUMBER} от 20.11.2026`).first().waitFor();
    await operator.getByText('просрочен', { exact: false }).first().waitFor();
    await look(operator, found, 'list-1024');
    await operator.goto(`${app.baseUrl}/#/disclosures/${disclosureId}/show`);
    await operator.getByRole('row', { name: new RegExp(SCAN) }).waitFor();
    await look(operator, found, 'disclosed-1024');
    await operator.goto(`${app.baseUrl}/#/disclosures/create`);
    await operator.getByRole('button', { name: 'Сохранить' }).waitFor();
    await look(operator, found, 'create-1024');
    await operator.context().close();

    const compliance = await deskPage('compliance', 1024);
    await compliance.goto(`${app.baseUrl}/#/disclosures/${soon.id}/show`);
    await compliance.getByRole('button', { name: 'Утвердить' }).click();
    await compliance.getByRole('dialog', { name: 'Утвердить предоставление сведений' }).waitFor();
    await look(compliance, found, 'approve-dialog-1024');
    await compliance.getByRole('button', { name: 'Отмена' }).click();
    await compliance.getByRole('dialog').waitFor({ state: 'hidden' });
    await compliance.getByRole('button', { name: 'Отказать' }).click();
    await compliance.getByRole('dialog', { name: 'Отказать в предоставлении сведений' }).waitFor();
    await look(compliance, found, 'refuse-dialog-1024');
    await compliance.context().close();
    expect(found).toEqual([]);
  }, 90_000);
});
