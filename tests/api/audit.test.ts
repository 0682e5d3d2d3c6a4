import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { clinicDay } from '../../server/shared/clinicDate.js';
import { auditRows, createSubject, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
beforeEach(async () => {
  op = await loginAs(t, 'operator');
});

function runVerify(dbPath: string) {
  const env = { ...process.env, DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' };
  return spawnSync('npx', ['tsx', 'server/cli/index.ts', 'audit:verify'], { env, encoding: 'utf8' });
}

async function someActivity() {
  const body = await createSubject(op);
  await op.get(`/api/subjects/${body.id}`).expect(200);
  await op
    .put(`/api/subjects/${body.id}`)
    .send({ ...body, phone: '+79990000000', correction_reason: 'Новый номер' })
    .expect(200);
  return body.id as number;
}

describe('append-only', () => {
  it('triggers refuse UPDATE and DELETE on the log', async () => {
    await someActivity();
    expect(() => t.db.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => t.db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('has no verb but GET over HTTP', async () => {
    const compliance = await loginAs(t, 'compliance');
    for (const method of ['post', 'put', 'delete'] as const) {
      await compliance[method]('/api/audit-log/1').send({}).expect(405);
    }
    await compliance.post('/api/audit-log').send({}).expect(405);
  });
});

describe('hash chain', () => {
  it('links every entry to the previous one with SHA-256', async () => {
    await someActivity();
    const rows = auditRows(t);
    expect(rows.length).toBeGreaterThan(3);
    rows.forEach((row, i) => {
      expect(row.id).toBe(i + 1);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1].hash);
    });
  });

  it('audit:verify passes, then names the first entry altered behind the application’s back', async () => {
    await someActivity();
    const total = auditRows(t).length;
    const ok = runVerify(t.dbPath);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(`${total} entries checked`);

    // What an intruder with the sqlite3 shell would do: drop the trigger, edit a row.
    const raw = new Database(t.dbPath);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor_login = 'someone_else' WHERE id = 3").run();
    raw.close();
    const broken = runVerify(t.dbPath);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('entry 3');
  });

  it('audit:verify catches a deleted entry', async () => {
    await someActivity();
    const raw = new Database(t.dbPath);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE id = 2').run();
    raw.close();
    const broken = runVerify(t.dbPath);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/entry 2 is missing/);
  });
});

describe('reading the log', () => {
  it('filters by actor, action, subject and date range, newest first', async () => {
    const subjectId = await someActivity();
    const compliance = await loginAs(t, 'compliance');
    const get = (filter: object) =>
      compliance
        .get(withFilter('/api/audit-log', filter))
        .expect(200)
        .then((r) => r.body);
    expect((await get({ actor_login: op.login })).map((e: any) => e.action)).toEqual([
      'subject.corrected',
      'subject.viewed',
      'subject.created',
      'auth.login',
    ]);
    expect((await get({ action: 'subject.viewed' })).every((e: any) => e.action === 'subject.viewed')).toBe(true);
    expect((await get({ subject_id: subjectId })).length).toBe(3);
    const today = clinicDay(new Date(t.clock.now)); // filter days are the clinic's (Moscow) calendar days
    expect((await get({ from: today, to: today, actor_login: op.login })).length).toBe(4);
    expect((await get({ from: '2001-01-01', to: '2001-01-31' })).length).toBe(0);
    const bad = await compliance.get(withFilter('/api/audit-log', { from: 'yesterday' })).expect(400);
    expect(bad.body.message).toContain('from');
  });

  it('stays readable after a subject key is gone, its personal values reading as destroyed, and the chain still verifies', async () => {
    const subjectId = await someActivity();
    t.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?').run(subjectId);
    t.services.keyring.forget(subjectId);
    const compliance = await loginAs(t, 'compliance');
    const entries = (await compliance.get(withFilter('/api/audit-log', { subject_id: subjectId })).expect(200)).body;
    const listed = entries.find((e: any) => e.action === 'subject.corrected');
    expect(listed.details).toMatchObject({ personal_sealed: true, fields: ['phone'] });
    const corrected = (await compliance.get(`/api/audit-log/${listed.id}`).expect(200)).body;
    expect(corrected.details).toMatchObject({ personal_destroyed: true, fields: ['phone'] });
    expect(runVerify(t.dbPath).status).toBe(0);
  });
});
