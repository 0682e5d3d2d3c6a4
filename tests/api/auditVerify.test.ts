import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { chainHash, type ChainedFields } from '../../server/audit/chain.js';
import { auditRows, createSubject, loginAs, useTestApp, type LoggedIn } from '../helpers/testApp.js';

// POST /api/audit-log/verify (issue 13 §4, §5): the console starts the worker-thread verifier on the live database,
// follows its progress, and the result is an audited action of the officer who asked.

const t = useTestApp();
let compliance: LoggedIn;
beforeEach(async () => {
  compliance = await loginAs(t, 'compliance');
});

/** Appends n entries chained exactly as the writer chains them (fast enough for a few hundred thousand). */
function appendChained(n: number) {
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
        actor_id: 2,
        actor_login: 'operator-bulk',
        actor_role: 'operator',
        action: 'subject.viewed',
        entity_type: 'subject',
        entity_id: String(id),
        subject_id: null,
        request_id: null,
        ip: '10.0.0.7',
        details: null,
      };
      const hash = chainHash(prevHash, fields);
      insert.run({ ...fields, prev_hash: prevHash, hash });
      prevHash = hash;
    }
  })();
}

async function untilDone(id: string) {
  const seen: Array<Record<string, any>> = [];
  for (;;) {
    const { body } = await compliance.get(`/api/audit-log/verify/${id}`).expect(200);
    seen.push(body);
    if (body.status !== 'running') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('verifying the live log from the console', () => {
  it('answers at once with a run whose progress, then result, can be followed; the result is audited', async () => {
    const operator = await loginAs(t, 'operator');
    await createSubject(operator);
    await compliance.post('/api/checkpoints').expect(201);
    appendChained(150_000);
    const total = (t.db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number) ?? 0;

    const started = await compliance.post('/api/audit-log/verify').expect(202);
    expect(started.body).toMatchObject({ status: 'running', checked: 0, total, started_by: compliance.login });
    // A second start while it runs joins the same run rather than doubling the work.
    expect((await compliance.post('/api/audit-log/verify').expect(202)).body.id).toBe(started.body.id);

    const seen = await untilDone(started.body.id);
    const checked = seen.map((s) => s.checked);
    expect(checked).toEqual([...checked].sort((a, b) => a - b));
    const done = seen.at(-1)!;
    expect(done).toMatchObject({
      status: 'passed',
      checked: total,
      total,
      result: { chain: { ok: true, checked: total }, checkpoints: { ok: true, checked: 1, last_id: 1 } },
    });
    expect(done.finished_at).toEqual(expect.any(String));

    const [verified] = auditRows(t, "action = 'audit_log.verified'");
    expect(verified.actor_login).toBe(compliance.login);
    expect(JSON.parse(verified.details)).toMatchObject({
      verification_id: started.body.id,
      result: 'passed',
      entries: total,
      chain: { ok: true },
      checkpoints: { ok: true },
    });
  }, 60_000);

  it('reports a broken chain with the entry, and audits the failure', async () => {
    const operator = await loginAs(t, 'operator');
    await createSubject(operator);
    const raw = new Database(t.dbPath);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor_login = 'someone_else' WHERE id = 3").run();
    raw.close();

    const started = await compliance.post('/api/audit-log/verify').expect(202);
    const done = (await untilDone(started.body.id)).at(-1)!;
    expect(done.status).toBe('failed');
    expect(done.result.chain).toMatchObject({ ok: false, broken_at: 3 });
    expect(JSON.parse(auditRows(t, "action = 'audit_log.verified'")[0].details)).toMatchObject({
      result: 'failed',
      chain: { ok: false, broken_at: 3 },
    });
  });

  it('is for compliance only; an unknown run is 404', async () => {
    const admin = await loginAs(t, 'admin');
    const operator = await loginAs(t, 'operator');
    await admin.post('/api/audit-log/verify').expect(403);
    await operator.post('/api/audit-log/verify').expect(403);
    await compliance.get('/api/audit-log/verify/00000000-0000-4000-8000-000000000000').expect(404);
    await compliance.get('/api/audit-log/verify/nope').expect(400);
  });
});
