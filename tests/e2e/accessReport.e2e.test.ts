import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { createStaff, publishDocuments } from '../helpers/testApp.js';
import { snap, useBrowserApp } from '../helpers/browser.js';
import { pdfText } from '../helpers/pdf.js';
import { systemContext } from '../../server/shared/requestContext.js';

let operatorLogin: string;
let subjectId: number;
const MEDICAL = 'Гипертоническая болезнь II ст. (маркер E2E-5120)';

const app = useBrowserApp(async (t) => {
  operatorLogin = (await createStaff(t, 'operator')).login;
  const docs = await publishDocuments(t);
  const ctx = systemContext();
  const person = (patronymic: string, phone: string, medical_info: string | null) =>
    t.services.subjects.create(ctx, {
      last_name: 'Иванова',
      first_name: 'Мария',
      patronymic,
      sex: 'female',
      birth_date: patronymic === 'Петровна' ? '1990-03-07' : '1988-11-23',
      phone,
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info,
    });
  subjectId = (await person('Петровна', '+79161112233', MEDICAL)).id;
  await person('Павловна', '+79035556677', null);
  await t.services.consents.recordPaper(ctx, {
    subject_id: subjectId,
    consent_form_id: docs.forms.medical_services,
    given_at: '2026-11-20',
    channel: 'paper',
    representative_name: null,
    representative_document: null,
  });
});

describe('the access report in the browser', () => {
  it('an operator opens it from the card, sees every section, ticks in the medical information and downloads the PDF', async () => {
    const page = await app.signIn(operatorLogin);
    await page.goto(`${app.baseUrl}/#/subjects/${subjectId}/show`);
    await page.getByRole('tab', { name: 'Сведения' }).waitFor();
    await page.getByRole('link', { name: 'Сведения об обработке' }).click();

    await page.getByRole('heading', { name: '10. Оператор персональных данных' }).waitFor();
    for (const heading of [
      '1. Подтверждение факта обработки персональных данных',
      '2. Правовые основания и цели обработки (п. 3.2 Политики)',
      '3. Обрабатываемые персональные данные и источник их получения',
      '4. Согласия на обработку персональных данных',
      '7. Получатели персональных данных',
      '9. Порядок осуществления прав субъекта персональных данных',
    ]) {
      expect(await page.getByRole('heading', { name: heading }).count(), heading).toBe(1);
    }
    await page.getByText('Иванова Мария Петровна').first().waitFor();
    expect(await page.getByText('Павловна').count()).toBe(0);
    expect(await page.getByText('E2E-5120').count()).toBe(0);
    await snap(page, 'e2e-access-report-1366');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 900 });
    await snap(page, 'e2e-access-report-1024');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1366, height: 900 });

    // The box stays unticked until the reason is given.
    await page.getByLabel('Включить медицинские сведения').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Причина').fill('Запрос пациентки о сведениях');
    await snap(page, 'e2e-access-report-medical-dialog');
    await dialog.getByRole('button', { name: 'Включить' }).click();
    await page.getByText(MEDICAL).waitFor();

    // «Печать» prints the page, on which only the sheet is visible to the printer.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Печать' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
    await page.emulateMedia({ media: 'print' });
    await snap(page, 'e2e-access-report-print');
    expect(await page.getByRole('button', { name: 'Скачать PDF' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^access-report-\d+\.pdf$/);
    const text = pdfText(fs.readFileSync(await download.path())).replace(/\s+/g, ' ');
    expect(text).toContain('Сведения об обработке персональных данных');
    expect(text).toContain('Иванова Мария Петровна');
    expect(text).toContain(MEDICAL);
    expect(text).not.toContain('Павловна');

    const entries = app.t.db
      .prepare("SELECT action FROM audit_log WHERE subject_id = ? AND action <> 'subject.viewed' ORDER BY id")
      .pluck()
      .all(subjectId);
    expect(entries.slice(-5)).toEqual([
      'subject.access_report',
      'subject.medical_viewed',
      'subject.access_report',
      'subject.medical_viewed',
      'subject.access_report',
    ]);
    await page.context().close();
  });
});
