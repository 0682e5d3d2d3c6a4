// The compliance officer's reports over the log (issue 13 §1): every reveal of medical information with its reason,
// one staff member's activity in a period, the dashboard's counts and the chain's status. Compliance only; every
// report read and export is itself audited, and the export needs a typed reason.
import { beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../server/shared/requestContext.js';
import { auditRows, createSubject, jsonParams, loginAs, logIn, useTestApp, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let compliance: LoggedIn;

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);

beforeEach(async () => {
  t.clock.now = at('2026-05-12T10:00:00');
  op = await loginAs(t, 'operator');
  compliance = await loginAs(t, 'compliance');
});

async function reveal(subjectId: number, reason: string, who: LoggedIn = op) {
  await who.post(`/api/subjects/${subjectId}/medical-info`).send({ reason }).expect(200);
}

describe('medical reveals', () => {
  it('lists each reveal with its reason for compliance, newest first, and audits the read', async () => {
    const a = await createSubject(op, { medical_info: 'Аллергия на пенициллин' });
    const b = await createSubject(op, { medical_info: null });
    await reveal(a.id, 'Подготовка к приёму');
    t.clock.now = at('2026-05-13T09:00:00');
    op = await logIn(t, op.login);
    compliance = await logIn(t, compliance.login);
    await reveal(b.id, 'Звонок пациента о результатах');
    const res = await compliance.get('/api/audit-log/reports/medical-reveals').expect(200);
    expect(res.headers['content-range']).toBe('medical-reveals 0-1/2');
    expect(res.body.map((r: any) => [r.subject_id, r.reason, r.had_medical_info, r.actor_login])).toEqual([
      [b.id, 'Звонок пациента о результатах', false, op.login],
      [a.id, 'Подготовка к приёму', true, op.login],
    ]);
    const oneDay = (
      await compliance
        .get('/api/audit-log/reports/medical-reveals')
        .query(jsonParams({ filter: { from: '2026-05-12', to: '2026-05-12' } }))
        .expect(200)
    ).body;
    expect(oneDay.map((r: any) => r.subject_id)).toEqual([a.id]);
    const [viewed] = auditRows(t, "action = 'audit_report.viewed'");
    expect(JSON.parse(viewed.details)).toEqual({ report: 'medical_reveals', filters: [], rows: 2, total: 2 });
    expect(viewed.details).not.toContain('Звонок');
  });

  it('is compliance’s alone: operators and the administrator get 403', async () => {
    await op.get('/api/audit-log/reports/medical-reveals').expect(403);
    await (await loginAs(t, 'admin')).get('/api/audit-log/reports/dashboard').expect(403);
    await compliance.post('/api/audit-log/reports/dashboard').send({}).expect(405);
  });

  it('exports as CSV with a typed reason, audited with the row count; the reasons of a destroyed subject read as gone', async () => {
    const a = await createSubject(op);
    await reveal(a.id, '=HYPERLINK("http://x")');
    await compliance.get('/api/audit-log/reports/medical-reveals/export.csv').expect(400);
    const res = await compliance
      .get('/api/audit-log/reports/medical-reveals/export.csv')
      .query({ reason: 'Проверка обоснованности' })
      .expect(200);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('entry_id,at,actor_login,actor_role,subject_id,had_medical_info,reason');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`'=HYPERLINK(""http://x"")`);
    const [exported] = auditRows(t, "action = 'audit_report.exported'");
    expect(JSON.parse(exported.details)).toMatchObject({ rows: 1, reason: 'Проверка обоснованности' });

    t.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?').run(a.id);
    t.services.keyring.forget(a.id);
    const [row] = (await compliance.get('/api/audit-log/reports/medical-reveals').expect(200)).body;
    expect(row).toMatchObject({ reason: null, reason_destroyed: true });
  });
});

describe('staff activity', () => {
  it('counts one person’s entries in the period by action and day, and names how many subjects', async () => {
    const a = await createSubject(op);
    const b = await createSubject(op);
    await op.get(`/api/subjects/${a.id}`).expect(200);
    t.clock.now = at('2026-05-14T12:00:00');
    op = await logIn(t, op.login);
    compliance = await logIn(t, compliance.login);
    await op.get(`/api/subjects/${b.id}`).expect(200);
    const report = (
      await compliance
        .get('/api/audit-log/reports/staff-activity')
        .query({ actor_login: op.login, from: '2026-05-12', to: '2026-05-14' })
        .expect(200)
    ).body;
    expect(report).toMatchObject({ actor_login: op.login, subjects: 2 });
    const count = (action: string) => report.by_action.find((r: any) => r.action === action)?.count;
    expect([count('subject.created'), count('subject.viewed')]).toEqual([2, 2]);
    expect(report.by_day.map((d: any) => d.day)).toEqual(['2026-05-12', '2026-05-14']);
    expect(report.total).toBe(report.by_action.reduce((n: number, r: any) => n + r.count, 0));
    const bad = await compliance.get('/api/audit-log/reports/staff-activity').query({ from: '2026-05-12' }).expect(400);
    expect(Object.keys(bad.body.errors)).toEqual(expect.arrayContaining(['actor_login', 'to']));
  });
});

