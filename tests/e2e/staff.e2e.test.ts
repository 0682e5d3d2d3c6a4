import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/testApp.js';
import { launchBrowser, newPage, snap, startBuiltApp } from '../helpers/browser.js';
import { SYSTEM_ACTOR } from '../../server/shared/requestContext.js';

let t: TestApp;
let server: Server;
let baseUrl: string;
let browser: Browser;
let adminOneTime: string;

beforeAll(async () => {
  ({ t, server, baseUrl } = await startBuiltApp());
  adminOneTime = (await t.services.staff.bootstrapAdmin({ actor: SYSTEM_ACTOR, requestId: null, ip: null }))!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  t?.close();
});

async function logIn(page: Page, login: string, password: string) {
  await page.goto('/');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

async function setOwnPassword(page: Page, current: string, next: string) {
  await page.getByText('Вы вошли с временным паролем').waitFor();
  await page.getByLabel('Текущий пароль').fill(current);
  await page.getByLabel('Новый пароль', { exact: true }).fill(next);
  await page.getByLabel('Подтверждение нового пароля').fill(next);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
}

describe('first start and staff accounts in the browser', () => {
  it('admin replaces the one-time password, creates an operator who must do the same at first login', async () => {
    const page = await newPage(browser, baseUrl);
    await logIn(page, 'admin', adminOneTime);
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

    const operator = await newPage(browser, baseUrl);
    await logIn(operator, 'petrova', temporary);
    await setOwnPassword(operator, temporary, 'petrova-own-passphrase');
    await operator.getByRole('menuitem', { name: 'Субъекты ПДн' }).waitFor();
    expect(await operator.getByRole('menuitem', { name: 'Сотрудники' }).count()).toBe(0);
    await snap(operator, 'e2e-22-operator-first-login');
    await operator.context().close();

    const actions = (t.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'staff.%' OR action = 'auth.password_changed' ORDER BY id").all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['staff.created', 'auth.password_changed', 'staff.created', 'auth.password_changed']);
  });
});
