import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  auditRows,
  createStaff,
  publishDocuments,
  websiteSubmission,
  type PublishedDocuments,
} from '../helpers/testApp.js';
import { snap, useBrowserApp } from '../helpers/browser.js';
import { systemContext } from '../../server/shared/requestContext.js';

// The screens around consents and documents: paper consent and its withdrawal, rejecting a website
// submission, publishing a policy version, and the marketing list's CSV.

let operatorLogin: string;
let adminLogin: string;
let subjectId: number;
let docs: PublishedDocuments;

const app = useBrowserApp(async (t) => {
  operatorLogin = (await createStaff(t, 'operator')).login;
  adminLogin = (await createStaff(t, 'admin')).login;
  docs = await publishDocuments(t);
  subjectId = (
    await t.services.subjects.create(systemContext(), {
      last_name: 'Зайцева',
      first_name: 'Алла',
      patronymic: 'Викторовна',
      sex: 'female',
      birth_date: '1984-05-20',
      phone: '+79037771122',
      email: 'zaitseva@example.ru',
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
    })
  ).id;
});

describe('consents in the browser', () => {
  it('operator registers a paper marketing consent, the person joins the marketing list, and the withdrawal takes them off', async () => {
    const page = await app.signIn(operatorLogin);
    await page.goto(`/#/subjects/${subjectId}/show/consents`);
    await page.getByRole('link', { name: 'Зарегистрировать бумажное согласие' }).click();
    await page.getByLabel('Форма согласия').click();
    await page.getByRole('option', { name: /^Рекламные рассылки/ }).click();
    await snap(page, 'e2e-30-paper-consent');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    await page.waitForURL(new RegExp(`#/subjects/${subjectId}/show/consents`));
    const row = page.getByRole('row', { name: /Рекламные рассылки/ });
    await expect.poll(() => row.textContent()).toMatch(/Бумажная форма.*Действует/);

    await page.getByRole('menuitem', { name: 'Список рассылки' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Зайцева/ }).count()).toBe(1);
    // Every export names why it is made: the dialog asks, the log keeps it with the row count.
    await page.getByRole('button', { name: 'Экспорт CSV' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Выгрузка списка рассылки' });
    await exportDialog.getByLabel('Зачем нужна выгрузка').fill('Рассылка о новом отделении');
    const download = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Выгрузить' }).click();
    const csv = await (
      await download
    )
      .path()
      .then((file) => import('node:fs').then((fs) => fs.readFileSync(file!, 'utf8')));
    expect(csv).toMatch(/Зайцева/);
    const [exported] = auditRows(app.t, "action = 'marketing_list.exported'");
    expect(JSON.parse(exported!.details)).toMatchObject({ reason: 'Рассылка о новом отделении' });

    await page.goto(`/#/subjects/${subjectId}/show/consents`);
    await row.getByRole('button', { name: 'Отозвать' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Основание отзыва').fill('Заявление субъекта от 25.11.2026');
    await snap(page, 'e2e-31-withdraw');
    await dialog.getByRole('button', { name: 'Отозвать согласие' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Отозвано/);
    await snap(page, 'e2e-32-withdrawn');

    const stored = app.t.db
      .prepare("SELECT channel, status, withdrawal_basis FROM consents WHERE subject_id = ? AND purpose = 'marketing'")
      .get(subjectId);
    expect(stored).toEqual({
      channel: 'paper',
      status: 'withdrawn',
      withdrawal_basis: 'Заявление субъекта от 25.11.2026',
    });
    const marketing = await page.evaluate(async () => (await fetch('/api/marketing-list?range=[0,24]')).json());
    expect(marketing).toEqual([]);
  });

  it('operator rejects a spam submission with a reason; it leaves the queue and keeps who decided and why', async () => {
    await request(app.t.app)
      .post('/api/public/submissions')
      .send(websiteSubmission(docs, { lastName: 'Спамов', firstName: 'Бот' }))
      .expect(201);
    const page = await app.signIn(operatorLogin);
    await page.getByRole('menuitem', { name: /Обращения с сайта/ }).click();
    await page
      .getByRole('cell', { name: /Спамов/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Отклонить' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radiogroup', { name: 'Категория' }).getByLabel('Спам').check();
    await dialog.getByLabel('Причина').fill('Бессмысленный текст, номер не отвечает');
    await dialog.getByRole('button', { name: 'Отклонить' }).click();
    await page.getByText('Обращение отклонено').first().waitFor();
    await snap(page, 'e2e-33-rejected');

    const decided = app.t.db
      .prepare("SELECT status, decided_by_login FROM submissions WHERE last_name = 'Спамов'")
      .get();
    expect(decided).toEqual({ status: 'rejected', decided_by_login: operatorLogin });
    expect(app.t.db.prepare("SELECT count(*) FROM subjects WHERE last_name = 'Спамов'").pluck().get()).toBe(0);
  });
});

describe('policy versions in the browser', () => {
  it('admin drafts a new version, previews its Markdown and publishes it; the website then gets it', async () => {
    const page = await app.signIn(adminLogin);
    await page.getByRole('menuitem', { name: 'Редакции политики' }).click();
    await page.getByRole('link', { name: 'Создать' }).click();
    await page.waitForURL(/#\/policies\/create/);
    await page.getByRole('textbox', { name: 'Редакция' }).fill('2026-11');
    await page.getByRole('group', { name: 'Действует с' }).getByRole('spinbutton', { name: 'День' }).click();
    await page.keyboard.type('01012026');
    await page.getByLabel('Текст (Markdown)').fill('# Политика ООО «Натамед»\n\nРедакция для проверки **публикации**.');
    await page.getByRole('heading', { name: 'Политика ООО «Натамед»' }).waitFor();
    await page.getByRole('button', { name: 'Сохранить' }).click();

    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText('Редакция политики опубликована').first().waitFor();
    await snap(page, 'e2e-34-published');

    const current = await request(app.t.app).get('/api/public/policy/current').expect(200);
    expect(current.body).toMatchObject({ version: '2026-11', effectiveFrom: '2026-01-01' });
    expect(auditRows(app.t, "action = 'policy.published'").length).toBeGreaterThan(1);
  });
});
