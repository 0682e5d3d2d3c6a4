// The compliance officer's console in the browser (issue 13 §6): compliance filters the audit log for one subject,
// opens an entry (and that read is in the log, on the subject), exports the filtered log as JSON Lines with a typed
// reason, checks the downloaded file offline with `audit:verify --file` as an outside auditor would, and runs the
// verification of the live log from the console, following its progress to the result. Each view passes axe and has
// no sideways scroll at 1366 and 1024 px, and is photographed into screenshots/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chainHash, type ChainedFields } from '../../server/audit/chain.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { pageProblems, snap, useBrowserApp } from '../helpers/browser.js';
import { auditRows, createStaff, type TestApp } from '../helpers/testApp.js';

const EXPORT_REASON = 'Проверка по обращению субъекта: кто работал с его данными';
// Enough entries that the console's verification runs for a few of its progress polls.
const BULK_ENTRIES = 200_000;
let complianceLogin: string;
let subjectId: number;
let otherSubjectId: number;

const person = (t: TestApp, last_name: string, phone: string) =>
  t.services.subjects.create(systemContext(), {
    last_name,
    first_name: 'Мария',
    patronymic: 'Игоревна',
    sex: 'female',
    birth_date: '1984-02-17',
    phone,
    email: null,
    legal_rep_name: null,
    legal_rep_basis: null,
    medical_info: null,
  } as never);

const app = useBrowserApp(async (t) => {
  complianceLogin = (await createStaff(t, 'compliance')).login;
  subjectId = (await person(t, 'Григорьева', '+79161112201')).id;
  otherSubjectId = (await person(t, 'Назарова', '+79161112202')).id;
  appendChained(t, BULK_ENTRIES);
  await t.services.checkpoints.sign(systemContext(), 'manual');
});

