import type { Db } from '../db/connection.js';
import type { DeadlineCloseReason, DeadlineKind, DeadlineState } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { buildWhere, countLimit, inList, limitSql, orderClause, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** The stored columns of a deadline item. */
export interface DeadlineRow {
  id: number;
  kind: DeadlineKind;
  letter_id: number | null;
  subject_id: number | null;
  assignee_id: number;
  opened_on: string;
  due_on: string;
  extended_due_on: string | null;
  extended_on: string | null;
  extended_by: string | null;
  calendar_incomplete: number;
  closed_on: string | null;
  closed_by: string | null;
  close_reason: DeadlineCloseReason | null;
  created_at: string;
}

/** A row as lists and cards read it: with the date that counts and the state on the clinic's today. */
export type DeadlineListRow = DeadlineRow & { effective_due_on: string; state: DeadlineState };

/** Today's clinic date and the last day that is still "due soon" (a few working days on). */
export interface StateClock {
  today: string;
  soon: string;
}

const EFFECTIVE_DUE = 'coalesce(extended_due_on, due_on)';

// The one definition of an item's state, used both as a column and by the state filter, so a list filtered by state
// and the state it shows cannot disagree. Bound by name (@today, @soon): the same values serve the select list and the
// WHERE clause, whose other parameters stay positional. Due on its last day means on time (Civil Code art. 194).
// `alias` qualifies the columns when the item is joined to another table (the letters list: 'd.').
export const deadlineStateSql = (alias = '') => {
  const due = `coalesce(${alias}extended_due_on, ${alias}due_on)`;
  return `CASE
    WHEN ${alias}closed_on IS NOT NULL THEN CASE WHEN ${alias}closed_on > ${due} THEN 'closed_late' ELSE 'closed' END
    WHEN @today > ${due} THEN 'overdue'
    WHEN @soon >= ${due} THEN 'due_soon'
    ELSE 'open'
  END`;
};
const STATE = deadlineStateSql();

const COLUMNS = `id, kind, letter_id, subject_id, assignee_id, opened_on, due_on, extended_due_on, extended_on,
  extended_by, calendar_incomplete, closed_on, closed_by, close_reason, created_at,
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
  },
};

/**
 * One page and its total. The state is computed in SQL from the stored dates and `clock`, so the filter runs in
 * the query and the total counts it (capped like every filtered total); no page is filtered afterwards.
 */
export function listDeadlines(db: Db, q: ListQuery, clock: StateClock): { rows: DeadlineListRow[]; total: number } {
  const where = buildWhere(listSql, q.filter);
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

/** Every item not yet closed: what a change of the calendar recounts. */
export function openDeadlines(db: Db): DeadlineRow[] {
  return cached(db, 'SELECT * FROM deadline_items WHERE closed_on IS NULL ORDER BY id').all() as DeadlineRow[];
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
