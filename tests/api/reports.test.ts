import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { statisticsCells } from '../../server/reports/reports.repo.js';
import {
  auditRows,
  createSubject,
  loginAs,
  publishDocuments,
  useTestApp,
  websiteSubmission,
  type LoggedIn,
  type PublishedDocuments,
} from '../helpers/testApp.js';

const t = useTestApp({ publicRateLimit: 1000 });
let op: LoggedIn;
let docs: PublishedDocuments;
beforeEach(async () => {
  docs = await publishDocuments(t);
  op = await loginAs(t, 'operator');
});

async function subjectWithMarketing(last_name: string) {
  const { id } = await createSubject(op, { last_name });
  const consent = (
    await op
      .post('/api/consents')
      .send({ subject_id: id, consent_form_id: docs.forms.marketing, given_at: '2026-11-01', channel: 'paper' })
      .expect(201)
  ).body;
  return { id, consentId: consent.id as number };
}

describe('marketing list', () => {
  it('holds only active subjects with an active marketing consent, and each CSV export is audited with its row count', async () => {
    await subjectWithMarketing('Активная');
    const withdrawn = await subjectWithMarketing('Отозвавшая');
    const blocked = await subjectWithMarketing('Заблокированная');
    await createSubject(op, { last_name: 'БезСогласия' });
    await op.post(`/api/consents/${withdrawn.consentId}/withdraw`).send({ basis: 'Просьба по телефону' }).expect(200);
    t.db.prepare("UPDATE subjects SET status = 'blocked' WHERE id = ?").run(blocked.id);

    const list = await op.get('/api/marketing-list').expect(200);
    expect(list.body.map((r: any) => r.last_name)).toEqual(['Активная']);
    expect(list.headers['content-range']).toBe('marketing-list 0-0/1');

    const csv = await op
      .get('/api/marketing-list')
      .query({ format: 'csv', reason: 'Рассылка о новом отделении' })
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Активная');
    const [exported] = auditRows(t, "action = 'marketing_list.exported'");
    expect(JSON.parse(exported.details)).toMatchObject({ rows: 1, reason: 'Рассылка о новом отделении' });
  });

  it('refuses a CSV export without a typed reason, naming it, and logs nothing', async () => {
    const missing = await op.get('/api/marketing-list?format=csv').expect(400);
    expect(missing.body.errors).toHaveProperty('reason');
    await op.get('/api/marketing-list').query({ format: 'csv', reason: '   ' }).expect(400);
    expect(auditRows(t, "action = 'marketing_list.exported'")).toHaveLength(0);
  });

  it('is not for compliance or admin', async () => {
    const compliance = await loginAs(t, 'compliance');
    await compliance.get('/api/marketing-list?format=csv').expect(403);
  });
});

describe('anonymized statistics', () => {
  it('counts by service, month, age band and sex, shows cells below 5 as "<5", and carries no identifying value', async () => {
    for (let i = 0; i < 6; i++) {
      await request(t.app)
        .post('/api/public/submissions')
        .send(websiteSubmission(docs, { service: 'appointment', phone: `+7916000000${i}` }))
        .expect(201);
    }
    for (let i = 0; i < 2; i++) {
      await request(t.app)
        .post('/api/public/submissions')
        .send(
          websiteSubmission(docs, {
            service: 'callback',
            sex: 'male',
            birthDate: '2015-03-03',
            lastName: 'Уникальнов',
          }),
        )
        .expect(201);
    }
    const compliance = await loginAs(t, 'compliance');
    const res = await compliance.get('/api/statistics').expect(200);
    const month = new Date(t.clock.now + 3 * 3_600_000).toISOString().slice(0, 7);
    const subs = res.body.cells.filter((c: any) => c.dataset === 'submissions');
    expect(subs).toEqual(
      expect.arrayContaining([
        { dataset: 'submissions', service: 'appointment', month, age_band: '30-44', sex: 'female', count: 6 },
        { dataset: 'submissions', service: 'callback', month, age_band: '0-17', sex: 'male', count: '<5' },
      ]),
    );
    expect(res.body.perMonthByService).toEqual([{ month, appointment: 6 }]);
    const text = JSON.stringify(res.body);
    for (const leak of ['Петрова', 'Уникальнов', '+7916', 'example.ru', '1985-04-12', 'горло'])
      expect(text).not.toContain(leak);

    const csv = await compliance
      .get('/api/statistics')
      .query({ format: 'csv', reason: 'Годовой отчёт главному врачу' })
      .expect(200);
    expect(csv.text).toContain(`submissions,callback,${month},0-17,male,<5`);
    expect(auditRows(t, "action IN ('statistics.generated', 'statistics.exported')")).toHaveLength(2);
    const [exported] = auditRows(t, "action = 'statistics.exported'");
    const rows =
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n').length - 1;
    expect(JSON.parse(exported.details)).toMatchObject({ rows, reason: 'Годовой отчёт главному врачу' });
  });

  it('refuses a CSV export without a typed reason, naming it, and logs nothing', async () => {
    const compliance = await loginAs(t, 'compliance');
    const missing = await compliance.get('/api/statistics?format=csv').expect(400);
    expect(missing.body.errors).toHaveProperty('reason');
    expect(auditRows(t, "action = 'statistics.exported'")).toHaveLength(0);
  });

  it('charts a month × service total of 5 or more even when every finer cell is suppressed', async () => {
    const people = [
      ['male', '1950-01-01'],
      ['female', '1950-01-01'],
      ['male', '2000-01-01'],
      ['female', '2000-01-01'],
      ['male', '1985-01-01'],
    ];
    for (const [sex, birthDate] of people) {
      await request(t.app)
        .post('/api/public/submissions')
        .send(websiteSubmission(docs, { service: 'chat', sex, birthDate }))
        .expect(201);
    }
    const admin = await loginAs(t, 'admin');
    const res = await admin.get('/api/statistics').expect(200);
    const chatCells = res.body.cells.filter((c: any) => c.dataset === 'submissions' && c.service === 'chat');
    expect(chatCells.length).toBe(5);
    expect(chatCells.every((c: any) => c.count === '<5')).toBe(true);
    expect(res.body.perMonthByService).toEqual([{ month: expect.any(String), chat: 5 }]);
  });

  it('is not for operators', async () => {
    await op.get('/api/statistics').expect(403);
  });
});

describe('statistics age bands', () => {
  it("take the age on the clinic's (Moscow) day of the event", async () => {
    // 21:30 UTC on 11 April is 00:30 on 12 April in Moscow: the person turned 18 that night.
    t.clock.now = Date.parse('2026-04-11T21:30:00Z');
    await createSubject(op, { birth_date: '2008-04-12' });
    t.clock.now = Date.parse('2026-04-11T20:30:00Z'); // still 11 April in Moscow: 17
    await createSubject(op, { birth_date: '2008-04-12', last_name: 'Орлова' });
    const bands = statisticsCells(t.db)
      .filter((c) => c.dataset === 'subjects')
      .map((c) => [c.month, c.age_band, c.count]);
    expect(bands).toEqual([
      ['2026-04', '0-17', 1],
      ['2026-04', '18-29', 1],
    ]);
  });
});
