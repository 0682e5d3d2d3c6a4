import { describe, expect, it } from 'vitest';
import { createStaff } from '../helpers/testApp.js';
import { snap, useBrowserApp } from '../helpers/browser.js';
import { systemContext } from '../../server/shared/requestContext.js';

let operatorLogin: string;
let complianceLogin: string;
const MEDICAL = 'Аллергия на пенициллин (маркер E2E-7731)';

const app = useBrowserApp(async (t) => {
  operatorLogin = (await createStaff(t, 'operator')).login;
  complianceLogin = (await createStaff(t, 'compliance')).login;
  const ctx = systemContext();
  const person = (last_name: string, first_name: string, phone: string, medical_info: string | null = null) =>
    t.services.subjects.create(ctx, {
      last_name,
      first_name,
      patronymic: 'Андреевна',
      sex: 'female',
      birth_date: '1979-06-30',
      phone,
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info,
    });
  await person('Ковалёва', 'Ирина', '+79031112233', MEDICAL);
  await person('Ковальчук', 'Дарья', '+79034445566');
  await person('Смирнова', 'Анна', '+79037778899');
});

describe('operator and compliance in the browser', () => {
  it('operator finds a subject by surname, corrects the phone with a reason and reveals medical information', async () => {
    const page = await app.signIn(operatorLogin);
    // The first screen is the deadlines dashboard; the subjects are a menu entry.
    await page.getByRole('menuitem', { name: 'Субъекты ПДн' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(3);
    await snap(page, 'e2e-01-subjects-list');

    await page.getByPlaceholder('Поиск').fill('ковалё');
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // header + Ковалёва (ё folds to е, Ковальчук does not match)
    await page.getByRole('cell', { name: 'Ковалёва' }).click();
    await page.getByRole('tab', { name: 'Сведения' }).waitFor();
    await expect.poll(() => page.getByText('+7 (903) 111-22-33').count()).toBe(1);
    expect(await page.getByText('E2E-7731').count()).toBe(0);

    await page.getByRole('link', { name: 'Редактировать' }).click();
    await page.getByLabel('Телефон').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('8 916 765-43-21');
    await page.getByLabel('Причина уточнения').fill('Заявление пациентки от 25.11.2026, паспорт предъявлен');
    await snap(page, 'e2e-02-correction-form');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Уточнение сохранено').waitFor();
    await page.getByText('+7 (916) 765-43-21').waitFor();
    await snap(page, 'e2e-03-corrected');

    await page.getByRole('button', { name: 'Показать медицинские сведения' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Причина').fill('Подготовка к приёму у терапевта');
    await dialog.getByRole('button', { name: 'Показать' }).click();
    await expect.poll(() => page.getByTestId('medical-info').textContent()).toBe(MEDICAL);
    await snap(page, 'e2e-04-medical-revealed');

    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByText('Просмотр медицинских сведений').first().waitFor();
    await page.getByText('Уточнение сведений').first().waitFor();
    await snap(page, 'e2e-05-history');
    await page.context().close();
  });

  it('compliance finds the correction and the medical read in the audit log', async () => {
    const page = await app.signIn(complianceLogin);
    await page.getByRole('menuitem', { name: 'Журнал действий' }).click();
    await page.getByText('Просмотр медицинских сведений').first().waitFor();
    const rowsOf = (action: string) =>
      page.getByRole('row').filter({ hasText: action }).filter({ hasText: operatorLogin });
    expect(await rowsOf('Уточнение сведений').count()).toBe(1);
    expect(await rowsOf('Просмотр медицинских сведений').count()).toBe(1);
    await snap(page, 'e2e-06-audit-log');

    await rowsOf('Уточнение сведений').click();
    await page.getByText('Причина: Заявление пациентки от 25.11.2026, паспорт предъявлен').waitFor();
    const phoneChange = page.getByRole('table', { name: 'Изменения' }).getByRole('row', { name: /Телефон/ });
    await phoneChange.getByRole('cell', { name: '+7 (903) 111-22-33' }).waitFor();
    await phoneChange.getByRole('cell', { name: '+7 (916) 765-43-21' }).waitFor();
    await snap(page, 'e2e-07-audit-entry');
    // Compliance reads, never changes: no edit and no reveal on the subject card.
    await page.goto(`${app.baseUrl}/#/subjects/1/show`);
    await page.getByRole('tab', { name: 'Сведения' }).waitFor();
    expect(await page.getByRole('link', { name: 'Редактировать' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Показать медицинские сведения' }).count()).toBe(0);
    await page.context().close();
  });
});
