// The retention job: a destruction act and its log extract are kept 3 years from the destruction (Order 179) and then
// lose their content and key — the number, dates, reason and categories stay as the register — each expiry audited,
// one `retention.run` entry per run, the chain still verifying. Run in-process with a moved clock, and as the CLI
// command against a database file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain, verifyChainParallel } from '../../server/audit/verifyChain.js';
import { DESTRUCTION_CATEGORIES } from '../../server/contract/index.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { binary } from '../helpers/pdf.js';
import { auditRows, createStaff, createSubject, logIn, useTestApp, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
const logins = { operator: '', compliance: '' };
let op: LoggedIn;
let compliance: LoggedIn;

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);

beforeEach(async () => {
  logins.operator = (await createStaff(t, 'operator')).login;
  logins.compliance = (await createStaff(t, 'compliance')).login;
  const current = t.services.settings.current();
  await t.services.settings.update(systemContext(), {
    ...current,
    responsible_name: 'Орлова Наталья Сергеевна',
    responsible_position: 'Ответственный за организацию обработки ПДн',
    signer_name: 'Васильев Игорь Николаевич',
    signer_position: 'Главный врач',
  });
});

/** Signs both in again: a move of the clock by years ends every session. */
async function signIn() {
  op = await logIn(t, logins.operator);
  compliance = await logIn(t, logins.compliance);
}

/** A subject destroyed at the clock's time: answers its act's id. */
async function destroyedAt(moscow: string | number, lastName: string): Promise<number> {
  t.clock.now = typeof moscow === 'number' ? moscow : at(moscow);
  await signIn();
  const subject = await createSubject(op, { last_name: lastName });
  const plan = DESTRUCTION_CATEGORIES.map((category) => ({ category, action: 'destroy' }));
  const d = (
    await op
      .post('/api/destructions')
      .send({ subject_id: subject.id, reason: 'not_needed', reason_text: 'Обработка не нужна', plan })
      .expect(201)
  ).body;
  return (await compliance.post(`/api/destructions/${d.id}/approve`).send({}).expect(200)).body.act_id;
}

const actRow = (id: number) =>
  t.db.prepare('SELECT * FROM destruction_acts WHERE id = ?').get(id) as Record<string, any>;
const actKey = (id: number) =>
  t.db.prepare("SELECT id FROM owner_keys WHERE owner_type = 'destruction_act' AND owner_id = ?").get(id);
const runs = () => auditRows(t, "action = 'retention.run'").map((e) => JSON.parse(e.details));
const pdf = (url: string) => compliance.get(url).buffer(true).parse(binary);

