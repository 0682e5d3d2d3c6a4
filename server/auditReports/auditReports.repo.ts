import type { Db } from '../db/connection.js';
import type { ComplianceDashboard } from '../contract/index.js';
import { AUDIT_ACTIONS } from '../contract/index.js';
import { cached } from '../db/statementCache.js';
import type { AuditRow } from '../audit/audit.repo.js';
import { CLINIC_SQL_MODIFIER } from '../shared/clinicDate.js';

// Counts per Moscow day read from the index (action, at) alone: one range per action, no row of the log visited.
// Actions the code no longer writes are not counted; every one it writes is in AUDIT_ACTIONS.
const MOSCOW_DAY = `date(l.at, ${CLINIC_SQL_MODIFIER})`;

/** Entries per Moscow day and action since `since` (an instant), for the actions given (all by default). */
export function countsPerDayAndAction(
  db: Db,
  since: string,
  actions: readonly string[] = AUDIT_ACTIONS,
): { day: string; action: string; count: number }[] {
  return cached(
    db,
    `SELECT ${MOSCOW_DAY} AS day, a.value AS action, count(*) AS count
     FROM json_each(?) a JOIN audit_log l INDEXED BY audit_by_action ON l.action = a.value AND l.at >= ?
     GROUP BY day, action ORDER BY day, action`,
  ).all(JSON.stringify(actions), since) as { day: string; action: string; count: number }[];
}

export function revealsPerStaff(db: Db, since: string): { actor_login: string; count: number }[] {
  return cached(
    db,
    `SELECT actor_login, count(*) AS count FROM audit_log
     WHERE action = 'subject.medical_viewed' AND at >= ? GROUP BY actor_login ORDER BY count DESC, actor_login`,
  ).all(since) as { actor_login: string; count: number }[];
}

export function chainHead(db: Db): { entries: number; last_entry_at: string | null } {
  return cached(
    db,
    'SELECT coalesce(max(id), 0) AS entries, (SELECT at FROM audit_log ORDER BY id DESC LIMIT 1) AS last_entry_at FROM audit_log',
  ).get() as { entries: number; last_entry_at: string | null };
}

/** The last verification of the whole log run from the console (its audit entry), if any. */
export function lastVerification(db: Db): ComplianceDashboard['chain']['last_verification'] {
  const row = cached(
    db,
    "SELECT at, actor_login, details FROM audit_log WHERE action = 'audit_log.verified' ORDER BY at DESC, id DESC LIMIT 1",
  ).get() as { at: string; actor_login: string; details: string | null } | undefined;
  if (!row) return null;
  const details = (row.details ? JSON.parse(row.details) : {}) as { ok?: unknown; entries?: unknown };
  return {
    at: row.at,
    actor_login: row.actor_login,
    ok: typeof details.ok === 'boolean' ? details.ok : null,
    entries: typeof details.entries === 'number' ? details.entries : null,
  };
}

export interface StaffActivityCounts {
  total: number;
  subjects: number;
  first_at: string | null;
  last_at: string | null;
}

/** One staff member's entries in [from, to): the index (actor_login, at) gives the range. */
export function staffActivity(db: Db, actor: string, from: string, to: string) {
  const params = { actor, from, to };
  const range = 'actor_login = @actor AND at >= @from AND at < @to';
  const counts = cached(
    db,
    `SELECT count(*) AS total, count(DISTINCT subject_id) AS subjects, min(at) AS first_at, max(at) AS last_at
     FROM audit_log WHERE ${range}`,
  ).get(params) as StaffActivityCounts;
  const byAction = cached(
    db,
    `SELECT action, count(*) AS count FROM audit_log WHERE ${range} GROUP BY action ORDER BY count DESC, action`,
  ).all(params) as { action: string; count: number }[];
  const byDay = cached(
    db,
    `SELECT date(at, ${CLINIC_SQL_MODIFIER}) AS day, count(*) AS count FROM audit_log WHERE ${range}
     GROUP BY day ORDER BY day`,
  ).all(params) as { day: string; count: number }[];
  return { counts, byAction, byDay };
}

/** Whether the subject's row exists (a destroyed subject keeps its row and its id). */
export function subjectExists(db: Db, subjectId: number): boolean {
  return cached(db, 'SELECT 1 FROM subjects WHERE id = ?').pluck().get(subjectId) !== undefined;
}

/** A subject's entries after `afterId`, in id (= time) order: one range of the index (subject_id, id). */
export function subjectEntries(db: Db, subjectId: number, afterId: number, limit: number): AuditRow[] {
  return cached(
    db,
    `SELECT * FROM audit_log INDEXED BY audit_by_subject WHERE subject_id = ? AND id > ? ORDER BY id LIMIT ?`,
  ).all(subjectId, afterId, limit) as AuditRow[];
}

/** The subject's entries counted by action, from the same index. */
export function subjectActionCounts(db: Db, subjectId: number): { action: string; count: number }[] {
  return cached(
    db,
    `SELECT action, count(*) AS count FROM audit_log INDEXED BY audit_by_subject WHERE subject_id = ? GROUP BY action`,
  ).all(subjectId) as { action: string; count: number }[];
}
