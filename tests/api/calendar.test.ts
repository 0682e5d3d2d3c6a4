// The production calendar: its data for 2025–2027 against the reference totals, the counts over HTTP, and the
// administrator's changes (audited; the deadline items they move are tested in deadlines.test.ts).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CalendarService } from '../../server/calendar/calendar.service.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { auditRows, createTestApp, loginAs, withFilter, type LoggedIn, type TestApp } from '../helpers/testApp.js';
import type { Role } from '../../server/contract/index.js';

// Reads share one app (they change nothing); each change gets a fresh one.
let t: TestApp;
const as = {} as Record<Role, LoggedIn>;

async function start() {
  t = createTestApp();
  for (const role of ['operator', 'compliance', 'admin'] as Role[]) as[role] = await loginAs(t, role);
}
const stop = () => t.close();

const workingDays = async (from: string, to: string) =>
  (await as.operator.get(`/api/calendar/working-days?from=${from}&to=${to}`).expect(200)).body;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const mm = (month: number) => String(month).padStart(2, '0');

/**
 * Working days of a year recounted in plain SQL from the rows, without the code under test: the Monday–Fridays,
 * minus those with a row not worked, plus the Saturdays and Sundays with a row worked.
 */
function recountInSql(year: number): { working: number; short: number } {
  return t.db
    .prepare(
      `WITH RECURSIVE d(day) AS (SELECT date(? || '-01-01') UNION ALL SELECT date(day, '+1 day') FROM d
         WHERE day < date(? || '-12-31'))
       SELECT sum(CASE WHEN c.kind IS NULL THEN strftime('%w', day) NOT IN ('0', '6')
                       ELSE c.kind IN ('working_day', 'short_day') END) AS working,
              sum(c.kind = 'short_day') AS short
       FROM d LEFT JOIN calendar_days c ON c.date = d.day`,
    )
    .get(String(year), String(year)) as { working: number; short: number };
}

