import type { Db } from '../db/connection.js';
import type { AuditFlagEntry } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import type { FlagWindow } from './flagWindows.js';

// The only SQL of the flags. Reads of the log go through its indexes: a scan reads new entries by id, and each
// window it recounts is one range on audit_by_actor (actor_login, at) or audit_by_action (action, at).

export interface FlagRow {
  id: number;
  kind: string;
  subject_type: string;
  subject_value: string;
  window_start: string;
  window_end: string;
  count: number;
  entries: number;
  detected_at: string;
  updated_at: string;
  reviewed_by_login: string | null;
  reviewed_at: string | null;
  reviewed_entries: number | null;
  review_comment_enc: Buffer | null;
}

/** A review made before the flag's current one (audit_flag_reviews). */
export interface EarlierReviewRow {
  reviewed_by_login: string;
  reviewed_at: string;
  reviewed_entries: number;
  comment_enc: Buffer;
}

// A flag asks for a look until a review has seen all its entries: never reviewed, or grown since.
const NEEDS_REVIEW = '(reviewed_at IS NULL OR entries > reviewed_entries)';

/** An entry of the log as the scan needs it: no hash, no personal part. */
export interface ScannedEntry {
  id: number;
  at: string;
  actor_login: string;
  actor_role: string;
  action: string;
  subject_id: number | null;
  ip: string | null;
  details: string | null;
}

const LIST_COLUMNS = `id, kind, subject_type, subject_value, window_start, window_end, count, entries, detected_at,
  updated_at, reviewed_by_login, reviewed_at, reviewed_entries`;

const listSql: ListSql = {
  from: 'audit_flags',
  columns: LIST_COLUMNS,
  key: 'id',
  // "reviewed" ASC: the unreviewed first, newest first within each part (the table is small: flags, not entries).
  orderBy: { id: 'id', detected_at: 'detected_at', reviewed: `NOT ${NEEDS_REVIEW}, -id` },
  where: {
    kind: (v: string | string[]) => {
      const list = Array.isArray(v) ? v : [v];
      return { sql: `kind IN (${list.map(() => '?').join(', ')})`, params: list };
    },
    reviewed: (v: boolean) => ({ sql: v ? `NOT ${NEEDS_REVIEW}` : NEEDS_REVIEW, params: [] }),
    actor: (v: string) => ({ sql: 'subject_value = ?', params: [v] }),
  },
};

export function listFlags(db: Db, q: ListQuery) {
  return listRows<Omit<FlagRow, 'review_comment_enc'>>(db, listSql, q);
}

export function findFlag(db: Db, id: number): FlagRow | undefined {
  return cached(db, `SELECT ${LIST_COLUMNS}, review_comment_enc FROM audit_flags WHERE id = ?`).get(id) as
    FlagRow | undefined;
}

export function unreviewedCount(db: Db): number {
  return cached(db, `SELECT count(*) FROM audit_flags WHERE ${NEEDS_REVIEW}`).pluck().get() as number;
}

/** The entries behind a flag, oldest first, at most `limit`. */
export function flagEntries(db: Db, flagId: number, limit: number): AuditFlagEntry[] {
  return cached(
    db,
    `SELECT l.id, l.at, l.actor_login, l.action FROM audit_flag_entries e JOIN audit_log l ON l.id = e.audit_id
     WHERE e.flag_id = ? ORDER BY e.audit_id LIMIT ?`,
  ).all(flagId, limit) as AuditFlagEntry[];
}

/**
 * Records a review of everything the flag holds now. A flag reviewed before keeps that review: it moves, as written,
 * to audit_flag_reviews, and the new one takes the flag's columns. Only a flag that needs review is touched.
 */
export function markReviewed(
  db: Db,
  id: number,
  review: { by: number | null; login: string; at: string; commentEnc: Buffer },
): boolean {
  cached(
    db,
    `INSERT INTO audit_flag_reviews (flag_id, reviewed_by, reviewed_by_login, reviewed_at, reviewed_entries, comment_enc)
     SELECT id, reviewed_by, reviewed_by_login, reviewed_at, reviewed_entries, review_comment_enc FROM audit_flags
     WHERE id = ? AND reviewed_at IS NOT NULL AND entries > reviewed_entries`,
  ).run(id);
  const changed = cached(
    db,
    `UPDATE audit_flags SET reviewed_by = ?, reviewed_by_login = ?, reviewed_at = ?, review_comment_enc = ?,
       reviewed_entries = entries
     WHERE id = ? AND ${NEEDS_REVIEW}`,
  ).run(review.by, review.login, review.at, review.commentEnc, id).changes;
  return changed === 1;
}

/** The flag's earlier reviews, oldest first. */
export function earlierReviews(db: Db, flagId: number): EarlierReviewRow[] {
  return cached(
    db,
    `SELECT reviewed_by_login, reviewed_at, reviewed_entries, comment_enc FROM audit_flag_reviews
     WHERE flag_id = ? ORDER BY id`,
  ).all(flagId) as EarlierReviewRow[];
}

// ---- the scan ----

