// Flags worth a compliance officer's look (issue 13 §1): work outside hours or on a day off, a burst of card
// openings, repeated denials, failed-login bursts and big exports raise flags from the audit log; each flag names
// exactly the entries behind it; scanning is idempotent; a compliance officer reviews a flag once, with a comment.
import { beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../server/shared/requestContext.js';
import {
  auditRows,
  createSubject,
  createTestApp,
  jsonParams,
  loginAs,
  logIn,
  useTestApp,
  type LoggedIn,
  type TestApp,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);
const ids = (rows: Record<string, any>[]) => rows.map((r) => r.id as number);

beforeEach(async () => {
  // Tuesday 12 May 2026: a working day by the production calendar.
  t.clock.now = at('2026-05-12T10:00:00');
  op = await loginAs(t, 'operator');
});

function flags(app: TestApp, kind?: string) {
  return app.db
    .prepare(`SELECT * FROM audit_flags ${kind ? 'WHERE kind = ?' : ''} ORDER BY id`)
    .all(...(kind ? [kind] : [])) as Record<string, any>[];
}

function entryIdsOf(app: TestApp, flagId: number): number[] {
  return app.db
    .prepare('SELECT audit_id FROM audit_flag_entries WHERE flag_id = ? ORDER BY audit_id')
    .pluck()
    .all(flagId) as number[];
}

const scan = (app: TestApp = t) => app.services.auditFlags.scan();
const withEntries = (app: TestApp) =>
  flags(app).map((f): Record<string, any> => ({ ...f, entry_ids: entryIdsOf(app, f.id) }));

describe('detection', () => {
  it('flags staff work at 23:30 Moscow time and on a day off, with exactly those entries, never the system’s', async () => {
    const subject = await createSubject(op);
    t.clock.now = at('2026-05-12T23:30:00');
    op = await logIn(t, op.login);
    await op.get(`/api/subjects/${subject.id}`).expect(200);
    await t.services.checkpoints.sign(systemContext(), 'manual');
    // Monday 11 May 2026 is a day off by the calendar (the holiday of Saturday 9 May moved), though a weekday.
    t.clock.now = at('2026-05-11T12:00:00');
    const holiday = await logIn(t, op.login);
    await holiday.get(`/api/subjects/${subject.id}`).expect(200);
    await scan();

    const found = flags(t, 'after_hours');
    expect(found.map((f) => [f.subject_value, f.window_start])).toEqual([
      [op.login, new Date(at('2026-05-12T00:00:00')).toISOString()],
      [op.login, new Date(at('2026-05-11T00:00:00')).toISOString()],
    ]);
    const night = auditRows(
      t,
      'actor_login = ? AND at >= ? AND at < ?',
      op.login,
      '2026-05-12T17:00:00.000Z',
      '2026-05-12T21:00:00.000Z',
    );
    expect(night.map((r) => r.action)).toEqual(['auth.login', 'subject.viewed']);
    expect(entryIdsOf(t, found[0].id)).toEqual(ids(night));
    expect(found[0].count).toBe(2);
    const dayOff = auditRows(t, 'actor_login = ? AND at < ?', op.login, '2026-05-11T21:00:00.000Z');
    expect(entryIdsOf(t, found[1].id)).toEqual(ids(dayOff));
    expect(flags(t).some((f) => f.subject_value === 'system')).toBe(false);
  });

  it('flags one person opening more than 50 different subjects in an hour, with exactly those openings', async () => {
    const subjects = [];
    for (let i = 0; i < 60; i++) subjects.push(await createSubject(op, { last_name: `Пациентов${i}` }));
    const otherStaff = await loginAs(t, 'operator');
    t.clock.now = at('2026-05-12T11:05:00');
    op = await logIn(t, op.login);
    const other = await logIn(t, otherStaff.login);
    for (const s of subjects) await op.get(`/api/subjects/${s.id}`).expect(200);
    // Fifty is the limit, not a breach.
    for (const s of subjects.slice(0, 50)) await other.get(`/api/subjects/${s.id}`).expect(200);
    await scan();

    const [burst, ...more] = flags(t, 'many_subjects');
    expect(more).toEqual([]);
    expect(burst).toMatchObject({
      subject_value: op.login,
      count: 60,
      entries: 60,
      window_start: '2026-05-12T08:00:00.000Z',
      window_end: '2026-05-12T09:00:00.000Z',
    });
    const openings = auditRows(t, "action = 'subject.viewed' AND actor_login = ?", op.login);
    expect(openings).toHaveLength(60);
    expect(entryIdsOf(t, burst.id)).toEqual(ids(openings));

    // The burst goes on within the hour: a card opened again counts as an opening, not as one more subject; a new
    // one counts as both. The flag grows from the new entries alone, and a whole rescan leaves it so.
    const late = await createSubject(op, { last_name: 'Поздняков' });
    t.clock.now = at('2026-05-12T11:25:00');
    await op.get(`/api/subjects/${subjects[0].id}`).expect(200);
    await op.get(`/api/subjects/${late.id}`).expect(200);
    await scan();
    const [grown] = flags(t, 'many_subjects');
    expect(grown).toMatchObject({ id: burst.id, count: 61, entries: 62 });
    const allOpenings = auditRows(t, "action = 'subject.viewed' AND actor_login = ?", op.login);
    expect(entryIdsOf(t, burst.id)).toEqual(ids(allOpenings));
    t.db.prepare('UPDATE audit_flag_cursor SET last_id = 0').run();
    await scan();
    expect(flags(t, 'many_subjects')).toEqual([grown]);
  });

  it('flags five denials of one person in an hour, and ten failed logins for one login or one IP in 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await op.get('/api/staff').expect(403);
    const other = await loginAs(t, 'operator');
    for (let i = 0; i < 4; i++) await other.get('/api/staff').expect(403);
    for (let i = 0; i < 10; i++) {
      await logIn(t, 'ghost', 'wrong-password').catch(() => undefined);
      t.clock.advanceMinutes(1);
    }
    await scan();

    const [denials, ...moreDenials] = flags(t, 'repeated_denials');
    expect(moreDenials).toEqual([]);
    expect(denials).toMatchObject({ subject_value: op.login, count: 5 });
    expect(entryIdsOf(t, denials.id)).toEqual(
      ids(auditRows(t, "action = 'auth.denied' AND actor_login = ?", op.login)),
    );

    const failures = ids(auditRows(t, "action = 'auth.login_failed'"));
    expect(failures).toHaveLength(10);
    const bursts = flags(t, 'failed_logins');
    expect(bursts.map((f) => [f.subject_type, f.count])).toEqual([
      ['login', 10],
      ['ip', 10],
    ]);
    expect(bursts[0].subject_value).toBe('ghost');
    for (const f of bursts) expect(entryIdsOf(t, f.id)).toEqual(failures);
  });

  it('flags an export of more rows than the limit, naming its entry', async () => {
    const small = createTestApp({ flagExportRows: 2 });
    try {
      small.clock.now = at('2026-05-12T10:00:00');
      const officer = await loginAs(small, 'compliance');
      await officer.get('/api/audit-log').expect(200);
      await officer
        .get('/api/audit-log/export')
        .query({ format: 'jsonl', reason: 'Проверка по запросу директора' })
        .expect(200);
      await scan(small);
      const [exported] = auditRows(small, "action = 'audit_log.exported'");
      const rows = JSON.parse(exported.details).rows as number;
      expect(rows).toBeGreaterThan(2);
      const [big, ...more] = flags(small, 'big_export');
      expect(more).toEqual([]);
      expect(big).toMatchObject({ subject_value: officer.login, count: rows, window_start: exported.at });
      expect(entryIdsOf(small, big.id)).toEqual([exported.id]);
    } finally {
      small.close();
    }
    // With the default limit (1,000 rows) the same small export raises nothing.
    const officer = await loginAs(t, 'compliance');
    await officer.get('/api/audit-log/export').query({ format: 'jsonl', reason: 'Проверка по запросу' }).expect(200);
    await scan();
    expect(flags(t, 'big_export')).toEqual([]);
  });

  it('is idempotent: a second scan, or a rescan of the whole log, finds the same flags; later entries grow them', async () => {
    for (let i = 0; i < 5; i++) await op.get('/api/staff').expect(403);
    t.clock.now = at('2026-05-12T22:00:00');
    op = await logIn(t, op.login);
    const first = await scan();
    expect(first.flags_touched).toBeGreaterThan(0);
    const before = withEntries(t);
    expect(before.map((f) => f.kind).sort()).toEqual(['after_hours', 'repeated_denials']);

    expect(await scan()).toMatchObject({ scanned_entries: 0, flags_touched: 0 });
    t.db.prepare('UPDATE audit_flag_cursor SET last_id = 0').run();
    await scan();
    expect(withEntries(t)).toEqual(before);

    await op.get('/api/staff').expect(403);
    await scan();
    const [night] = flags(t, 'after_hours');
    expect(night.id).toBe(before.find((f) => f.kind === 'after_hours')!.id);
    expect(night.entries).toBe(2);
    const lateDenial = auditRows(t, "action = 'auth.denied'").at(-1)!;
    expect(entryIdsOf(t, night.id)).toEqual([
      ...before.find((f) => f.kind === 'after_hours')!.entry_ids,
      lateDenial.id,
    ]);
  });
});

