import type { Db } from '../db/connection.js';
import type { DestructionActKind, DestructionActStatus, DestructionReason } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { buildWhere, inList, limitSql, listRows, orderClause, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** An act's stored columns: the register in clear, its content still sealed (null once expired). */
export interface ActRow {
  id: number;
  number: string;
  kind: DestructionActKind;
  destruction_id: number | null;
  subject_id: number | null;
  submission_destruction_id: number | null;
  submissions_count: number | null;
  destroyed_on: string;
  reason: DestructionReason;
  /** The plan as JSON. */
  categories: string;
  expires_on: string;
  status: DestructionActStatus;
  owner_key_id: number | null;
  content_enc: Buffer | null;
  created_at: string;
}

// The list never reads the sealed content: a page of the register costs no decryption and carries no person.
const REGISTER_COLUMNS = `id, number, kind, destruction_id, subject_id, submission_destruction_id, submissions_count,
  destroyed_on, reason, categories, expires_on, status, NULL AS owner_key_id, NULL AS content_enc, created_at`;

const oneOrMany = (column: string) => (v: string | string[]) => {
  const list = [v].flat();
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const listSql: ListSql = {
  from: 'destruction_acts',
  columns: REGISTER_COLUMNS,
  key: 'id',
  // Numbers sort as text within a year and years have four digits, so (year, seq) is the number's order.
  orderBy: { id: 'id', number: 'year, seq', destroyed_on: 'destroyed_on', expires_on: 'expires_on' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    reason: oneOrMany('reason'),
    status: oneOrMany('status'),
    kind: oneOrMany('kind'),
    subject_id: (v: number) => ({ sql: 'subject_id = ?', params: [v] }),
    destroyed_on_gte: (v: string) => ({ sql: 'destroyed_on >= ?', params: [v] }),
    destroyed_on_lte: (v: string) => ({ sql: 'destroyed_on <= ?', params: [v] }),
  },
};

export function listActs(db: Db, q: ListQuery) {
  return listRows<ActRow>(db, listSql, q);
}

/**
 * Every act the filter matches, in the list's order, for the CSV export: read whole inside the transaction that
 * audits it, so the row count logged is what is sent, and no cursor holds the connection while the file streams.
 */
export function exportActs(db: Db, q: ListQuery): ActRow[] {
  const where = buildWhere(listSql, q.filter);
  return cached(
    db,
    `SELECT ${REGISTER_COLUMNS} FROM destruction_acts ${where.sql} ORDER BY ${orderClause(listSql, q)} ${limitSql(q.limit)}`,
  ).all(...where.params) as ActRow[];
}

export function findAct(db: Db, id: number): ActRow | undefined {
  return cached(
    db,
    `SELECT id, number, kind, destruction_id, subject_id, submission_destruction_id, submissions_count, destroyed_on,
       reason, categories, expires_on, status, owner_key_id, content_enc, created_at
     FROM destruction_acts WHERE id = ?`,
  ).get(id) as ActRow | undefined;
}
