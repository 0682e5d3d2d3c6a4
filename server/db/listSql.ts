import type { Db } from './connection.js';
import type { ListQuery } from '../http/listQuery.js';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** How a resource's whitelisted list fields map to SQL: the repo declares it, listRows runs it. */
export interface ListSql {
  from: string;
  columns: string;
  /** Sort field → ORDER BY expression (id is always appended as the tie-breaker). */
  orderBy: Record<string, string>;
  /** Filter key → SQL with placeholders for the already-validated value. */
  where: Record<string, (value: never) => SqlFragment>;
}

export function buildWhere(spec: ListSql, filter: Record<string, unknown>, extra: SqlFragment[] = []): SqlFragment {
  const parts: SqlFragment[] = [...extra];
  for (const [key, value] of Object.entries(filter)) {
    const toSql = spec.where[key] as ((v: unknown) => SqlFragment) | undefined;
    if (!toSql) throw new Error(`No SQL for filter ${key}`);
    parts.push(toSql(value));
  }
  if (!parts.length) return { sql: '', params: [] };
  return { sql: `WHERE ${parts.map((p) => `(${p.sql})`).join(' AND ')}`, params: parts.flatMap((p) => p.params) };
}

export function listRows<T>(db: Db, spec: ListSql, q: ListQuery, extra: SqlFragment[] = []): { rows: T[]; total: number } {
  const where = buildWhere(spec, q.filter, extra);
  const order = spec.orderBy[q.sortField];
  if (!order) throw new Error(`No SQL for sort field ${q.sortField}`);
  const direction = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
  const orderSql = order
    .split(',')
    .map((expr) => `${expr.trim()} ${direction}`)
    .concat(order.trim() === 'id' ? [] : [`id ${direction}`])
    .join(', ');
  const rows = db
    .prepare(`SELECT ${spec.columns} FROM ${spec.from} ${where.sql} ORDER BY ${orderSql} LIMIT ? OFFSET ?`)
    .all(...where.params, q.limit, q.offset) as T[];
  const total = (db.prepare(`SELECT count(*) AS n FROM ${spec.from} ${where.sql}`).get(...where.params) as { n: number }).n;
  return { rows, total };
}

/** Index-friendly prefix match: col >= p AND col < p + U+FFFF (LIKE would skip the index on these columns). */
export function prefixMatch(column: string, prefix: string): SqlFragment {
  return { sql: `${column} >= ? AND ${column} < ?`, params: [prefix, `${prefix}\uffff`] };
}

export function inList(column: string, values: number | number[]): SqlFragment {
  const list = Array.isArray(values) ? values : [values];
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
}
