import { beforeEach, describe, expect, it } from 'vitest';
import { jsonParams, loginAs, useTestApp, type LoggedIn } from '../helpers/testApp.js';
import { systemContext } from '../../server/shared/requestContext.js';

// Issue 13 §1: the log pages by key (the last id of the page before), never by a large OFFSET.
const t = useTestApp();
let compliance: LoggedIn;
beforeEach(async () => {
  compliance = await loginAs(t, 'compliance');
});

async function seedSubjects(n: number) {
  for (let i = 0; i < n; i++) {
    await t.services.subjects.create(systemContext(), {
      last_name: `Ключев${i}`,
      first_name: 'Анна',
      patronymic: null,
      sex: 'female',
      birth_date: null,
      phone: `+7901${String(i).padStart(7, '0')}`,
      email: null,
      legal_rep_name: null,
      legal_rep_basis: null,
      medical_info: null,
    });
    // Several entries share a second: the key must still split them exactly.
    if (i % 3 === 2) t.clock.advanceMinutes(1);
  }
}

const page = (filter: object, sort: [string, string], range = [0, 9]) =>
  compliance.get('/api/audit-log').query(jsonParams({ filter, sort, range }));

/** Every entry of a filter, read page after page by key; also answers the totals each page gave. */
async function walk(filter: object, order: 'ASC' | 'DESC') {
  const key = order === 'DESC' ? 'before_id' : 'after_id';
  const ids: number[] = [];
  const totals = new Set<string>();
  let cursor: number | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const res = await page(cursor === null ? filter : { ...filter, [key]: cursor }, ['id', order]).expect(200);
    totals.add(res.headers['content-range'].split('/')[1]);
    const rows = res.body as { id: number }[];
    ids.push(...rows.map((r) => r.id));
    if (rows.length < 10) return { ids, totals };
    cursor = rows[rows.length - 1].id;
  }
  throw new Error('the walk did not end');
}

const expected = (where: string, order: 'ASC' | 'DESC', ...params: unknown[]) =>
  (t.db.prepare(`SELECT id FROM audit_log WHERE ${where} ORDER BY id ${order}`).all(...params) as { id: number }[]).map(
    (r) => r.id,
  );

describe('the audit log paged by key', () => {
  it('reads every entry of a filter once, in order, newest or oldest first, with a steady total', async () => {
    await seedSubjects(47);
    for (const order of ['DESC', 'ASC'] as const) {
      // The time-ordered index (action), a subject's (subject_id, id) and the primary key (no filter).
      const byAction = await walk({ action: 'subject.created' }, order);
      expect(byAction.ids).toEqual(expected("action = 'subject.created'", order));
      expect(byAction.ids).toHaveLength(47);
      // A filter's matches are not counted: each page's total only says whether another page follows (its end + 1).
      expect([...byAction.totals]).toEqual(['11', '7']);

      const existing = expected('1 = 1', order);
      const all = await walk({}, order);
      // Each page read is itself audited, so the log grows while it is walked: what was there when the walk began
      // is read in full, in order, and nothing twice.
      expect(new Set(all.ids).size).toBe(all.ids.length);
      expect(all.ids).toEqual([...all.ids].sort((a, b) => (order === 'ASC' ? a - b : b - a)));
      expect(existing.filter((id) => !all.ids.includes(id))).toEqual([]);
    }
    const one = await walk({ subject_id: 5 }, 'DESC');
    expect(one.ids).toEqual(expected('subject_id = 5', 'DESC'));
  });

  it('gives the same pages as OFFSET would, and stays exact after the clock stepped back', async () => {
    await seedSubjects(25);
    const first = (await page({ action: 'subject.created' }, ['id', 'DESC'], [0, 9]).expect(200)).body;
    const second = (await page({ action: 'subject.created' }, ['id', 'DESC'], [10, 19]).expect(200)).body;
    const keyed = (await page({ action: 'subject.created', before_id: first[9].id }, ['id', 'DESC']).expect(200)).body;
    expect(keyed.map((r: { id: number }) => r.id)).toEqual(second.map((r: { id: number }) => r.id));

    t.clock.advanceMinutes(-600); // entries written now have earlier times than older ids: the id-order fallback
    await seedSubjects(12);
    const walked = await walk({ action: 'subject.created' }, 'DESC');
    expect(walked.ids).toEqual(expected("action = 'subject.created'", 'DESC'));
  });

  it('refuses a deep OFFSET, naming the range and how to go on, and accepts the key there', async () => {
    const res = await page({ action: 'subject.created' }, ['id', 'DESC'], [10_010, 10_019]).expect(400);
    expect(JSON.stringify(res.body)).toContain('range');
    expect(JSON.stringify(res.body)).toContain('before_id');
    await page({ action: 'subject.created' }, ['id', 'DESC'], [10_000, 10_009]).expect(200);
    const bad = await page({ before_id: 'x' }, ['id', 'DESC']).expect(400);
    expect(JSON.stringify(bad.body)).toContain('filter.before_id');
  });
});
