import type { Db } from '../db/connection.js';
import type { DeadlineCloseReason, DeadlineKind, DeadlineState } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import {
  buildWhere,
  countLimit,
  inList,
  limitSql,
  orderClause,
  type ListSql,
  type SqlFragment,
} from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** The stored columns of a deadline item. */
export interface DeadlineRow {
  id: number;
  kind: DeadlineKind;
  letter_id: number | null;
  subject_id: number | null;
  incident_id: number | null;
  assignee_id: number;
  opened_on: string;
  due_on: string;
  /** A term in hours: the moment it ends (UTC ISO); null for terms in days. */
  due_at: string | null;
  extended_due_on: string | null;
  extended_on: string | null;
  extended_by: string | null;
  calendar_incomplete: number;
  closed_on: string | null;
  /** A term in hours: the moment it was met. */
  closed_at: string | null;
  closed_by: string | null;
  close_reason: DeadlineCloseReason | null;
  created_at: string;
}

/** A row as lists and cards read it: with the date that counts and the state on the clinic's today. */
export type DeadlineListRow = DeadlineRow & { effective_due_on: string; state: DeadlineState };

/**
 * Today's clinic date and the last day that is still "due soon" (a few working days on); for terms in hours, the
 * moment now and the last due moment that is "due soon" (a few hours on), both UTC ISO.
 */
export interface StateClock {
  today: string;
  soon: string;
  now: string;
  soonAt: string;
}

const EFFECTIVE_DUE = 'coalesce(extended_due_on, due_on)';

// The one definition of an item's state, used both as a column and by the state filter, so a list filtered by state
// and the state it shows cannot disagree. Bound by name (@today, @soon): the same values serve the select list and the
// WHERE clause, whose other parameters stay positional. Due on its last day means on time (Civil Code art. 194).
// `alias` qualifies the columns when the item is joined to another table (the letters list: 'd.'). A term in hours
// (due_at set) is read against the moment (@now, @soonAt): the law counts its hours, so the day it falls on says nothing.
export const deadlineStateSql = (alias = '') => {
  const due = `coalesce(${alias}extended_due_on, ${alias}due_on)`;
  const dueAt = `${alias}due_at`;
  return `CASE
    WHEN ${dueAt} IS NOT NULL THEN CASE
      WHEN ${alias}closed_at IS NOT NULL THEN CASE WHEN ${alias}closed_at > ${dueAt} THEN 'closed_late' ELSE 'closed' END
      WHEN @now > ${dueAt} THEN 'overdue'
      WHEN @soonAt >= ${dueAt} THEN 'due_soon'
      ELSE 'open'
    END
    WHEN ${alias}closed_on IS NOT NULL THEN CASE WHEN ${alias}closed_on > ${due} THEN 'closed_late' ELSE 'closed' END
    WHEN @today > ${due} THEN 'overdue'
    WHEN @soon >= ${due} THEN 'due_soon'
    ELSE 'open'
  END`;
};
const STATE = deadlineStateSql();

const COLUMNS = `id, kind, letter_id, subject_id, incident_id, assignee_id, opened_on, due_on, due_at, extended_due_on,
  extended_on, extended_by, calendar_incomplete, closed_on, closed_at, closed_by, close_reason, created_at,
  ${EFFECTIVE_DUE} AS effective_due_on, ${STATE} AS state`;