describe('the calendar as the migrations load it (read only)', () => {
  beforeAll(start);
  afterAll(stop);

  describe('the calendar of 2025–2027 agrees with the reference production calendar', () => {
    // The reference production calendar states, for 2025, 2026 and 2027 alike: 247 working days, 118 days off, 1972
    // hours at a 40-hour week (8 hours a working day, 1 hour less on each of the 4 shortened days).
    const REFERENCE_TOTALS = { 2025: 247, 2026: 247, 2027: 247 } as const;
    // The monthly working days the reference production calendar states (it states none by month for 2027).
    const REFERENCE_MONTHS = {
      2025: [17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22],
      2026: [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22],
    } as const;

    it.each(Object.entries(REFERENCE_TOTALS))('%s: 247 working days, 118 days off, 1972 hours', async (y, total) => {
      const year = Number(y);
      expect(await workingDays(`${year}-01-01`, `${year}-12-31`)).toEqual({
        working_days: total,
        calendar_incomplete: false,
      });
      const sql = recountInSql(year);
      expect(sql.working).toBe(total);
      expect(365 - sql.working).toBe(118);
      expect(8 * sql.working - sql.short).toBe(1972);
    });

    it.each(Object.entries(REFERENCE_MONTHS))('%s: the working days of each month', async (y, months) => {
      const year = Number(y);
      const counted = [];
      for (let month = 1; month <= 12; month++) {
        counted.push((await workingDays(`${year}-${mm(month)}-01`, lastDay(year, month))).working_days);
      }
      expect(counted).toEqual(months);
    });

    it('covers 2025, 2026 (official) and 2027 (reported decree № 1187), and no other year', async () => {
      const years = (await as.compliance.get('/api/calendar/years').expect(200)).body;
      expect(years.map((y: any) => [y.year, y.status, y.covered])).toEqual([
        [2025, 'official', true],
        [2026, 'official', true],
        [2027, 'reported', true],
      ]);
      expect(years[2].basis).toContain('№ 1187');
      expect(await workingDays('2028-01-01', '2028-12-31')).toMatchObject({ calendar_incomplete: true });
      expect(await workingDays('2024-12-30', '2025-01-10')).toMatchObject({ calendar_incomplete: true });
    });
  });

  describe('reading the calendar', () => {
    it('lists one year’s days by kind, with the total', async () => {
      const res = await as.operator.get(withFilter('/api/calendar', { year: 2026, kind: 'holiday' })).expect(200);
      expect(res.headers['content-range']).toBe('calendar 0-13/14');
      expect(res.body[0]).toMatchObject({ id: '2026-01-01', date: '2026-01-01', kind: 'holiday' });
      const transferred = await as.operator.get(withFilter('/api/calendar', { year: 2025, kind: ['day_off'] }));
      expect(transferred.body.map((d: any) => d.date)).toEqual([
        '2025-05-02',
        '2025-05-08',
        '2025-06-13',
        '2025-11-03',
        '2025-12-31',
      ]);
    });

    it('shows a day by its date; the worked Saturday of 1 November 2025 is a shortened working day', async () => {
      const day = (await as.compliance.get('/api/calendar/2025-11-01').expect(200)).body;
      expect(day).toMatchObject({ id: '2025-11-01', kind: 'short_day', updated_by: null });
      expect(day.note).toMatch(/Рабочий день \(сб\)/);
      await as.admin.get('/api/calendar/2026-12-02').expect(404);
      expect((await as.admin.get('/api/calendar/2026-02-30').expect(400)).body.errors).toHaveProperty('id');
    });

    it('answers 400 naming the parameter for a filter or sort outside the contract', async () => {
      expect(
        (await as.operator.get(withFilter('/api/calendar', { year: 'soon' })).expect(400)).body.errors,
      ).toHaveProperty('filter.year');
      expect(
        (await as.operator.get(withFilter('/api/calendar', { note: 'x' })).expect(400)).body.errors,
      ).toHaveProperty('filter');
      expect((await as.operator.get('/api/calendar?sort=["note","ASC"]').expect(400)).body.errors).toHaveProperty(
        'sort',
      );
    });

    it.each(['operator', 'compliance', 'admin'] as Role[])('is read by %s', async (role) => {
      await as[role].get('/api/calendar').expect(200);
      await as[role].get('/api/calendar/2026-01-01').expect(200);
      await as[role].get('/api/calendar/years').expect(200);
      await as[role].get('/api/calendar/working-days?from=2026-01-01&to=2026-01-31').expect(200);
      await as[role].get('/api/calendar/add?from=2026-01-01&working_days=1').expect(200);
    });
  });

  describe('counting over HTTP', () => {
    it('adds working days after the day of receipt, and calendar days moved off a day not worked', async () => {
      // The same counts as the deadlines (worked out by hand in deadlines.test.ts).
      expect((await as.operator.get('/api/calendar/add?from=2026-04-30&working_days=10').expect(200)).body).toEqual({
        date: '2026-05-18',
        calendar_incomplete: false,
      });
      // 30.01.2026 + 30 = Sunday 01.03.2026 → Monday 02.03.2026.
      expect((await as.operator.get('/api/calendar/add?from=2026-01-30&calendar_days=30').expect(200)).body).toEqual({
        date: '2026-03-02',
        calendar_incomplete: false,
      });
      // 24.12.2027 + 10 working days reaches 2028, which is not covered.
      expect((await as.operator.get('/api/calendar/add?from=2027-12-24&working_days=10').expect(200)).body).toEqual({
        date: '2028-01-10',
        calendar_incomplete: true,
      });
    });

    it.each([
      ['/api/calendar/add?working_days=3', 'from', 'invalid_type'],
      ['/api/calendar/add?from=2026-13-01&working_days=3', 'from', 'date_invalid'],
      ['/api/calendar/add?from=2026-05-01', 'working_days', 'custom'],
      ['/api/calendar/add?from=2026-05-01&working_days=3&calendar_days=3', 'calendar_days', 'custom'],
      ['/api/calendar/add?from=2026-05-01&working_days=0', 'working_days', 'too_small'],
      ['/api/calendar/add?from=2026-05-01&working_days=ten', 'working_days', 'invalid_type'],
      ['/api/calendar/add?from=2026-05-01&working_days=3&holidays=no', 'holidays', 'unknown_field'],
      ['/api/calendar/working-days?from=2026-05-01&to=2026-04-30', 'to', 'custom'],
      ['/api/calendar/working-days?from=2026-05-01&to=2046-05-01', 'to', 'custom'],
      ['/api/calendar/working-days?from=2026-05-01&from=2026-05-02&to=2026-06-01', 'from', 'invalid_type'],
    ])('%s → 400 naming %s', async (url, field, code) => {
      const res = await as.operator.get(url).expect(400);
      expect(res.body.errors).toHaveProperty(field);
      expect(res.body.codes[field]).toBe(code);
    });
  });
});

