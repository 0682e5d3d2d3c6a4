import request from 'supertest';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, jsonParams, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { verifyChain, verifyChainParallel } from '../../server/audit/verifyChain.js';
import { normalizeName } from '../../server/shared/text.js';
import { preparedSql } from '../../server/db/statementCache.js';

// The machinery that keeps lists fast at a million rows must give the same answers as the naive SQL.
const t = useTestApp();
let op: LoggedIn;
beforeEach(async () => {
  op = await loginAs(t, 'operator');
});

const ctx = systemContext();
const SURNAMES = ['Иванов', 'Иванова', 'Иваненко', 'Ивлев', 'Петров', 'Петрова', 'Ёлкин', 'Елисеев', 'Сидоров'];
const FIRST = ['Иван', 'Ивана', 'Пётр', 'Анна', 'Елена', 'Сергей'];

async function seed(n: number) {
  for (let i = 0; i < n; i++) {
    await t.services.subjects.create(ctx, {
      last_name: SURNAMES[i % SURNAMES.length],
      first_name: FIRST[(i * 7) % FIRST.length],
      patronymic: null,
      sex: i % 2 ? 'male' : 'female',
      birth_date: null,
      phone: `+7900${String(i).padStart(7, '0')}`,
      email: i % 3 ? `${FIRST[i % FIRST.length].toLowerCase()}${i}@mail.ru` : null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
    });
  }
}

const list = (params: Record<string, unknown>) => op.get('/api/subjects').query(jsonParams(params));

describe('subject totals', () => {
  it('are kept by triggers in step with inserts and status changes', async () => {
    await seed(12);
    t.db.prepare("UPDATE subjects SET status = 'blocked' WHERE id IN (1, 2, 3)").run();
    const counts = Object.fromEntries(
      (t.db.prepare('SELECT status, n FROM subject_counts').all() as { status: string; n: number }[]).map((r) => [
        r.status,
        r.n,
      ]),
    );
    expect(counts).toEqual({ active: 9, blocked: 3, destroyed: 0 });
    expect((await list({ range: [0, 4] })).headers['content-range']).toBe('subjects 0-4/12');
    expect((await list({ filter: { status: 'blocked' } })).headers['content-range']).toBe('subjects 0-2/3');
  });
});

describe('name search', () => {
  it('pages the same rows, in the same order, as a plain prefix query', async () => {
    await seed(90);
    const words = ['ив', 'иван', 'иванов', 'пет', 'е', 'ел', 'анна', 'ивана', 'сер'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...words),
        fc.constantFrom('ASC', 'DESC'),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(undefined, 'male', 'female'),
        async (word, order, offset, sex) => {
          const filter: Record<string, unknown> = { q: word, ...(sex ? { sex } : {}) };
          const res = await list({ filter, sort: ['last_name', order], range: [offset, offset + 9] }).expect(200);
          const w = normalizeName(word);
          const expected = (
            t.db
              .prepare(
                `SELECT id FROM subjects WHERE (last_name_norm LIKE ? || '%' OR first_name_norm LIKE ? || '%' OR email_norm LIKE ? || '%')
             ${sex ? 'AND sex = ?' : ''} ORDER BY last_name_norm ${order}, first_name_norm ${order}, id ${order} LIMIT 10 OFFSET ?`,
              )
              .all(...[w, w, w, ...(sex ? [sex] : []), offset]) as { id: number }[]
          ).map((r) => r.id);
          expect(res.body.map((s: { id: number }) => s.id)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('audit pages', () => {
  it('stay in id order when the clock steps back, for filtered lists too', async () => {
    const compliance = await loginAs(t, 'compliance');
    await seed(3);
    t.clock.advanceMinutes(-120); // the server's clock set back two hours
    await seed(2);
    expect((t.db.prepare('SELECT count(*) AS n FROM audit_clock_steps').get() as { n: number }).n).toBe(1);
    const res = await compliance.get(withFilter('/api/audit-log', { action: 'subject.created' })).expect(200);
    const ids = res.body.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(5);
  });
});

describe('list SQL', () => {
  it('writes each LIMIT into the statement, so SQLite does not re-prepare it on every run', async () => {
    // SQLite plans with a bound LIMIT's value and re-prepares the statement whenever that parameter is bound again.
    const compliance = await loginAs(t, 'compliance');
    await seed(30);
    const searches = ['ив', 'иван пётр', '+79000000007', '8 900 000', 'анна3@', undefined];
    for (const q of searches) {
      for (const sort of [
        ['last_name', 'ASC'],
        ['created_at', 'DESC'],
      ]) {
        await list({ filter: q ? { q, status: 'active' } : {}, sort, range: [5, 14] }).expect(200);
        await list({ filter: { status: 'active', ...(q ? { q } : {}) }, sort, range: [0, 24] }).expect(200);
      }
    }
    const audit = (filter: object, range = [0, 24]) =>
      compliance.get('/api/audit-log').query(jsonParams({ filter, range })).expect(200);
    await audit({});
    await audit({ subject_id: 3 });
    await audit({ actor_login: 'system', from: '2020-01-01', to: '2099-12-31' });
    t.clock.advanceMinutes(-120); // the clock stepped back: the audit page takes its id-order fallback
    await seed(1);
    await audit({ action: 'subject.created' });
    await op
      .get('/api/marketing-list')
      .query(jsonParams({ range: [0, 24] }))
      .expect(200);
    await request(t.app).get('/api/public/policy/current'); // the policy in force: none is published here

    const prepared = preparedSql(t.db);
    expect(prepared.filter((sql) => /\bLIMIT\b/i.test(sql)).length).toBeGreaterThan(10);
    expect(prepared.filter((sql) => /\bLIMIT\s*[?@:$]/i.test(sql))).toEqual([]);

    // Deep pages share a few statements: LIMITs that only need to be large enough are rounded up.
    const before = preparedSql(t.db).length;
    for (let offset = 1_000; offset < 1_400; offset += 10) {
      await list({ filter: { q: 'ив' }, range: [offset, offset + 9] }).expect(200);
      await audit({ action: 'subject.created' }, [offset * 5, offset * 5 + 9]); // the log refuses an OFFSET past 10,000
    }
    expect(preparedSql(t.db).length - before).toBeLessThan(10); // 80 requests, 40 offsets: a handful of statements, not one per page
  });
});

describe('parallel audit:verify', () => {
  it('agrees with the sequential walk, and names the same first broken entry', async () => {
    await seed(40);
    const total = auditRows(t).length;
    const parallel = (db = t.db) => verifyChainParallel(db, t.dbPath, { parallelFrom: 1, threads: 3 });
    expect(await parallel()).toEqual({ ok: true, checked: total });
    t.db.exec('DROP TRIGGER audit_log_no_update');
    t.db.prepare("UPDATE audit_log SET ip = '10.0.0.1' WHERE id IN (?, ?)").run(Math.floor(total / 2), total - 1);
    const sequential = verifyChain(t.db);
    expect(sequential).toMatchObject({ ok: false, brokenAt: Math.floor(total / 2) });
    expect(await parallel()).toEqual(sequential);
  });
});