const anyOf = (column: string, v: string | string[]) => {
  const list = [v].flat();
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const listSql: ListSql = {
  from: 'deadline_items',
  columns: COLUMNS,
  key: 'id',
  // effective_due_on is the select list's alias (ORDER BY may name it).
  orderBy: {
    id: 'id',
    opened_on: 'opened_on',
    due_on: 'due_on',
    effective_due_on: 'effective_due_on',
    closed_on: 'closed_on',
    kind: 'kind',
  },
  where: {
    id: (v: number | number[]) => inList('id', v),
    state: (v: DeadlineState | DeadlineState[]) => anyOf(`(${STATE})`, v),
    kind: (v: DeadlineKind | DeadlineKind[]) => anyOf('kind', v),
    assignee_id: (v: number) => ({ sql: 'assignee_id = ?', params: [v] }),
    subject_id: (v: number) => ({ sql: 'subject_id = ?', params: [v] }),
    letter_id: (v: number) => ({ sql: 'letter_id = ?', params: [v] }),
    incident_id: (v: number) => ({ sql: 'incident_id = ?', params: [v] }),
  },
};

/** What the caller may receive: an incident's items only with `incidents` (operators never see an incident). */
export interface DeadlineScope {
  incidents: boolean;
}

const scopeSql = (scope: DeadlineScope): SqlFragment[] =>
  scope.incidents ? [] : [{ sql: 'incident_id IS NULL', params: [] }];

/**
 * One page and its total. The state is computed in SQL from the stored dates and `clock`, so the filter runs in
 * the query and the total counts it (capped like every filtered total); no page is filtered afterwards.
 */
export function listDeadlines(
  db: Db,
  q: ListQuery,
  clock: StateClock,
  scope: DeadlineScope,
): { rows: DeadlineListRow[]; total: number } {
  const where = buildWhere(listSql, q.filter, scopeSql(scope));
  const rows = cached(
    db,
    `SELECT ${COLUMNS} FROM deadline_items ${where.sql} ORDER BY ${orderClause(listSql, q)} ${limitSql(q.limit)} OFFSET ?`,
  ).all(...where.params, q.offset, clock) as DeadlineListRow[];
  const total = cached(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM deadline_items ${where.sql} ${limitSql(countLimit(listSql, q))})`,
  )
    .pluck()
    .get(...where.params, clock) as number;
  return { rows, total };
}

export function findDeadline(db: Db, id: number, clock: StateClock): DeadlineListRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM deadline_items WHERE id = ?`).get(id, clock) as DeadlineListRow | undefined;
}

/** Every item in days not yet closed: what a change of the calendar recounts (terms in hours never move with it). */
export function openDeadlines(db: Db): DeadlineRow[] {
  return cached(
    db,
    'SELECT * FROM deadline_items WHERE closed_on IS NULL AND due_at IS NULL ORDER BY id',
  ).all() as DeadlineRow[];
}

/** Gives the items of a letter registered before its sender was identified their subject; answers their ids. */
export function setSubjectOfLetterItems(db: Db, letterId: number, subjectId: number): number[] {
  return cached(db, 'UPDATE deadline_items SET subject_id = ? WHERE letter_id = ? AND subject_id IS NULL RETURNING id')
    .pluck()
    .all(subjectId, letterId) as number[];
}

/** The open items of a letter move to its new assignee; answers their ids. */
export function setAssigneeOfLetterItems(db: Db, letterId: number, assigneeId: number): number[] {
  return cached(
    db,
    'UPDATE deadline_items SET assignee_id = ? WHERE letter_id = ? AND closed_on IS NULL AND assignee_id <> ? RETURNING id',
  )
    .pluck()
    .all(assigneeId, letterId, assigneeId) as number[];
}

export type NewDeadline = Pick<
  DeadlineRow,
  'kind' | 'letter_id' | 'subject_id' | 'assignee_id' | 'opened_on' | 'due_on' | 'calendar_incomplete' | 'created_at'
>;

export type NewHoursDeadline = Pick<
  DeadlineRow,
  'kind' | 'incident_id' | 'assignee_id' | 'opened_on' | 'due_on' | 'due_at' | 'created_at'
>;

/** An item counted in hours (an incident's): no subject or letter, no calendar. */
export function insertHoursDeadline(db: Db, item: NewHoursDeadline): number {
  return Number(
    cached(
      db,
      `INSERT INTO deadline_items (kind, incident_id, assignee_id, opened_on, due_on, due_at, created_at)
       VALUES (@kind, @incident_id, @assignee_id, @opened_on, @due_on, @due_at, @created_at)`,
    ).run(item).lastInsertRowid,
  );
}