describe('dashboard', () => {
  it('counts 30 Moscow days by kind, reveals per person, failed logins and denials, and the chain’s status', async () => {
    const a = await createSubject(op);
    await reveal(a.id, 'Приём');
    await t.services.checkpoints.sign(systemContext(), 'manual');
    await op.get('/api/audit-log').expect(403);
    const request = (await import('supertest')).default;
    await request(t.app).post('/api/auth/login').send({ login: op.login, password: 'wrong-password-1' }).expect(401);
    const d = (await compliance.get('/api/audit-log/reports/dashboard').expect(200)).body;
    expect(d.days).toHaveLength(30);
    expect(d.days.at(-1)).toBe('2026-05-12');
    expect(d.days[0]).toBe('2026-04-13');
    const kind = (k: string) => d.actions_per_day.find((c: any) => c.day === '2026-05-12' && c.kind === k)?.count;
    expect(kind('subject')).toBe(auditRows(t, "action LIKE 'subject.%'").length);
    expect(d.reveals_per_staff).toEqual([{ actor_login: op.login, count: 1 }]);
    expect(d.failures_per_day.at(-1)).toEqual({ day: '2026-05-12', failed_logins: 1, denials: 1 });
    expect(d.chain.entries).toBe(auditRows(t).length);
    expect(d.chain.last_checkpoint).toMatchObject({ id: 1, reason: 'manual' });
  });
});

describe('subject timeline', () => {
  /** A subject with a change, reads and a reveal on its record, and another subject's entries beside it. */
  async function subjectWithHistory() {
    const subject = await createSubject(op, { last_name: 'Тимофеева', phone: '+79991234567' });
    await createSubject(op, { last_name: 'Посторонняя' });
    await op.get(`/api/subjects/${subject.id}`).expect(200);
    await op
      .put(`/api/subjects/${subject.id}`)
      .send({ ...subject, phone: '+7 999 000-11-22', correction_reason: 'Письмо пациентки от 20.11' })
      .expect(200);
    await reveal(subject.id, 'Подготовка к приёму');
    return subject;
  }

  it('lists the subject’s entries oldest first by kind, with counts and clear summaries, and audits the read', async () => {
    const subject = await subjectWithHistory();
    const own = auditRows(t, 'subject_id = ?', subject.id);
    const res = await compliance
      .get('/api/audit-log/reports/subject-timeline')
      .query({ subject_id: subject.id })
      .expect(200);
    expect(res.body).toMatchObject({ subject_id: subject.id, total: own.length, truncated: false });
    expect(res.body.entries.map((e: any) => e.id)).toEqual(own.map((r) => r.id));
    const kindOf = Object.fromEntries(res.body.entries.map((e: any) => [e.action, e.kind]));
    expect(kindOf).toMatchObject({
      'subject.created': 'changes',
      'subject.corrected': 'changes',
      'subject.viewed': 'reads',
      'subject.medical_viewed': 'reads',
    });
    expect(res.body.counts.map((c: any) => c.kind)).toEqual([
      'changes',
      'reads',
      'consents',
      'letters',
      'disclosures',
      'destruction',
      'incidents',
      'other',
    ]);
    const count = (kind: string) => res.body.counts.find((c: any) => c.kind === kind).count;
    expect(count('changes') + count('reads') + count('other')).toBe(own.length);
    expect(count('reads')).toBeGreaterThanOrEqual(2);
    // The clear part only: the fields named, never the values nor the reasons typed.
    const corrected = res.body.entries.find((e: any) => e.action === 'subject.corrected');
    expect(corrected.details).toMatchObject({ personal_sealed: true });
    const text = JSON.stringify(res.body);
    for (const value of ['Тимофеева', '79990001122', 'Письмо пациентки', 'Подготовка к приёму']) {
      expect(text).not.toContain(value);
    }
    const [viewed] = auditRows(t, "action = 'audit_report.viewed'");
    expect(viewed).toMatchObject({ actor_login: compliance.login, subject_id: null });
    expect(JSON.parse(viewed.details)).toMatchObject({ report: 'subject_timeline', subject_id: subject.id });
  });

  it('names the subject it needs, and answers 404 for one that does not exist; compliance only', async () => {
    const missing = await compliance.get('/api/audit-log/reports/subject-timeline').expect(400);
    expect(missing.body.errors).toHaveProperty('subject_id');
    await compliance.get('/api/audit-log/reports/subject-timeline').query({ subject_id: 9999 }).expect(404);
    await op.get('/api/audit-log/reports/subject-timeline').query({ subject_id: 1 }).expect(403);
  });

  it('exports as CSV with a typed reason, audited with the row count, names and never values', async () => {
    const subject = await subjectWithHistory();
    const url = '/api/audit-log/reports/subject-timeline/export.csv';
    const noReason = await compliance.get(url).query({ subject_id: subject.id }).expect(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    await compliance.get(url).query({ subject_id: 9999, reason: 'Проверка по обращению' }).expect(404);
    const res = await compliance
      .get(url)
      .query({ subject_id: subject.id, reason: 'Проверка по обращению субъекта' })
      .expect(200);
    expect(res.headers['content-disposition']).toContain(`subject-${subject.id}-timeline.csv`);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('entry_id,at,kind,action,actor_login,actor_role,entity_type,entity_id,fields,details');
    const own = auditRows(t, 'subject_id = ? AND id < ?', subject.id, auditRows(t).at(-1)!.id + 1);
    expect(lines).toHaveLength(own.length + 1);
    expect(lines.find((l) => l.includes('subject.corrected'))).toMatch(/,changes,subject\.corrected,.*phone/);
    expect(res.text).not.toContain('79990001122');
    const [exported] = auditRows(t, "action = 'audit_report.exported'");
    expect(JSON.parse(exported.details)).toMatchObject({
      report: 'subject_timeline',
      subject_id: subject.id,
      rows: own.length,
      reason: 'Проверка по обращению субъекта',
    });
  });
});
