import type { Db } from '../db/connection.js';
import type { CalendarDay, CalendarDayKind, CalendarYear, CalendarYearStatus } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { WorkingCalendar } from './workingCalendar.js';

/** A calendar row is the API's record: the date is also its id. */
export type CalendarDayRow = CalendarDay;

const DAY_COLUMNS = 'date AS id, date, kind, note, updated_at, updated_by';

const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;

/** Dates of one year, as a range on the primary key. */
const inYear = (year: number) => ({ sql: 'date >= ? AND date < ?', params: [yearStart(year), yearStart(year + 1)] });

const anyOf = (column: string, v: string | string[]) => {
  const list = [v].flat();
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const listSql: ListSql = {
  from: 'calendar_days',
  columns: DAY_COLUMNS,
  // "id" is the date's alias in the select list; the tie-breaker orderClause appends resolves to it.
  orderBy: { id: 'date', date: 'date', kind: 'kind' },
  where: {
    id: (v: string | string[]) => anyOf('date', v),
    year: (v: number) => inYear(v),
    kind: (v: CalendarDayKind | CalendarDayKind[]) => anyOf('kind', v),
  },
};

export function listDays(db: Db, q: ListQuery) {
  return listRows<CalendarDayRow>(db, listSql, q);
}

export function findDay(db: Db, date: string): CalendarDayRow | undefined {
  return cached(db, `SELECT ${DAY_COLUMNS} FROM calendar_days WHERE date = ?`).get(date) as CalendarDayRow | undefined;
}

export interface DayFields {
  kind: CalendarDayKind;
  note: string | null;
  updated_at: string;
  updated_by: string;
}

export function insertDay(db: Db, date: string, f: DayFields): void {
  cached(
    db,
    `INSERT INTO calendar_days (date, kind, note, updated_at, updated_by)
     VALUES (@date, @kind, @note, @updated_at, @updated_by)`,
  ).run({ date, ...f });
}

export function updateDay(db: Db, date: string, f: DayFields): void {
  cached(
    db,
    `UPDATE calendar_days SET kind = @kind, note = @note, updated_at = @updated_at, updated_by = @updated_by
     WHERE date = @date`,
  ).run({ date, ...f });
}

export function deleteDay(db: Db, date: string): void {
  cached(db, 'DELETE FROM calendar_days WHERE date = ?').run(date);
}

// A year is covered when it is listed and has days: a year with no rows at all is never covered.
const YEAR_COLUMNS = `y.year AS id, y.year, y.status, y.basis, y.updated_at, y.updated_by,
  (SELECT count(*) FROM calendar_days d
    WHERE d.date >= printf('%04d-01-01', y.year) AND d.date < printf('%04d-01-01', y.year + 1)) AS days`;

type YearRow = Omit<CalendarYear, 'covered'>;

export function listYears(db: Db): CalendarYear[] {
  const rows = cached(db, `SELECT ${YEAR_COLUMNS} FROM calendar_years y ORDER BY y.year`).all() as YearRow[];
  return rows.map((r) => ({ ...r, covered: r.days > 0 }));
}

export function findYear(db: Db, year: number): CalendarYear | undefined {
  const row = cached(db, `SELECT ${YEAR_COLUMNS} FROM calendar_years y WHERE y.year = ?`).get(year) as
    YearRow | undefined;
  return row && { ...row, covered: row.days > 0 };
}

export interface YearFields {
  status: CalendarYearStatus;
  basis: string;
  updated_at: string;
  updated_by: string;
}

export function upsertYear(db: Db, year: number, f: YearFields): void {
  cached(
    db,
    `INSERT INTO calendar_years (year, status, basis, updated_at, updated_by)
     VALUES (@year, @status, @basis, @updated_at, @updated_by)
     ON CONFLICT (year) DO UPDATE SET status = excluded.status, basis = excluded.basis,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ year, ...f });
}

export function deleteYear(db: Db, year: number): void {
  cached(db, 'DELETE FROM calendar_years WHERE year = ?').run(year);
}

/**
 * The whole calendar, to count terms on. It is a few dozen rows a year, so it is read whole for each count, inside
 * the caller's transaction: a count made after a change to a day sees that change.
 */
export function loadWorkingCalendar(db: Db): WorkingCalendar {
  const days = cached(db, 'SELECT date, kind FROM calendar_days').all() as { date: string; kind: CalendarDayKind }[];
  const covered = listYears(db)
    .filter((y) => y.covered)
    .map((y) => y.year);
  return new WorkingCalendar(days, covered);
}