describe('the retention job', () => {
  let old: number;
  let young: number;
  beforeEach(async () => {
    old = await destroyedAt('2026-02-02T12:00:00', 'Петрова');
    young = await destroyedAt('2026-03-10T12:00:00', 'Сидорова');
  });

  it('ends the term of an act of 29 February on 28 February three years on (Civil Code art. 192 p.3)', async () => {
    const leap = await destroyedAt('2028-02-29T12:00:00', 'Високосова');
    expect(actRow(leap).expires_on).toBe('2031-02-28');
    t.clock.now = at('2031-02-28T23:00:00');
    await t.services.retention.run(systemContext());
    expect(actRow(leap).status).toBe('kept');
    t.clock.now = at('2031-03-01T00:10:00');
    const result = await t.services.retention.run(systemContext());
    expect(result.expired_acts.map((a) => a.id)).toContain(leap);
  });

  it('keeps an act through the last day of its term, and logs that it ran', async () => {
    t.clock.now = at('2029-02-02T23:59:00');
    expect(await t.services.retention.run(systemContext())).toEqual({ expired_acts: [] });
    expect(actRow(old)).toMatchObject({ status: 'kept', expires_on: '2029-02-02' });
    expect(actRow(old).content_enc).not.toBeNull();
    expect(actKey(old)).toBeDefined();
    expect(runs()).toEqual([{ today: '2029-02-02', expired_acts: 0, numbers: [] }]);
    expect(auditRows(t, "action = 'destruction_act.expired'")).toHaveLength(0);
  });

  it('deletes the content and key of an act the day after its term, keeps its register row, audits it', async () => {
    const sealed: Buffer = actRow(old).content_enc;
    const files = () => Buffer.concat([fs.readFileSync(t.dbPath), fs.readFileSync(`${t.dbPath}-wal`)]);
    expect(files().indexOf(sealed.subarray(0, 48))).toBeGreaterThan(-1);
    t.clock.now = at('2029-02-03T00:30:00');
    const result = await t.services.retention.run(systemContext());
    expect(result).toEqual({ expired_acts: [{ id: old, number: 'АКТ-2026-0001' }] });
    // The WAL was checkpointed and truncated, and secure_delete overwrote the freed bytes: the sealed content is in
    // neither file any more.
    expect(fs.statSync(`${t.dbPath}-wal`).size).toBe(0);
    expect(files().indexOf(sealed.subarray(0, 48))).toBe(-1);

    expect(actRow(old)).toMatchObject({
      number: 'АКТ-2026-0001',
      destroyed_on: '2026-02-02',
      expires_on: '2029-02-02',
      reason: 'not_needed',
      status: 'expired',
      content_enc: null,
      owner_key_id: null,
    });
    expect(actKey(old)).toBeUndefined();
    // The younger act is untouched.
    expect(actRow(young)).toMatchObject({ status: 'kept', expires_on: '2029-03-10' });
    expect(actRow(young).content_enc).not.toBeNull();
    expect(actKey(young)).toBeDefined();

    const [expired] = auditRows(t, "action = 'destruction_act.expired'");
    expect(expired).toMatchObject({ actor_login: 'system', entity_type: 'destruction_act', entity_id: String(old) });
    expect(JSON.parse(expired.details)).toEqual({
      number: 'АКТ-2026-0001',
      destroyed_on: '2026-02-02',
      expires_on: '2029-02-02',
    });
    expect(runs()).toEqual([{ today: '2029-02-03', expired_acts: 1, numbers: ['АКТ-2026-0001'] }]);
    expect(verifyChain(t.db)).toMatchObject({ ok: true });
    const parallel = await verifyChainParallel(t.db, t.dbPath, {
      threads: 2,
      parallelFrom: 1,
      segment: 4,
      workersOnly: true,
    });
    expect(parallel).toMatchObject({ ok: true, checked: auditRows(t).length });

    // The register still lists it; its show has no content; its documents are gone.
    await signIn();
    const shown = (await compliance.get(`/api/destruction-acts/${old}`).expect(200)).body;
    expect(shown).toMatchObject({ number: 'АКТ-2026-0001', status: 'expired', content: null });
    for (const url of [`/api/destruction-acts/${old}/pdf`, `/api/destruction-acts/${old}/extract.pdf`]) {
      expect((await compliance.get(url).expect(409)).body.code).toBe('act_expired');
    }
    expect(auditRows(t, "action = 'destruction_act.printed'")).toHaveLength(0);
    await pdf(`/api/destruction-acts/${young}/pdf`).expect(200);
    const listed = await compliance
      .get('/api/destruction-acts')
      .query({ filter: JSON.stringify({ status: 'expired' }) })
      .expect(200);
    expect(listed.body.map((r: any) => r.id)).toEqual([old]);

    // A second run the same day finds nothing more.
    expect(await t.services.retention.run(systemContext())).toEqual({ expired_acts: [] });
    expect(auditRows(t, "action = 'destruction_act.expired'")).toHaveLength(1);
  });

  it('expires every act due when it has not run for a while, each on its own', async () => {
    t.clock.now = at('2029-04-01T09:00:00');
    const result = await t.services.retention.run(systemContext());
    expect(result.expired_acts.map((a) => a.number)).toEqual(['АКТ-2026-0001', 'АКТ-2026-0002']);
    expect([actRow(old).status, actRow(young).status]).toEqual(['expired', 'expired']);
    expect(auditRows(t, "action = 'destruction_act.expired'").map((e) => e.entity_id)).toEqual([
      String(old),
      String(young),
    ]);
    expect(t.db.prepare("SELECT count(*) FROM owner_keys WHERE owner_type = 'destruction_act'").pluck().get()).toBe(0);
    expect(verifyChain(t.db)).toMatchObject({ ok: true });
  });
});

describe('npm run cli -- retention:run', () => {
  const cli = (command: string) =>
    spawnSync('npx', ['tsx', 'server/cli/index.ts', command], {
      env: { ...process.env, DATABASE_PATH: t.dbPath, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });

  it('expires the acts whose term has ended against the database file, and the chain still verifies', async () => {
    // The CLI runs on the real clock: an act made three years and a few days ago is due today.
    const threeYearsAgo = new Date();
    threeYearsAgo.setUTCFullYear(threeYearsAgo.getUTCFullYear() - 3);
    const due = await destroyedAt(threeYearsAgo.getTime() - 5 * 86_400_000, 'Петрова');
    const notDue = await destroyedAt(Date.now() - 86_400_000, 'Сидорова');
    const number = actRow(due).number;

    const run = cli('retention:run');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`1 destruction act(s) expired, content and key deleted: ${number}`);
    expect(actRow(due)).toMatchObject({ status: 'expired', content_enc: null });
    expect(actKey(due)).toBeUndefined();
    expect(actRow(notDue).status).toBe('kept');
    const [entry] = auditRows(t, "action = 'retention.run'");
    expect(entry.actor_login).toMatch(/^cli:/);

    const again = cli('retention:run');
    expect(again.stdout).toContain('Retention: no destruction act is due');
    const verify = cli('audit:verify');
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/Audit log OK/);
  }, 60_000);
});