export function cursor(db: Db): number {
  return cached(db, 'SELECT last_id FROM audit_flag_cursor WHERE id = 1').pluck().get() as number;
}

export function moveCursor(db: Db, lastId: number, at: string): void {
  cached(db, 'UPDATE audit_flag_cursor SET last_id = ?, scanned_at = ? WHERE id = 1').run(lastId, at);
}

const SCANNED = 'id, at, actor_login, actor_role, action, subject_id, ip, details';

export function entriesAfter(db: Db, afterId: number, limit: number): ScannedEntry[] {
  return cached(db, `SELECT ${SCANNED} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?`).all(
    afterId,
    limit,
  ) as ScannedEntry[];
}

/** One person's entries in [from, to): a range on audit_by_actor. */
export function actorEntries(db: Db, actor: string, from: string, to: string): ScannedEntry[] {
  return cached(
    db,
    `SELECT ${SCANNED} FROM audit_log INDEXED BY audit_by_actor WHERE actor_login = ? AND at >= ? AND at < ?
     ORDER BY id`,
  ).all(actor, from, to) as ScannedEntry[];
}

/** One person's entries of one action in [from, to). */
export function actorActionEntries(db: Db, actor: string, action: string, from: string, to: string): ScannedEntry[] {
  return cached(
    db,
    `SELECT ${SCANNED} FROM audit_log INDEXED BY audit_by_actor
     WHERE actor_login = ? AND at >= ? AND at < ? AND action = ? ORDER BY id`,
  ).all(actor, from, to, action) as ScannedEntry[];
}

/** Every entry of one action in [from, to): a range on audit_by_action. */
export function actionEntries(db: Db, action: string, from: string, to: string): ScannedEntry[] {
  return cached(
    db,
    `SELECT ${SCANNED} FROM audit_log INDEXED BY audit_by_action WHERE action = ? AND at >= ? AND at < ? ORDER BY id`,
  ).all(action, from, to) as ScannedEntry[];
}

/** The flag already raised for a window, if any. */
export function flagIdFor(db: Db, w: FlagWindow): number | undefined {
  return cached(
    db,
    'SELECT id FROM audit_flags WHERE kind = ? AND subject_type = ? AND subject_value = ? AND window_start = ?',
  )
    .pluck()
    .get(w.kind, w.subjectType, w.subjectValue, w.start) as number | undefined;
}

/**
 * Adds entries that meet a flag's rule to the flag (its window already met the rule: entries never leave a window,
 * so it still does) and recounts it from its own links: entries, or distinct subjects for a burst of card openings.
 * Entries already linked change nothing, so a rescan leaves the flag as it was. True when the flag grew.
 */
export function growFlag(db: Db, flagId: number, kind: string, entryIds: number[], now: string): boolean {
  const link = cached(db, 'INSERT OR IGNORE INTO audit_flag_entries (flag_id, audit_id) VALUES (?, ?)');
  let added = 0;
  for (const entryId of entryIds) added += link.run(flagId, entryId).changes;
  if (!added) return false;
  const entries = cached(db, 'SELECT count(*) FROM audit_flag_entries WHERE flag_id = ?').pluck().get(flagId) as number;
  const count =
    kind === 'many_subjects'
      ? (cached(
          db,
          `SELECT count(DISTINCT l.subject_id) FROM audit_flag_entries e JOIN audit_log l ON l.id = e.audit_id
           WHERE e.flag_id = ?`,
        )
          .pluck()
          .get(flagId) as number)
      : entries;
  cached(
    db,
    `UPDATE audit_flags SET count = max(count, ?), entries = max(entries, ?), updated_at = ? WHERE id = ?`,
  ).run(count, entries, now, flagId);
  return true;
}

/**
 * Records a window that meets its rule: a new flag, or the same flag grown (more entries in its window since the
 * last scan). Scanning the same entries again changes nothing. The entry ids are added, never removed.
 */
export function upsertFlag(db: Db, w: FlagWindow, count: number, entryIds: number[], now: string): number {
  const id = cached(
    db,
    `INSERT INTO audit_flags (kind, subject_type, subject_value, window_start, window_end, count, entries,
       detected_at, updated_at)
     VALUES (@kind, @subjectType, @subjectValue, @start, @end, @count, @entries, @now, @now)
     ON CONFLICT (kind, subject_type, subject_value, window_start) DO UPDATE SET
       count = max(count, excluded.count), entries = max(entries, excluded.entries), updated_at = excluded.updated_at
     WHERE excluded.count > audit_flags.count OR excluded.entries > audit_flags.entries
     RETURNING id`,
  )
    .pluck()
    .get({ ...w, count, entries: entryIds.length, now }) as number | undefined;
  const flagId =
    id ??
    (cached(
      db,
      'SELECT id FROM audit_flags WHERE kind = ? AND subject_type = ? AND subject_value = ? AND window_start = ?',
    )
      .pluck()
      .get(w.kind, w.subjectType, w.subjectValue, w.start) as number);
  const link = cached(db, 'INSERT OR IGNORE INTO audit_flag_entries (flag_id, audit_id) VALUES (?, ?)');
  for (const entryId of entryIds) link.run(flagId, entryId);
  return flagId;
}