describe("the administrator's changes", () => {
  beforeEach(start);
  afterEach(stop);
  const changes = () => auditRows(t, "action = 'calendar.changed'");

  it('adds, changes and removes a day, each audited with before and after, and the counts follow', async () => {
    expect((await workingDays('2026-12-01', '2026-12-31')).working_days).toBe(22);

    const created = await as.admin
      .post('/api/calendar')
      .send({ date: '2026-12-07', kind: 'holiday', note: 'Региональный праздник' })
      .expect(201);
    expect(created.body).toMatchObject({ id: '2026-12-07', kind: 'holiday', updated_by: as.admin.login });
    expect((await workingDays('2026-12-01', '2026-12-31')).working_days).toBe(21);

    await as.admin
      .put('/api/calendar/2026-12-07')
      .send({ ...created.body, kind: 'short_day', note: null })
      .expect(200);
    expect((await workingDays('2026-12-01', '2026-12-31')).working_days).toBe(22);

    const removed = await as.admin.delete('/api/calendar/2026-12-07').expect(200);
    expect(removed.body).toMatchObject({ id: '2026-12-07', kind: 'short_day' });
    await as.admin.get('/api/calendar/2026-12-07').expect(404);

    expect(changes().map((e) => JSON.parse(e.details))).toEqual([
      { date: '2026-12-07', before: null, after: { kind: 'holiday', note: 'Региональный праздник' } },
      {
        date: '2026-12-07',
        before: { kind: 'holiday', note: 'Региональный праздник' },
        after: { kind: 'short_day', note: null },
      },
      { date: '2026-12-07', before: { kind: 'short_day', note: null }, after: null },
    ]);
    expect(changes()[0]).toMatchObject({ actor_login: as.admin.login, entity_type: 'calendar_day' });
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('writes nothing for a change that changes nothing', async () => {
    const day = (await as.admin.get('/api/calendar/2026-05-11').expect(200)).body;
    await as.admin.put('/api/calendar/2026-05-11').send(day).expect(200);
    expect(changes()).toHaveLength(0);
  });

  it('refuses a date already in the calendar, a weekday made a working day, and a changed date', async () => {
    const taken = await as.admin.post('/api/calendar').send({ date: '2026-05-11', kind: 'holiday' }).expect(409);
    expect(taken.body.code).toBe('calendar_day_exists');

    // Wednesday 2 December 2026 is worked without a row.
    const weekday = await as.admin.post('/api/calendar').send({ date: '2026-12-02', kind: 'working_day' }).expect(400);
    expect(weekday.body.codes).toEqual({ kind: 'weekday_working_day' });
    // Saturday 5 December 2026 can be made one.
    await as.admin.post('/api/calendar').send({ date: '2026-12-05', kind: 'working_day' }).expect(201);

    const moved = await as.admin
      .put('/api/calendar/2026-05-11')
      .send({ date: '2026-05-12', kind: 'day_off' })
      .expect(400);
    expect(moved.body.errors).toHaveProperty('date');
    expect(
      (await as.admin.post('/api/calendar').send({ date: '2026-12-09', kind: 'weekend' })).body.errors,
    ).toHaveProperty('kind');
    expect(changes()).toHaveLength(1);
  });

  it.each(['operator', 'compliance'] as Role[])('%s may not change the calendar: 403, audited', async (role) => {
    const denied = () => auditRows(t, "action = 'auth.denied' AND actor_login = ?", as[role].login);
    await as[role].post('/api/calendar').send({ date: '2026-12-07', kind: 'holiday' }).expect(403);
    await as[role].put('/api/calendar/2026-05-11').send({ kind: 'holiday' }).expect(403);
    await as[role].delete('/api/calendar/2026-05-11').expect(403);
    await as[role].put('/api/calendar/years/2028').send({ status: 'official', basis: 'Постановление' }).expect(403);
    await as[role].delete('/api/calendar/years/2027').expect(403);
    expect(denied().map((e) => JSON.parse(e.details).permission)).toEqual([
      'calendar.create',
      'calendar.edit',
      'calendar.delete',
      'calendar.edit',
      'calendar.delete',
    ]);
    expect(changes()).toHaveLength(0);
    await as.admin.get('/api/calendar/2026-05-11').expect(200);
  });

  it('declares a year entered: covered once it also has days, and no longer when removed', async () => {
    const year = await as.admin
      .put('/api/calendar/years/2028')
      .send({ status: 'official', basis: 'Постановление Правительства РФ о переносе выходных дней в 2028 году' })
      .expect(200);
    // Listed, but a year with no days is not covered.
    expect(year.body).toMatchObject({ year: 2028, days: 0, covered: false });
    expect((await workingDays('2028-01-01', '2028-01-31')).calendar_incomplete).toBe(true);

    await as.admin.post('/api/calendar').send({ date: '2028-01-03', kind: 'holiday' }).expect(201);
    expect(await workingDays('2028-01-01', '2028-01-31')).toEqual({ working_days: 20, calendar_incomplete: false });

    await as.admin.delete('/api/calendar/years/2028').expect(200);
    expect((await workingDays('2028-01-01', '2028-01-31')).calendar_incomplete).toBe(true);
    await as.admin.delete('/api/calendar/years/2028').expect(404);
    expect(changes().map((e) => e.entity_type)).toEqual(['calendar_year', 'calendar_day', 'calendar_year']);
    expect(JSON.parse(changes()[0].details)).toMatchObject({ year: 2028, before: null, after: { status: 'official' } });
  });

  it('commits a change with its recount or not at all', async () => {
    const failing = new CalendarService(
      t.db,
      t.services.audit,
      {
        recomputeOpenWithin: () => {
          throw new Error('recount failed');
        },
      },
      () => new Date(t.clock.now),
    );
    await expect(failing.create(systemContext(), '2026-12-07', { kind: 'holiday', note: null })).rejects.toThrow(
      /recount failed/,
    );
    await as.admin.get('/api/calendar/2026-12-07').expect(404);
    expect(changes()).toHaveLength(0);
  });
});