/** New moments of an open item in hours (the moment it runs from was corrected); false when it was closed meanwhile. */
export function setHoursDue(db: Db, id: number, due: { opened_on: string; due_on: string; due_at: string }): boolean {
  return (
    cached(
      db,
      `UPDATE deadline_items SET opened_on = @opened_on, due_on = @due_on, due_at = @due_at
       WHERE id = @id AND closed_on IS NULL AND due_at IS NOT NULL`,
    ).run({ id, ...due }).changes === 1
  );
}

/** Closes an open item in hours at a moment (its Moscow day as closed_on); false when it was closed already. */
export function closeHoursDeadline(
  db: Db,
  id: number,
  closed: { closed_on: string; closed_at: string; closed_by: string; close_reason: DeadlineCloseReason },
): boolean {
  return (
    cached(
      db,
      `UPDATE deadline_items SET closed_on = @closed_on, closed_at = @closed_at, closed_by = @closed_by,
         close_reason = @close_reason
       WHERE id = @id AND closed_on IS NULL AND due_at IS NOT NULL`,
    ).run({ id, ...closed }).changes === 1
  );
}

export function insertDeadline(db: Db, item: NewDeadline): number {
  return Number(
    cached(
      db,
      `INSERT INTO deadline_items (kind, letter_id, subject_id, assignee_id, opened_on, due_on, calendar_incomplete,
         created_at)
       VALUES (@kind, @letter_id, @subject_id, @assignee_id, @opened_on, @due_on, @calendar_incomplete, @created_at)`,
    ).run(item).lastInsertRowid,
  );
}

export interface DueColumns {
  due_on: string;
  extended_due_on: string | null;
  calendar_incomplete: number;
}

/** New due dates of an open item after the calendar changed; false when it was closed meanwhile. */
export function setDueDates(db: Db, id: number, due: DueColumns): boolean {
  return (
    cached(
      db,
      `UPDATE deadline_items SET due_on = @due_on, extended_due_on = @extended_due_on,
         calendar_incomplete = @calendar_incomplete
       WHERE id = @id AND closed_on IS NULL`,
    ).run({ id, ...due }).changes === 1
  );
}

/** Records the one extension; false when the item is closed or was extended already. */
export function setExtension(
  db: Db,
  id: number,
  due: DueColumns & { extended_due_on: string },
  extendedOn: string,
  extendedBy: string,
): boolean {
  return (
    cached(
      db,
      `UPDATE deadline_items SET due_on = @due_on, extended_due_on = @extended_due_on,
         calendar_incomplete = @calendar_incomplete, extended_on = @extended_on, extended_by = @extended_by
       WHERE id = @id AND closed_on IS NULL AND extended_due_on IS NULL`,
    ).run({ id, ...due, extended_on: extendedOn, extended_by: extendedBy }).changes === 1
  );
}

/** Closes an open item; false when it was closed already. */
export function closeDeadline(
  db: Db,
  id: number,
  closedOn: string,
  closedBy: string,
  reason: DeadlineCloseReason,
): boolean {
  return (
    cached(
      db,
      `UPDATE deadline_items SET closed_on = ?, closed_by = ?, close_reason = ? WHERE id = ? AND closed_on IS NULL`,
    ).run(closedOn, closedBy, reason, id).changes === 1
  );
}

/** The destruction terms still open for a subject (or the letter a destruction names): what executing it closes. */
export function openDestroyItems(db: Db, subjectId: number, letterId: number | null): number[] {
  return cached(
    db,
    `SELECT id FROM deadline_items
     WHERE closed_on IS NULL AND kind IN ('destroy_after_withdrawal', 'destroy_unlawful_data', 'destroy_unneeded_data')
       AND (subject_id = ? OR letter_id = ?)
     ORDER BY id`,
  )
    .pluck()
    .all(subjectId, letterId) as number[];
}