describe('the API', () => {
  let compliance: LoggedIn;

  beforeEach(async () => {
    compliance = await loginAs(t, 'compliance');
    for (let i = 0; i < 5; i++) await op.get('/api/staff').expect(403);
  });

  it('scans on demand, lists with filters and opens a flag with its entries and no personal value', async () => {
    const scanned = (await compliance.post('/api/audit-flags/scan').send({}).expect(200)).body;
    expect(scanned).toMatchObject({ flags_touched: 1 });
    const list = await compliance
      .get('/api/audit-flags')
      .query(jsonParams({ filter: { kind: 'repeated_denials', reviewed: false }, sort: ['reviewed', 'ASC'] }))
      .expect(200);
    expect(list.headers['content-range']).toBe('audit-flags 0-0/1');
    const [flag] = list.body;
    expect(flag).toMatchObject({ kind: 'repeated_denials', subject_value: op.login, reviewed: false, count: 5 });
    expect(
      (
        await compliance
          .get('/api/audit-flags')
          .query(jsonParams({ filter: { reviewed: true } }))
          .expect(200)
      ).body,
    ).toEqual([]);
    await compliance
      .get('/api/audit-flags')
      .query(jsonParams({ filter: { kind: 'nope' } }))
      .expect(400);

    const shown = (await compliance.get(`/api/audit-flags/${flag.id}`).expect(200)).body;
    expect(shown.entry_list).toHaveLength(5);
    expect(Object.keys(shown.entry_list[0]).sort()).toEqual(['action', 'actor_login', 'at', 'id']);
    expect(shown.entry_list.map((e: any) => e.action)).toEqual(Array(5).fill('auth.denied'));
    expect(shown).toMatchObject({ review_comment: null, entries_truncated: false });
    await compliance.get('/api/audit-flags/999').expect(404);
  });

  it('reviews a flag once, with a required comment sealed in the database and audited without its words', async () => {
    await t.services.auditFlags.scan();
    const [flag] = flags(t);
    await compliance.post(`/api/audit-flags/${flag.id}/review`).send({}).expect(400);
    await compliance.post(`/api/audit-flags/${flag.id}/review`).send({ comment: '  ' }).expect(400);
    const comment = 'Оператор Иванова искала права на раздел сотрудников, объяснила';
    const reviewed = (await compliance.post(`/api/audit-flags/${flag.id}/review`).send({ comment }).expect(200)).body;
    expect(reviewed).toMatchObject({ reviewed: true, reviewed_by_login: compliance.login, review_comment: comment });

    const stored = t.db
      .prepare('SELECT review_comment_enc FROM audit_flags WHERE id = ?')
      .pluck()
      .get(flag.id) as Buffer;
    expect(stored.toString('latin1')).not.toContain('Иванова');
    const [entry] = auditRows(t, "action = 'audit_flag.reviewed'");
    expect(entry).toMatchObject({
      actor_login: compliance.login,
      entity_type: 'audit_flag',
      entity_id: String(flag.id),
    });
    expect(JSON.parse(entry.details)).toEqual({
      kind: 'repeated_denials',
      window_start: flag.window_start,
      entries: 5,
    });
    expect(entry.details).not.toContain('Иванова');

    const again = await compliance.post(`/api/audit-flags/${flag.id}/review`).send({ comment: 'Ещё раз' }).expect(409);
    expect(again.body.code).toBe('already_decided');
    expect((await compliance.get(`/api/audit-flags/${flag.id}`).expect(200)).body.review_comment).toBe(comment);
  });

  it('puts a flag that grew after its review back among the unreviewed, and keeps the earlier review beside the next', async () => {
    await t.services.auditFlags.scan();
    const [flag] = flags(t);
    const first = 'Пять отказов: искала раздел сотрудников';
    await compliance.post(`/api/audit-flags/${flag.id}/review`).send({ comment: first }).expect(200);
    expect((await compliance.get('/api/audit-flags/unreviewed-count').expect(200)).body.count).toBe(0);

    // Two more denials in the same clock hour: the window the review covered has grown.
    t.clock.now = at('2026-05-12T10:20:00');
    await op.get('/api/staff').expect(403);
    await op.get('/api/staff').expect(403);
    await t.services.auditFlags.scan();
    const grown = (await compliance.get(`/api/audit-flags/${flag.id}`).expect(200)).body;
    expect(grown).toMatchObject({
      entries: 7,
      reviewed: false,
      reviewed_entries: 5,
      review_comment: first,
      earlier_reviews: [],
    });
    expect((await compliance.get('/api/audit-flags/unreviewed-count').expect(200)).body.count).toBe(1);
    const unreviewed = await compliance
      .get('/api/audit-flags')
      .query(jsonParams({ filter: { reviewed: false } }))
      .expect(200);
    expect(ids(unreviewed.body)).toEqual([flag.id]);

    const second = 'Ещё два отказа: та же причина, доступ не нужен';
    const again = (await compliance.post(`/api/audit-flags/${flag.id}/review`).send({ comment: second }).expect(200))
      .body;
    expect(again).toMatchObject({ reviewed: true, reviewed_entries: 7, review_comment: second });
    expect(again.earlier_reviews).toEqual([
      expect.objectContaining({ reviewed_by_login: compliance.login, reviewed_entries: 5, comment: first }),
    ]);
    const reviews = auditRows(t, "action = 'audit_flag.reviewed'");
    expect(reviews.map((r) => JSON.parse(r.details))).toEqual([
      { kind: 'repeated_denials', window_start: flag.window_start, entries: 5 },
      { kind: 'repeated_denials', window_start: flag.window_start, entries: 7, earlier_review_entries: 5 },
    ]);
    // Nothing new since: a third review is refused, and the earlier review is a record nobody alters.
    await compliance.post(`/api/audit-flags/${flag.id}/review`).send({ comment: 'Третий' }).expect(409);
    expect(() => t.db.prepare('DELETE FROM audit_flag_reviews').run()).toThrow(/append-only/);
    const stored = t.db.prepare('SELECT comment_enc FROM audit_flag_reviews').pluck().get() as Buffer;
    expect(stored.toString('latin1')).not.toContain('сотрудников');
  });

  it('exports the filtered flags as CSV with a typed reason, audited before the file, without the comments', async () => {
    const denied = await loginAs(t, 'operator');
    for (let i = 0; i < 5; i++) await denied.get('/api/staff').expect(403);
    await t.services.auditFlags.scan();
    const [first, second] = flags(t);
    await compliance.post(`/api/audit-flags/${first.id}/review`).send({ comment: 'Искала раздел сотрудников' });

    const refused = await compliance.get('/api/audit-flags/export.csv').expect(400);
    expect(Object.keys(refused.body.errors)).toEqual(['reason']);
    await op.get('/api/audit-flags/export.csv').query({ reason: 'Проверка' }).expect(403);
    expect(auditRows(t, "action = 'audit_report.exported'")).toEqual([]);

    const reason = 'Квартальная проверка сигналов';
    const csv = await compliance
      .get('/api/audit-flags/export.csv')
      .query({ ...jsonParams({ filter: { kind: 'repeated_denials' } }), reason })
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'flag_id,kind,subject_type,subject_value,window_start,window_end,count,entries,detected_at,review_state,' +
        'reviewed_by_login,reviewed_at,reviewed_entries',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4))).toEqual([
      [String(first.id), 'repeated_denials', 'login', first.subject_value],
      [String(second.id), 'repeated_denials', 'login', second.subject_value],
    ]);
    expect(lines[1].split(',').slice(9, 11)).toEqual(['reviewed', compliance.login]);
    expect(lines[2].split(',')[9]).toBe('not_reviewed');
    expect(csv.text).not.toContain('сотрудников');
    const [exported] = auditRows(t, "action = 'audit_report.exported'");
    expect(JSON.parse(exported.details)).toEqual({ report: 'audit_flags', filters: ['kind'], rows: 2, reason });
  });

  it('is compliance’s alone: operators and the administrator get 403', async () => {
    await t.services.auditFlags.scan();
    const [flag] = flags(t);
    const admin = await loginAs(t, 'admin');
    for (const who of [op, admin]) {
      await who.get('/api/audit-flags').expect(403);
      await who.get(`/api/audit-flags/${flag.id}`).expect(403);
      await who.post(`/api/audit-flags/${flag.id}/review`).send({ comment: 'Проверено' }).expect(403);
      await who.post('/api/audit-flags/scan').send({}).expect(403);
    }
    await compliance.delete(`/api/audit-flags/${flag.id}`).expect(405);
    expect(flags(t)[0].reviewed_at).toBeNull();
  });
});
