// Replies in the browser: an operator identifies the sender of a withdrawal letter, prepares the withdrawal_done reply
// from the letter's card, edits its Markdown beside the live preview, sends it (numbered ИСХ-…, the letter answered,
// the destruction term left running), downloads the PDF and opens the print-ready view; then answers an access
// request with its report, which closes the answer term. Each new screen is checked with axe and for sideways scroll
// at 1366 and 1024 px, and photographed for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../server/shared/requestContext.js';
import { clinicDay } from '../../server/shared/clinicDate.js';
import { snap, useBrowserApp, settle, pageProblems } from '../helpers/browser.js';
import { pdfFirstPagePng, pdfText } from '../helpers/pdf.js';
import { createStaff, publishDocuments } from '../helpers/testApp.js';

const SENDER = 'Захарова Елена Сергеевна';

let operatorLogin = '';
let withdrawalId = 0;
let accessId = 0;
let subjectId = 0;

const app = useBrowserApp(async (t) => {
  const operator = await createStaff(t, 'operator');
  operatorLogin = operator.login;
  const ctx: RequestContext = {
    actor: { id: operator.id, login: operator.login, role: 'operator' },
    requestId: null,
    ip: null,
  };
  const current = t.services.settings.current();
  await t.services.settings.update(ctx, {
    ...current,
    inn: '7714000000',
    ogrn: '1027700000000',
    responsible_name: 'Сидорова Анна Петровна',
    responsible_position: 'Ответственный за организацию обработки ПДн',
    signer_name: 'Иванов Иван Иванович',
    signer_position: 'Генеральный директор',
  });
  const { forms } = await publishDocuments(t);
  subjectId = (
    await t.services.subjects.create(ctx, {
      last_name: 'Захарова',
      first_name: 'Елена',
      patronymic: 'Сергеевна',
      sex: 'female',
      birth_date: '1982-05-17',
      phone: '+79165550101',
      email: 'e.zakharova@example.ru',
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
    } as never)
  ).id;
  await t.services.consents.recordPaper(ctx, {
    subject_id: subjectId,
    consent_form_id: forms.medical_services,
    given_at: '2025-11-20',
    channel: 'paper',
    representative_name: null,
    representative_document: null,
  });
  const today = clinicDay(new Date(t.clock.now));
  const letter = (kind: 'withdrawal' | 'access') =>
    t.services.letters.register(ctx, {
      kind,
      received_on: today,
      sender_name: SENDER,
      sender_address: '603000, г. Нижний Новгород, ул. Большая Покровская, д. 12, кв. 3',
      registered_mail_number: null,
      summary: null,
    });
  withdrawalId = (await letter('withdrawal')).id;
  accessId = (await letter('access')).id;
  await t.services.letters.identify(ctx, accessId, {
    subject_id: subjectId,
    method: 'in_person',
    note: 'Пришла лично',
  });
});