describe('the compliance officer’s console in the browser', () => {
  it('filters the log for a subject, opens an entry, exports it with a reason, and it verifies offline and live', async () => {
    const page = await app.signIn(complianceLogin);
    const found: string[] = [];
    await page.getByRole('menuitem', { name: 'Журнал действий' }).click();
    await page.getByRole('button', { name: 'Добавить фильтр' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'ID субъекта' }).click();
    await page.getByLabel('ID субъекта').fill(String(subjectId));
    await expect.poll(() => filterOf(page)).toMatchObject({ subject_id: subjectId });
    await expect.poll(() => listedIds(page)).toEqual(storedIds(subjectId));
    await look(page, found, 'log-filtered');

    // Opening an entry decrypts it for compliance, and is itself a read on the subject's record.
    await page.getByRole('row').filter({ hasText: 'Субъект добавлен' }).click();
    await page.getByText(/^Запись журнала № \d+$/).waitFor();
    await page.getByRole('table', { name: 'Внесённые значения' }).getByText('Григорьева').waitFor();
    await look(page, found, 'entry');
    const [viewed] = auditRows(app.t, "action = 'audit_log.viewed'");
    expect(viewed).toMatchObject({ actor_login: complianceLogin, subject_id: subjectId });

    // Back on the filtered list, the read is there, and the subject's history shows it too.
    await page.getByRole('link', { name: 'Список' }).click();
    await page.getByRole('row').filter({ hasText: 'Просмотр записи журнала' }).waitFor();
    const ids = await listedIds(page);
    expect(ids).toEqual(storedIds(subjectId));
    expect(ids).toContain(viewed!.id);
    expect(ids.every((id) => storedIds(otherSubjectId).includes(id) === false)).toBe(true);

    // The export of the same filter, as JSON Lines with the reason typed for it.
    await page.getByRole('button', { name: 'Экспорт' }).click();
    const dialog = page.getByRole('dialog', { name: 'Экспорт журнала' });
    await dialog.getByLabel('Причина выгрузки').fill(EXPORT_REASON);
    await look(page, found, 'export-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Выгрузить' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.jsonl$/);
    const file = path.join(app.t.dir, download.suggestedFilename());
    await download.saveAs(file);
    const lines = fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines[0]).toMatchObject({
      type: 'header',
      format: 'pd-desk-audit-export',
      filter: { subject_id: subjectId },
    });
    const exportedIds = lines.filter((l) => l.type === 'entry').map((l) => l.id as number);
    expect(exportedIds).toEqual([...ids].sort((a, b) => a - b));
    expect(lines.at(-1)).toMatchObject({ type: 'trailer', entries: ids.length });
    // Sealed as stored: the file carries no personal value.
    expect(fs.readFileSync(file, 'utf8')).not.toContain('Григорьева');
    const [exported] = auditRows(app.t, "action = 'audit_log.exported'");
    expect(JSON.parse(exported!.details)).toMatchObject({ format: 'jsonl', reason: EXPORT_REASON, rows: ids.length });

    // The outside auditor's check: nothing but the file and the public key written down.
    const key = path.join(app.t.dir, 'auditor-key.pem');
    fs.writeFileSync(key, app.t.services.checkpoints.publicKey().public_key_pem);
    const offline = verifyFile(file, '--pubkey', key);
    expect(offline.stderr).toBe('');
    expect(offline.status).toBe(0);

    // The live log from the console: progress while the workers hash, then the result.
    await recordStatusTexts(page);
    await page.getByRole('button', { name: 'Проверить журнал' }).click();
    const verification = page.getByRole('dialog', { name: 'Проверка целостности журнала' });
    await verification
      .getByText(/^Журнал цел: проверено записей — [\d\s\u00a0]+, подписей контрольных точек — 1$/)
      .waitFor({
        timeout: 60_000,
      });
    const seen = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    // The run's own progress, its total known (the dialog's first frame, before any answer, reads «0 из 0»).
    expect(seen.some((s) => /^Проверено записей: [\d\s\u00a0]+ из [1-9][\d\s\u00a0]*$/.test(s))).toBe(true);
    await verification.getByText('Результат записан в журнал').waitFor();
    await look(page, found, 'verified');
    const [verified] = auditRows(app.t, "action = 'audit_log.verified'");
    expect(verified).toMatchObject({ actor_login: complianceLogin });
    expect(JSON.parse(verified!.details)).toMatchObject({ result: 'passed' });
    await verification.getByRole('button', { name: 'Закрыть' }).click();

    // The subject's own history names the officer's read of its entry.
    await page.goto(`${app.baseUrl}/#/subjects/${subjectId}/show`);
    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByText('Просмотр записи журнала').first().waitFor();
    await look(page, found, 'subject-history');

    // From the card to «Отчёты по журналу» → «Субъект»: the same subject's timeline by day and kind, with the
    // officer's reads in it.
    await page.getByRole('link', { name: 'Хронология в журнале' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/audit-reports/subject-timeline?subject_id=${subjectId}`);
    const days = page.getByRole('region', { name: 'Записи по дням' });
    await days.getByRole('link', { name: 'Просмотр записи журнала' }).first().waitFor();
    await page.getByRole('button', { name: /^Просмотры — \d+$/ }).waitFor();
    await look(page, found, 'subject-timeline');
    await page.context().close();
    expect(found).toEqual([]);
  }, 180_000);

  it('pages the whole log by key: «Дальше» goes on from the last entry shown, «Назад» and «К последним» go back', async () => {
    const page = await app.signIn(complianceLogin);
    const found: string[] = [];
    await page.getByRole('menuitem', { name: 'Журнал действий' }).click();
    await page.locator('tbody tr td.column-id').first().waitFor();
    const first = await listedIds(page);
    expect(first).toHaveLength(25);
    const paging = page.getByRole('navigation', { name: 'Страницы журнала' });
    await paging.getByText(`Записи № ${first[0]} – № ${first[24]} из`).waitFor();

    await paging.getByRole('button', { name: 'Дальше' }).click();
    await expect.poll(() => filterOf(page)).toEqual({ before_id: first[24] });
    await expect.poll(async () => (await listedIds(page))[0]).toBeLessThan(first[24]);
    const second = await listedIds(page);
    // The next 25 entries of the log, none of the first page (the page reads are audited, but newer than the key).
    expect(second).toEqual(
      auditRows(app.t, 'id < ?', first[24])
        .map((r) => r.id as number)
        .reverse()
        .slice(0, 25),
    );
    await paging.getByRole('button', { name: 'Дальше' }).click();
    await expect.poll(() => filterOf(page)).toEqual({ before_id: second[24] });
    await look(page, found, 'log-keyset');

    await paging.getByRole('button', { name: 'Назад' }).click();
    await expect.poll(() => filterOf(page)).toEqual({ before_id: first[24] });
    await expect.poll(() => listedIds(page)).toEqual(second);
    await paging.getByRole('button', { name: 'К последним' }).click();
    await expect.poll(() => filterOf(page)).toEqual({});
    await expect.poll(() => paging.getByRole('button', { name: 'Назад' }).isDisabled()).toBe(true);
    await expect.poll(async () => (await listedIds(page))[0]).toBeGreaterThanOrEqual(first[0]);
    await page.context().close();
    expect(found).toEqual([]);
  }, 120_000);
});

/** The list's filter as the URL carries it. */
function filterOf(page: Page): Record<string, unknown> {
  const query = new URL(page.url().replace('#/', '')).searchParams.get('filter');
  return query ? (JSON.parse(query) as Record<string, unknown>) : {};
}

/** The ids in the first column of the list on screen, newest first. */
async function listedIds(page: Page): Promise<number[]> {
  const cells = await page.locator('tbody tr td.column-id').allTextContents();
  return cells.map(Number);
}

/** What the subject's filter selects, newest first: every entry on the subject's record. */
const storedIds = (subject: number) =>
  auditRows(app.t, 'subject_id = ?', subject)
    .map((r) => r.id as number)
    .reverse();

/** Every text a live status region shows, collected as it appears: the progress may last only a few polls. */
async function recordStatusTexts(page: Page) {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => {
      for (const node of document.querySelectorAll('[role="dialog"] [role="status"]')) {
        const text = node.textContent?.trim();
        if (text && !seen.includes(text)) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Checks the view at both desk widths and takes its picture at each. */
async function look(page: Page, found: string[], name: string) {
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    found.push(...(await pageProblems(page, `${name}-${width}`)));
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap(page, `e2e-96-${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

/** audit:verify --file as an auditor runs it: no database, no configuration, only the file and the key. */
function verifyFile(file: string, ...more: string[]) {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  return spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'server/cli/index.ts', 'audit:verify', '--file', file, ...more],
    { env, encoding: 'utf8' },
  );
}

/** Appends n entries chained exactly as the writer chains them, on no subject: a log of some size, quickly. */
function appendChained(t: TestApp, n: number) {
  const last = t.db.prepare('SELECT id, at, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    id: number;
    at: string;
    hash: string;
  };
  const insert = t.db.prepare(
    `INSERT INTO audit_log (id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id, subject_id,
       request_id, ip, details, prev_hash, hash)
     VALUES (@id, @at, @actor_id, @actor_login, @actor_role, @action, @entity_type, @entity_id, @subject_id,
       @request_id, @ip, @details, @prev_hash, @hash)`,
  );
  let prevHash = last.hash;
  t.db.transaction(() => {
    for (let id = last.id + 1; id <= last.id + n; id++) {
      const fields: ChainedFields = {
        id,
        at: last.at,
        actor_id: null,
        actor_login: 'system',
        actor_role: 'system',
        action: 'retention.run',
        entity_type: 'retention',
        entity_id: null,
        subject_id: null,
        request_id: null,
        ip: null,
        details: null,
      };
      const hash = chainHash(prevHash, fields);
      insert.run({ ...fields, prev_hash: prevHash, hash });
      prevHash = hash;
    }
  })();
}
