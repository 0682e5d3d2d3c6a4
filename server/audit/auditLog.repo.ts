import type { Db } from '../db/connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import {
  buildWhere,
  cappedCount,
  countLimit,
  inList,
  limitSql,
  listRows,
  openEndedRows,
  type ListSql,
  type SqlFragment,
} from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import type { AuditRow } from './audit.repo.js';

/**
 * The unfiltered total is the last id: entries are numbered 1, 2, 3… by the writer and never deleted (the chain
 * would not verify otherwise), so max(id), read from the end of the primary key, equals count(*) without a scan.
 */
function entriesInLog(db: Db, q: ListQuery): number | undefined {
  const filter = withoutCursor(q.filter);
  if (!Object.keys(filter).length)
    return cached(db, 'SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;
  // A page read by key counts what its filter matches, not what lies past the key: the total stays the same as the
  // reader pages on.
  if (filter === q.filter) return undefined;
  return cappedCount(db, 'audit_log', buildWhere(listSql, filter), countLimit(listSql, { ...q, offset: 0 }));
}

/**
 * The keys a page is read from (issue 13 §1: pages by key, never by a large OFFSET): the last id of the page before,
 * `before_id` when the list runs newest first and `after_id` oldest first. Every entry has a distinct id and the
 * list's order is id order, so "past the key" is exact however many entries share a second.
 */
const CURSOR_KEYS = ['before_id', 'after_id'] as const;

function withoutCursor(filter: Record<string, unknown>): Record<string, unknown> {
  if (!CURSOR_KEYS.some((k) => k in filter)) return filter;
  return Object.fromEntries(Object.entries(filter).filter(([k]) => !(CURSOR_KEYS as readonly string[]).includes(k)));
}

/** True while no entry was written with an earlier time than the one before it (migration 002 records any). */
function timeFollowsIds(db: Db): boolean {
  return cached(db, 'SELECT NOT EXISTS (SELECT 1 FROM audit_clock_steps)').pluck().get() === 1;
}

/**
 * A page in id (chain) order for filters whose index is in time order (actor, action, day range). While time
 * follows ids, ordering by (at, id) is the same order, so the page is read straight from that index. If the clock
 * ever stepped back, the exact fallback reads the matches' lowest and highest id from the index and walks the log
 * by id between them, from the wanted end, checking the filter on each entry until the page is full.
 */
function idOrderedPageIds(db: Db, q: ListQuery): SqlFragment | undefined {
  const keys = Object.keys(withoutCursor(q.filter));
  // No filter: the primary key is id order; a subject: its index is (subject_id, id). Either seeks to a key.
  if (!keys.length || keys.includes('subject_id') || keys.includes('id')) return undefined;
  const dir = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
  if (timeFollowsIds(db)) {
    const bounded = cursorAsTimeBound(db, q.filter);
    const where = buildWhere(listSql, bounded.filter, bounded.extra);
    return {
      sql: `SELECT id FROM audit_log ${where.sql} ORDER BY at ${dir}, id ${dir} ${limitSql(q.limit)} OFFSET ?`,
      params: [...where.params, q.offset],
    };
  }
  const where = buildWhere(listSql, q.filter);
  return {
    sql: `WITH bounds AS (SELECT min(id) AS lo, max(id) AS hi FROM audit_log ${where.sql})
          SELECT id FROM bounds CROSS JOIN audit_log NOT INDEXED
          ${where.sql} AND id BETWEEN bounds.lo AND bounds.hi ORDER BY id ${dir} ${limitSql(q.limit)} OFFSET ?`,
    params: [...where.params, ...where.params, q.offset],
  };
}

/**
 * While time follows ids, "before entry N" is also "at or before N's time": that bound, merged with the filter's own
 * `to` into the one upper bound of the time-ordered index (SQLite seeks on one), lets the index start at the key
 * instead of walking every newer match. The same for `after_id` and `from`.
 */
function cursorAsTimeBound(
  db: Db,
  filter: Record<string, unknown>,
): { filter: Record<string, unknown>; extra: SqlFragment[] } {
  const rest = { ...filter };
  const extra: SqlFragment[] = [];
  const atOf = (id: number) =>
    cached(db, 'SELECT at FROM audit_log WHERE id = ?').pluck().get(id) as string | undefined;
  if (typeof rest.before_id === 'number') {
    const at = atOf(rest.before_id);
    if (at !== undefined && !(typeof rest.to === 'string' && rest.to <= at)) {
      delete rest.to;
      extra.push({ sql: 'at <= ?', params: [at] });
    }
  }
  if (typeof rest.after_id === 'number') {
    const at = atOf(rest.after_id);
    if (at !== undefined && !(typeof rest.from === 'string' && rest.from > at)) {
      delete rest.from;
      extra.push({ sql: 'at >= ?', params: [at] });
    }
  }
  return { filter: rest, extra };
}

/** The filter key the server adds to hide one kind of record from a reader (never a key a caller sends). */
export const HIDDEN_ENTITY_TYPE = 'hidden_entity_type';

const listSql: ListSql = {
  from: 'audit_log',
  columns: '*',
  // A page is found as ids first (the subject index is in id order; the others go through idOrderedPageIds),
  // then only its entries are read.
  key: 'id',
  orderBy: { id: 'id', at: 'id' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    actor_login: (v: string) => ({ sql: 'actor_login = ?', params: [v] }),
    action: (v: string | string[]) => {
      const list = Array.isArray(v) ? v : [v];
      return { sql: `action IN (${list.map(() => '?').join(', ')})`, params: list };
    },
    subject_id: (v: number) => ({ sql: 'subject_id = ?', params: [v] }),
    entity_type: (v: string) => ({ sql: 'entity_type = ?', params: [v] }),
    entity_id: (v: string) => ({ sql: 'entity_id = ?', params: [v] }),
    // Set by the server, never by a caller (the list's contract has no such key): see auditLog.routes.ts.
    [HIDDEN_ENTITY_TYPE]: (v: string) => ({ sql: 'entity_type IS NOT ?', params: [v] }),
    // The keys of the page before (see CURSOR_KEYS); the export reads its next page by after_id too.
    before_id: (v: number) => ({ sql: 'id < ?', params: [v] }),
    after_id: (v: number) => ({ sql: 'id > ?', params: [v] }),
    // A range on the action index: every action of the kind sorts between "kind." and "kind/".
    action_kind: (v: string) => ({ sql: 'action >= ? AND action < ?', params: [`${v}.`, `${v}/`] }),
    actor_role: (v: string) => ({ sql: 'actor_role = ?', params: [v] }),
    // No index of their own (each would slow every write of the log): with a day range or an actor they read that
    // index; alone they walk the log in time order until the page is full.
    ip: (v: string) => ({ sql: 'ip = ?', params: [v] }),
    request_id: (v: string) => ({ sql: 'request_id = ?', params: [v] }),
    from: (v: string) => ({ sql: 'at >= ?', params: [v] }),
    to: (v: string) => ({ sql: 'at < ?', params: [v] }),
  },
  pageIds: idOrderedPageIds,
  total: entriesInLog,
};

/**
 * A page of the log. The whole log's total is its last id and one subject's is a count on its own index; any other
 * filter's matches are not counted unless `exactTotal` asks (a report's numbered pages): the log's list pages by
 * key and shows no total for a filter, and counting an actor's month was most of that page's cost.
 */
export function listAuditEntries(db: Db, q: ListQuery, options: { exactTotal?: boolean } = {}) {
  const filter = withoutCursor(q.filter);
  const counted = options.exactTotal || !Object.keys(filter).length || 'subject_id' in filter || 'id' in filter;
  return counted ? listRows<AuditRow>(db, listSql, q) : openEndedRows<AuditRow>(db, listSql, q);
}

/** Of the subjects a page of entries names, those whose data was destroyed: one probe per distinct subject. */
export function destroyedAmong(db: Db, rows: Pick<AuditRow, 'subject_id'>[]): Set<number> {
  const ids = [...new Set(rows.map((r) => r.subject_id).filter((id): id is number => id != null))];
  if (!ids.length) return new Set();
  return new Set(
    cached(db, "SELECT id FROM subjects WHERE id IN (SELECT value FROM json_each(?)) AND status = 'destroyed'")
      .pluck()
      .all(JSON.stringify(ids)) as number[],
  );
}

/** The WHERE of the list for a filter: the export selects exactly the entries the list pages through. */
export function auditLogWhere(filter: Record<string, unknown>): SqlFragment {
  return buildWhere(listSql, filter);
}
