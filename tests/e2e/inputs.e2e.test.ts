import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../admin/common/format.js';
import { createStaff } from '../helpers/testApp.js';
import { snap, useBrowserApp } from '../helpers/browser.js';

// The shared inputs at the clinic's desk, on a 1366×768 screen: dates typed ДД.ММ.ГГГГ into the picker's
// sections, a calendar from Monday, the phone mask, and the audit log's date filters.

let operatorLogin: string;
let complianceLogin: string;

const app = useBrowserApp(async (t) => {
  operatorLogin = (await createStaff(t, 'operator')).login;
  complianceLogin = (await createStaff(t, 'compliance')).login;
});

const deskPage = async (login: string) => {
  const page = await app.signIn(login);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
};

/** Serious or critical WCAG 2.1 A/AA violations inside the given inputs. */
const axe = async (page: Page, ...inputs: string[]) => {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const input of inputs) builder.include(input);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
};

/** What a date field shows, without the invisible marks that keep its sections in order. */
const shown = async (page: Page, label: string) =>
  ((await page.getByRole('group', { name: label }).textContent()) ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');

describe('dates and phones in the browser', () => {
  it('operator types a birth date as ДД.ММ.ГГГГ and a phone into its mask; the API gets 1992-09-13 and +79123456789', async () => {
    const page = await deskPage(operatorLogin);
    await page.goto(`${app.baseUrl}/#/subjects/create`);
    const birth = page.getByRole('group', { name: 'Дата рождения' });
    await birth.waitFor();
    expect(await shown(page, 'Дата рождения')).toBe('ДД.ММ.ГГГГ');
    expect(await axe(page, '.ra-input-birth_date', '.ra-input-phone')).toEqual([]);

    // The calendar starts its weeks on Monday.
    await page.getByRole('button', { name: /^Выберите дату/ }).click();
    const calendar = page.getByRole('dialog');
    await calendar.getByRole('grid').waitFor();
    // Once it has finished growing in.
    await expect
      .poll(() => calendar.locator('.MuiPaper-root').evaluate((paper) => getComputedStyle(paper).opacity))
      .toBe('1');
    expect(await calendar.getByRole('columnheader').first().getAttribute('aria-label')).toBe('понедельник');
    await snap(page, 'e2e-50-calendar');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'hidden' });

    await birth.getByRole('spinbutton', { name: 'День' }).click();
    await page.keyboard.type('13091992');
    expect(await shown(page, 'Дата рождения')).toBe('13.09.1992');

    const phone = page.getByRole('textbox', { name: 'Телефон' });
    expect(await phone.inputValue()).toBe('');
    await phone.click();
    await expect.poll(() => phone.inputValue()).toBe('+7 (___) ___-__-__');
    await snap(page, 'e2e-51-phone-mask');
    await page.keyboard.type('79031234567');
    expect(await phone.inputValue()).toBe('+7 (903) 123-45-67');
    // Tabbing back into the filled field selects the number, and typing replaces it.
    await page.getByRole('textbox', { name: 'Эл. почта' }).click();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('89123456789');
    expect(await phone.inputValue()).toBe('+7 (912) 345-67-89');

    await page.getByRole('textbox', { name: 'Фамилия' }).fill('Маскова');
    await page.getByRole('textbox', { name: 'Имя' }).fill('Дарья');
    expect(await axe(page, '.ra-input-birth_date', '.ra-input-phone')).toEqual([]);
    await snap(page, 'e2e-52-subject-form-typed');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Субъект добавлен').waitFor();
    await page.getByText('+7 (912) 345-67-89').waitFor();
    await page.getByText('13.09.1992').waitFor();

    const stored = app.t.db.prepare("SELECT birth_date, phone FROM subjects WHERE last_name = 'Маскова'").get();
    expect(stored).toEqual({ birth_date: '1992-09-13', phone: '+79123456789' });
    await page.context().close();
  });

  it('refuses an impossible birth date in Russian and keeps the form', async () => {
    const page = await deskPage(operatorLogin);
    await page.goto(`${app.baseUrl}/#/subjects/create`);
    const birth = page.getByRole('group', { name: 'Дата рождения' });
    await birth.getByRole('spinbutton', { name: 'День' }).click();
    await page.keyboard.type('31022020');
    await page.getByRole('textbox', { name: 'Фамилия' }).fill('Невозможная');
    await page.getByRole('textbox', { name: 'Имя' }).fill('Дата');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Такой даты не существует').waitFor();
    // The refused field has the focus, on its first section.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('День');
    await page.evaluate(() => window.scrollTo(0, 0)); // clicking «Сохранить» scrolled the 768-pixel page
    await snap(page, 'e2e-53-impossible-date');
    expect(app.t.db.prepare("SELECT count(*) FROM subjects WHERE last_name = 'Невозможная'").pluck().get()).toBe(0);
    await page.context().close();
  });

  it('compliance filters the audit log by days typed into «С даты» / «По дату»', async () => {
    const page = await deskPage(complianceLogin);
    await page.getByRole('menuitem', { name: 'Журнал действий' }).click();
    const from = page.getByRole('group', { name: 'С даты' });
    await from.waitFor();
    expect(await shown(page, 'С даты')).toBe('ДД.ММ.ГГГГ');
    expect(await shown(page, 'По дату')).toBe('ДД.ММ.ГГГГ');
    await page.getByRole('row').nth(1).waitFor();
    expect(await axe(page, '.ra-input-from', '.ra-input-to')).toEqual([]);
    // The filter bar fits the screen.
    const bar = await page.locator('form').filter({ has: from }).boundingBox();
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(1366);
    await snap(page, 'e2e-54-audit-filters');

    // Today in the clinic: the entries of the sign-ins above are there; from tomorrow on, none.
    const [year, month, day] = todayIso().split('-');
    await from.getByRole('spinbutton', { name: 'День' }).click();
    await page.keyboard.type(`${day}${month}${year}`);
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(`"from":"${todayIso()}"`));
    await page.getByRole('row').nth(1).waitFor();
    expect(await shown(page, 'С даты')).toBe(`${day}.${month}.${year}`);
    await snap(page, 'e2e-55-audit-filtered');
    await page.context().close();
  });
});
