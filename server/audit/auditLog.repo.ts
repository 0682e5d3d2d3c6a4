import type { Db } from '../db/connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import { buildWhere, inList, limitSql, listRows, type ListSql, type SqlFragment } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import type { AuditRow } from './audit.repo.js';

/**
 * The unfiltered total is the last id: entries are numbered 1, 2, 3… by the writer and never deleted (the chain
 * would not verify otherwise), so max(id), read from the end of the primary key, equals count(*) without a scan.
 */
function entriesInLog(db: Db, q: ListQuery): number | undefined {
  if (Object.keys(q.filter).length) return undefined;
  return cached(db, 'SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;
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
  const keys = Object.keys(q.filter);
  // No filter: the primary key is id order; a subject: its index is (subject_id, id).
  if (!keys.length || keys.includes('subject_id') || keys.includes('id')) return undefined;
  const where = buildWhere(listSql, q.filter);
  const dir = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
  if (timeFollowsIds(db)) {
    return {
      sql: `SELECT id FROM audit_log ${where.sql} ORDER BY at ${dir}, id ${dir} ${limitSql(q.limit)} OFFSET ?`,
      params: [...where.params, q.offset],
    };
  }
  return {
    sql: `WITH bounds AS (SELECT min(id) AS lo, max(id) AS hi FROM audit_log ${where.sql})
          SELECT id FROM bounds CROSS JOIN audit_log NOT INDEXED
          ${where.sql} AND id BETWEEN bounds.lo AND bounds.hi ORDER BY id ${dir} ${limitSql(q.limit)} OFFSET ?`,
    params: [...where.params, ...where.params, q.offset],
  };
}

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
    // Internal (no route accepts it): the next page of an export read in id order.
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

export function listAuditEntries(db: Db, q: ListQuery) {
  return listRows<AuditRow>(db, listSql, q);
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
