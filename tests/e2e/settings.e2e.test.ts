// «Реквизиты оператора» in the browser: the administrator names the signer of replies, saves, and finds the change
// in the audit log; a field the server refuses is said beside its input; an operator reads the details only. Each
// screen is photographed at 1366 and 1024 px and must not scroll sideways. The tests share the file's app and run in
// order: the later ones start from the signer the first one saved.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snap, useBrowserApp } from '../helpers/browser.js';
import { createStaff } from '../helpers/testApp.js';
import { systemContext } from '../../server/shared/requestContext.js';

const logins = { admin: '', operator: '' };

const app = useBrowserApp(async (t) => {
  logins.admin = (await createStaff(t, 'admin')).login;
  logins.operator = (await createStaff(t, 'operator')).login;
});

const WIDTHS = [1366, 1024] as const;

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Serious and critical WCAG 2.1 A/AA findings in the page's content (the desk walk checks the menu and bar). */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .include('#main-content')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} ${node.target.join(' ')}: ${v.help}`));
}

async function openSettings(page: Page) {
  await page.getByRole('menuitem', { name: 'Реквизиты оператора' }).click();
  await page.waitForURL(/#\/settings$/);
  await page.getByRole('heading', { name: 'Реквизиты оператора', level: 1 }).waitFor();
}

describe('operator settings in the browser', () => {
  it('the administrator changes the signer, saves, sees it saved and finds the change in the audit log', async () => {
    const page = await app.signIn(logins.admin);
    await openSettings(page);
    const form = page.locator('main form');
    await expect.poll(() => form.getByLabel('Наименование оператора').inputValue()).toBe('ООО «Натамед»');
    await expect.poll(() => page.getByTestId('settings-incomplete').textContent()).toContain('ФИО подписанта');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeFindings(page)).toEqual([]);
      await snap(page, `e2e-60-settings-admin-${width}`);
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // A field the server would refuse is said beside it, and nothing is sent.
    await form.getByLabel('ИНН').fill('12345');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => form.getByText('ИНН — 10 или 12 цифр').count()).toBe(1);
    await form.getByLabel('ИНН').fill('7707083893');

    await form.getByLabel('ФИО подписанта').fill('Васильев Игорь Николаевич');
    await form.getByLabel('Должность подписанта').fill('Главный врач');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Реквизиты оператора сохранены').waitFor();
    await expect.poll(() => page.getByTestId('settings-updated').textContent()).toContain(logins.admin);
    expect(app.t.services.settings.current()).toMatchObject({
      signer_name: 'Васильев Игорь Николаевич',
      signer_position: 'Главный врач',
      inn: '7707083893',
      version: 2,
    });
    // Still missing: the responsible person, no longer the signer.
    const warning = await page.getByTestId('settings-incomplete').textContent();
    expect(warning).toContain('ФИО ответственного');
    expect(warning).not.toContain('подписанта');
    // A full-page shot of a scrolled page would paint the fixed app bar halfway down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, 'e2e-61-settings-saved');

    // After a reload the form shows what the server kept.
    await page.reload();
    await expect.poll(() => form.getByLabel('ФИО подписанта').inputValue()).toBe('Васильев Игорь Николаевич');

    await page.getByRole('menuitem', { name: 'Журнал действий' }).click();
    const row = page.locator('main').getByText('Реквизиты оператора изменены').first();
    await row.waitFor();
    await row.click();
    await page.waitForURL(/#\/audit-log\/\d+\/show/);
    const changes = page.getByRole('table', { name: 'Изменения' });
    await changes.waitFor();
    expect(await changes.textContent()).toContain('Васильев Игорь Николаевич');
    expect(await changes.textContent()).toContain('7707083893');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      expect(await scrollsSideways(page)).toBe(false);
      await snap(page, `e2e-62-settings-audit-entry-${width}`);
    }
    await page.context().close();
  }, 60_000);

  it('an operator has no menu entry and, at the address, reads the details without a form', async () => {
    const page = await app.signIn(logins.operator);
    expect(await page.getByRole('menuitem', { name: 'Реквизиты оператора' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/#/settings`);
    await page.getByRole('heading', { name: 'Реквизиты оператора', level: 1 }).waitFor();
    await page.getByText('Реквизиты изменяет администратор.').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    await page.getByText('Васильев Игорь Николаевич').waitFor();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeFindings(page)).toEqual([]);
      await snap(page, `e2e-63-settings-operator-${width}`);
    }
    await page.context().close();
  }, 60_000);

  it('the administrator enters a staff member’s position: under the name in the list, on the card', async () => {
    const page = await app.signIn(logins.admin);
    const operator = app.t.db.prepare('SELECT id FROM staff WHERE login = ?').get(logins.operator) as { id: number };
    await page.goto(`${app.baseUrl}/#/staff/${operator.id}`);
    const position = page.getByRole('textbox', { name: 'Должность' });
    await position.fill('Медицинский регистратор');
    await snap(page, 'e2e-64-staff-edit-position');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/#\/staff\/\d+\/show/);
    await page.locator('main').getByText('Медицинский регистратор').waitFor();
    expect(app.t.services.staff.get(operator.id).position).toBe('Медицинский регистратор');
    await page.getByRole('menuitem', { name: 'Сотрудники' }).click();
    await page.waitForURL(/#\/staff$/);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 });
      await page.locator('main').getByText('Медицинский регистратор').waitFor();
      expect(await scrollsSideways(page)).toBe(false);
      await snap(page, `e2e-65-staff-list-${width}`);
    }
    await page.context().close();
  }, 60_000);

  it('a save over someone else’s change is refused, and the form shows the current values', async () => {
    const page = await app.signIn(logins.admin);
    await openSettings(page);
    const form = page.locator('main form');
    await expect.poll(() => form.getByLabel('ФИО подписанта').inputValue()).toBe('Васильев Игорь Николаевич');
    // Another administrator saves while this page is open.
    const current = app.t.services.settings.current();
    await app.t.services.settings.update(systemContext(), { ...current, signer_name: 'Петров Пётр Петрович' });

    await form.getByLabel('Должность подписанта').fill('Заместитель главного врача');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Реквизиты изменил другой сотрудник').waitFor();
    await expect.poll(() => form.getByLabel('ФИО подписанта').inputValue()).toBe('Петров Пётр Петрович');
    expect(await form.getByLabel('Должность подписанта').inputValue()).toBe('Главный врач');
    expect(app.t.services.settings.current().signer_position).toBe('Главный врач');
    await page.context().close();
  }, 60_000);

  it('a field error the server answers is shown beside its input, and nothing is saved', async () => {
    const page = await app.signIn(logins.admin);
    await openSettings(page);
    const form = page.locator('main form');
    await expect.poll(() => form.getByLabel('Сайт').inputValue()).toBe('www.medistarsgroup.com');
    const before = app.t.services.settings.current();
    // The form checks what the server checks, so the server's own answer is stood in for here.
    await page.route('**/api/settings', (route) =>
      route.request().method() === 'PUT'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              message: 'Invalid body: website',
              code: 'validation_failed',
              errors: { website: 'Expected a website address' },
              codes: { website: 'invalid_format' },
            }),
          })
        : route.continue(),
    );
    await form.getByLabel('Сайт').fill('medistarsgroup.com');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await form.getByText('Неверный формат').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, 'e2e-66-settings-server-field-error');
    expect(app.t.services.settings.current()).toEqual(before);
    await page.context().close();
  }, 60_000);
});
