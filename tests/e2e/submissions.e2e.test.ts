import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createStaff, publishDocuments, websiteSubmission } from '../helpers/testApp.js';
import { snap, useBrowserApp } from '../helpers/browser.js';
import { systemContext } from '../../server/shared/requestContext.js';

let operatorLogin: string;
let subjectId: number;

const app = useBrowserApp(async (t) => {
  operatorLogin = (await createStaff(t, 'operator')).login;
  const docs = await publishDocuments(t);
  subjectId = (
    await t.services.subjects.create(systemContext(), {
      last_name: 'Лебедева',
      first_name: 'Ольга',
      patronymic: 'Петровна',
      sex: 'female',
      birth_date: '1990-02-02',
      phone: '+79035550000',
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
    })
  ).id;
  // What the website would post: the same person, with a new phone and both consents ticked.
  await request(t.app)
    .post('/api/public/submissions')
    .send(
      websiteSubmission(docs, {
        lastName: 'Лебедева',
        firstName: 'Ольга',
        patronymic: 'Петровна',
        birthDate: '1990-02-02',
        phone: '+7 916 222-33-44',
        email: undefined,
        consents: [
          { formId: docs.forms.medical_services, accepted: true },
          { formId: docs.forms.marketing, accepted: true },
        ],
      }),
    )
    .expect(201);
});

describe('review queue in the browser', () => {
  it('operator links a website submission to the existing subject taking the new phone; the card shows phone, consents and history', async () => {
    const page = await app.signIn(operatorLogin);

    const menuItem = page.getByRole('menuitem', { name: /Обращения с сайта/ });
    await expect.poll(() => menuItem.textContent()).toMatch(/1/);
    await menuItem.click();
    await page
      .getByRole('cell', { name: /Лебедева/ })
      .first()
      .click();
    await page.getByRole('table', { name: 'Возможные совпадения среди субъектов' }).waitFor();
    await snap(page, 'e2e-10-submission');

    await page.getByRole('button', { name: 'Сравнить и связать' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('table', { name: 'Сравнение данных субъекта и обращения' }).waitFor();
    await dialog.getByRole('radiogroup', { name: 'Телефон' }).getByLabel('Взять новое').check();
    await snap(page, 'e2e-11-compare');
    // Every frame of the next second: the menu badge shows its number until it has shrunk away, never an empty dot.
    await page.evaluate(() => {
      const frames: string[] = [];
      const until = performance.now() + 1_000;
      (window as unknown as { badgeFrames: Promise<string[]> }).badgeFrames = new Promise((resolve) => {
        const sample = () => {
          const badge = document.querySelector('[data-testid="pending-submissions-badge"]');
          frames.push(
            badge
              ? `${badge.classList.contains('MuiBadge-invisible') ? 'hiding' : 'shown'}:${badge.textContent}`
              : 'none',
          );
          if (performance.now() < until) requestAnimationFrame(sample);
          else resolve(frames);
        };
        requestAnimationFrame(sample);
      });
    });
    await dialog.getByRole('button', { name: 'Связать' }).click();
    const badgeFrames = await page.evaluate(
      () => (window as unknown as { badgeFrames: Promise<string[]> }).badgeFrames,
    );
    expect(badgeFrames.at(-1)).toBe('hiding:1');
    expect(new Set(badgeFrames)).toEqual(new Set(['shown:1', 'hiding:1']));

    await page.waitForURL(new RegExp(`#/subjects/${subjectId}/show`));
    await dialog.waitFor({ state: 'hidden' }); // it compared both phones
    await page.getByText('+7 (916) 222-33-44').first().waitFor();
    // The card never shows the phone from before the decision, not even while it loads.
    expect(await page.getByText('+7 (903) 555-00-00').count()).toBe(0);
    await snap(page, 'e2e-12-subject-after-link');

    await page.getByRole('tab', { name: 'Согласия' }).click();
    await page.getByText('Оказание медицинских услуг').first().waitFor();
    await page.getByText('Рекламные рассылки').first().waitFor();
    await snap(page, 'e2e-13-consents');

    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByText('Уточнение сведений').first().waitFor();
    await snap(page, 'e2e-14-history');

    const stored = app.t.db.prepare('SELECT phone, version FROM subjects WHERE id = ?').get(subjectId);
    expect(stored).toEqual({ phone: '+79162223344', version: 2 });
    expect(app.t.db.prepare('SELECT status, decided_by_login FROM submissions').get()).toEqual({
      status: 'linked',
      decided_by_login: operatorLogin,
    });
    await page.context().close();
  });
});