/** Axe (serious and critical) and sideways scroll at 1366 and then 1024 px; a picture at each width. */
async function look(page: Page, found: string[], name: string) {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    found.push(...(await pageProblems(page, `${name} ${width}`)));
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, `e2e-85-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

const row = (t: typeof app.t, sql: string, ...params: unknown[]) =>
  t.db.prepare(sql).get(...params) as Record<string, any>;

describe('replies in the browser', () => {
  it('withdrawal: identify, prepare the reply, edit, send; the letter is answered and the PDF downloads', async () => {
    const page = await app.signIn(operatorLogin);
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
    const found: string[] = [];
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.baseUrl}/#/letters/${withdrawalId}/show`);

    await page.getByRole('button', { name: 'Установить личность' }).click();
    const identify = page.getByRole('dialog', { name: /Установить личность отправителя/ });
    await identify.getByRole('textbox', { name: 'Как установлена личность' }).fill('ФИО и подпись совпадают');
    await identify.getByRole('button', { name: 'Установить личность' }).click();
    await identify.waitFor({ state: 'hidden' });
    await page.getByText('Личность установлена').first().waitFor();
    await page.getByText('Ответов пока нет').waitFor();

    await page.getByRole('button', { name: 'Подготовить ответ' }).click();
    const prepare = page.getByRole('dialog', { name: 'Подготовить ответ' });
    await prepare.getByRole('combobox', { name: 'Вид ответа' }).waitFor();
    expect(await prepare.getByRole('combobox', { name: 'Вид ответа' }).textContent()).toContain(
      'Обработка прекращена после отзыва согласия',
    );
    await look(page, found, 'prepare-dialog');
    await prepare.getByRole('button', { name: 'Составить проект' }).click();

    // The draft opens for editing: Markdown on the left, the preview beside it.
    await page.waitForURL(/#\/replies\/\d+$/);
    const replyId = Number(/#\/replies\/(\d+)$/.exec(page.url())![1]);
    const text = page.getByRole('textbox', { name: 'Текст ответа' });
    await expect.poll(async () => text.inputValue()).toContain('Уважаемая Елена Сергеевна!');
    await text.press('Control+End');
    await text.pressSequentially('\n\nРассылки в Ваш адрес **прекращены**.');
    const preview = page.getByRole('region', { name: 'Предпросмотр' });
    await preview.locator('strong', { hasText: 'прекращены' }).waitFor();
    await look(page, found, 'reply-edit');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Текст проекта сохранён').first().waitFor();

    await page.waitForURL(new RegExp(`#/replies/${replyId}/show`));
    await page.getByRole('button', { name: 'Отправить' }).waitFor();
    await page.locator('main p', { hasText: 'Рассылки в Ваш адрес' }).waitFor();
    await look(page, found, 'reply-draft-show');

    await page.getByRole('button', { name: 'Отправить' }).click();
    const send = page.getByRole('dialog', { name: 'Отправить ответ' });
    await send.getByRole('textbox', { name: 'Почтовый идентификатор' }).fill('60300012345678');
    await look(page, found, 'send-dialog');
    await send.getByRole('button', { name: 'Отправить' }).click();
    await send.waitFor({ state: 'hidden' });
    await page
      .getByText(/Ответ отправлен: ИСХ-\d{4}-00001/)
      .first()
      .waitFor();

    const reply = row(app.t, 'SELECT status, out_number, channel FROM replies WHERE id = ?', replyId);
    expect(reply).toMatchObject({ status: 'sent', channel: 'post' });
    expect(reply.out_number).toMatch(/^ИСХ-\d{4}-00001$/);
    const letter = row(app.t, 'SELECT status, answered_out_number FROM letters WHERE id = ?', withdrawalId);
    expect(letter).toEqual({ status: 'answered', answered_out_number: reply.out_number });
    // The destruction after the withdrawal is a later step: its term stays open.
    expect(row(app.t, 'SELECT closed_on FROM deadline_items WHERE letter_id = ?', withdrawalId).closed_on).toBeNull();
    // Sent: no edit, no second send.
    await page.locator('main').getByText(reply.out_number).first().waitFor();
    expect(await page.getByRole('link', { name: 'Редактировать' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Отправить' }).count()).toBe(0);
    await look(page, found, 'reply-sent-show');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${reply.out_number}.pdf`);
    const pdf = fs.readFileSync((await download.path())!);
    const pdfWords = pdfText(pdf).replace(/\s+/g, ' ');
    expect(pdfWords).toContain(`Исх. № ${reply.out_number}`);
    expect(pdfWords).toContain('Рассылки в Ваш адрес прекращены.');
    expect(pdfWords).toContain('И. И. Иванов');
    pdfFirstPagePng(pdf, path.resolve('screenshots', 'e2e-85-reply-downloaded-pdf'));

    await page.getByRole('link', { name: 'Печать' }).click();
    await page.waitForURL(new RegExp(`#/replies/${replyId}/print`));
    const sheet = page.getByRole('article', { name: /О прекращении обработки/ });
    await sheet.getByText(`Исх. № ${reply.out_number}`).waitFor();
    await look(page, found, 'reply-print');
    await page.emulateMedia({ media: 'print' });
    await snap(page, 'e2e-85-reply-print-media');
    expect(await page.getByRole('menuitem').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The letter's card: answered, its reply listed with the number.
    await page.goto(`${app.baseUrl}/#/letters/${withdrawalId}/show`);
    await page.getByRole('row', { name: new RegExp(reply.out_number) }).waitFor();
    await page.getByText('Ответ отправлен').first().waitFor();
    expect(await page.getByRole('button', { name: 'Подготовить ответ' }).count()).toBe(0);
    await look(page, found, 'letter-answered');

    await page.goto(`${app.baseUrl}/#/replies`);
    await page.getByRole('row', { name: new RegExp(reply.out_number) }).waitFor();
    await look(page, found, 'replies-list');
    await page.context().close();
    expect(found).toEqual([]);
  }, 180_000);

  it('access request: the report reply sent from the card closes the answer term', async () => {
    const page = await app.signIn(operatorLogin);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${app.baseUrl}/#/letters/${accessId}/show`);
    await page.getByRole('button', { name: 'Подготовить ответ' }).click();
    const prepare = page.getByRole('dialog', { name: 'Подготовить ответ' });
    await prepare.getByRole('combobox', { name: 'Вид ответа' }).click();
    // What fits an identified access request.
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual(['Сведения об обработке ПДн', 'Уведомление о продлении срока', 'Мотивированный отказ']);
    await page.getByRole('option', { name: 'Сведения об обработке ПДн' }).click();
    await prepare.getByRole('button', { name: 'Составить проект' }).click();
    await page.waitForURL(/#\/replies\/\d+$/);
    const replyId = Number(/#\/replies\/(\d+)$/.exec(page.url())![1]);
    await page.goto(`${app.baseUrl}/#/replies/${replyId}/show`);
    await page.getByRole('button', { name: 'Отправить' }).click();
    const send = page.getByRole('dialog', { name: 'Отправить ответ' });
    await send.getByRole('button', { name: 'Отправить' }).click();
    await page
      .getByText(/Ответ отправлен: ИСХ-\d{4}-\d{5}/)
      .first()
      .waitFor();
    const item = row(app.t, 'SELECT closed_on, close_reason FROM deadline_items WHERE letter_id = ?', accessId);
    expect(item.closed_on).toBe(clinicDay(new Date(app.t.clock.now)));
    expect(item.close_reason).toBe('fulfilled');
    expect(row(app.t, 'SELECT status FROM letters WHERE id = ?', accessId).status).toBe('answered');
    // The print view shows the report after the reply.
    await page.getByRole('link', { name: 'Печать' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await settle(page);
    await snap(page, 'e2e-85-access-reply-print');
    await page.context().close();
  }, 120_000);
});
