import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snap, useBrowserApp } from '../helpers/browser.js';
import { systemContext } from '../../server/shared/requestContext.js';

let adminOneTime: string;

const app = useBrowserApp(async (t) => {
  adminOneTime = (await t.services.staff.bootstrapAdmin(systemContext()))!;
});

async function setOwnPassword(page: Page, current: string, next: string) {
  await page.getByText('Вы вошли с временным паролем').waitFor();
  await page.getByLabel('Текущий пароль').fill(current);
  await page.getByLabel('Новый пароль', { exact: true }).fill(next);
  await page.getByLabel('Подтверждение нового пароля').fill(next);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
}

describe('first start and staff accounts in the browser', () => {
  it('admin replaces the one-time password, creates an operator who must do the same at first login', async () => {
    const page = await app.signIn('admin', { password: adminOneTime, mustChangePassword: true });
    await snap(page, 'e2e-20-forced-password-change');
    await setOwnPassword(page, adminOneTime, 'admin-own-passphrase-1');
    await page.getByRole('menuitem', { name: 'Сотрудники' }).click();
    await page.getByRole('link', { name: 'Создать' }).click();
    await page.waitForURL(/#\/staff\/create/);
    await page.getByRole('textbox', { name: 'Логин' }).fill('petrova');
    await page.getByRole('textbox', { name: 'ФИО' }).fill('Петрова Анна Сергеевна');
    await page.getByLabel('Роль').click();
    await page.getByRole('option', { name: 'Оператор' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
    expect(temporary).toMatch(/^\S{16}$/);
    // The dialog fades in: capture it once the transition has ended.
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.MuiDialog-container')!).opacity === '1');
    await snap(page, 'e2e-21-temporary-password');
    await page.context().close();

    const operator = await app.signIn('petrova', { password: temporary, mustChangePassword: true });
    await setOwnPassword(operator, temporary, 'petrova-own-passphrase');
    await operator.getByRole('menuitem', { name: 'Субъекты ПДн' }).waitFor();
    expect(await operator.getByRole('menuitem', { name: 'Сотрудники' }).count()).toBe(0);
    await snap(operator, 'e2e-22-operator-first-login');
    await operator.context().close();

    const actions = (
      app.t.db
        .prepare(
          "SELECT action FROM audit_log WHERE action LIKE 'staff.%' OR action = 'auth.password_changed' ORDER BY id",
        )
        .all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['staff.created', 'auth.password_changed', 'staff.created', 'auth.password_changed']);
  });
});
