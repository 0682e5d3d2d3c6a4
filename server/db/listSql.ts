import type { Db } from './connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import { cached } from './statementCache.js';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * Filtered totals are counted up to this many rows and no further: counting every match of a broad filter over
 * a million rows costs more than the page itself. Content-Range then carries the cap (or, when the caller paged
 * beyond it, the next power of two past the page's end), which reads as "at least this many";
 * ra-data-simple-rest needs a number there.
 */
export const COUNT_CAP = 10_000;

/** How a resource's whitelisted list fields map to SQL: the repo declares it, listRows runs it. */
export interface ListSql {
  from: string;
  columns: string;
  /** Sort field → ORDER BY expression (id is always appended as the tie-breaker). */
  orderBy: Record<string, string>;
  /** Filter key → SQL with placeholders for the already-validated value. */
  where: Record<string, (value: never) => SqlFragment>;
  /**
   * The table's integer primary key, for resources read from one table: a page is then found as ids first
   * (an index can often answer that without touching the table), and only those rows are read.
   */
  key?: string;
  /** A faster query for one page's ids, for the filters and sorts it recognizes (undefined: the generic one). Needs key. */
  pageIds?: (db: Db, q: ListQuery) => SqlFragment | undefined;
  /** Where counting stops for this resource (default COUNT_CAP). */
  countCap?: number;
  /**
   * The total for the filters it can answer better than the generic capped count (a counter table, a count with a
   * better plan), else undefined. Same meaning as the generic one: exact, or capped.
   */
  total?: (db: Db, q: ListQuery) => number | undefined;
}

/**
 * LIMIT written into the SQL rather than bound. SQLite plans with a bound LIMIT's value and marks the statement
 * to be re-prepared whenever that parameter is bound again, and better-sqlite3 binds on every run: a bound LIMIT
 * meant a full re-prepare per query (20–40 µs on a sorted search page, more than the search itself). Page sizes
 * and count caps are few, so the literals keep the statement cache small. OFFSET stays bound: SQLite does not plan
 * with it.
 */
export function limitSql(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`LIMIT must be a whole number, got ${n}`);
  return `LIMIT ${n}`;
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

export function orderClause(spec: ListSql, q: ListQuery): string {
  const order = spec.orderBy[q.sortField];
  if (!order) throw new Error(`No SQL for sort field ${q.sortField}`);
  const direction = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
  const key = spec.key ?? 'id';
  return order
    .split(',')
    .map((expr) => `${expr.trim()} ${direction}`)
    .concat(order.trim() === key ? [] : [`${key} ${direction}`])
    .join(', ');
}

/**
 * Answers a page without counting its matches: the total is the page's end, plus one while another row follows
 * (one row more is read to know). For lists paged by key, where a count of every match would cost more than the page.
 */
export function openEndedRows<T>(db: Db, spec: ListSql, q: ListQuery): { rows: T[]; total: number } {
  const where = buildWhere(spec, q.filter);
  const rows = pageRows<T>(db, spec, { ...q, limit: q.limit + 1 }, where, true);
  const more = rows.length > q.limit;
  if (more) rows.length = q.limit;
  return { rows, total: q.offset + rows.length + (more ? 1 : 0) };
}

export function listRows<T>(
  db: Db,
  spec: ListSql,
  q: ListQuery,
  extra: SqlFragment[] = [],
): { rows: T[]; total: number } {
  const where = buildWhere(spec, q.filter, extra);
  const rows = pageRows<T>(db, spec, q, where, !extra.length);
  const own = extra.length ? undefined : spec.total?.(db, q);
  return { rows, total: own ?? cappedCount(db, spec.from, where, countLimit(spec, q)) };
}

function pageRows<T>(db: Db, spec: ListSql, q: ListQuery, where: SqlFragment, ownFilterOnly: boolean): T[] {
  const orderSql = orderClause(spec, q);
  const fast = spec.key && ownFilterOnly ? spec.pageIds?.(db, q) : undefined;
  // Unfiltered, the sort index yields the page in order already: finding ids first would only add a step.
  if (!spec.key || (!fast && !where.sql)) {
    return cached(
      db,
      `SELECT ${spec.columns} FROM ${spec.from} ${where.sql} ORDER BY ${orderSql} ${limitSql(q.limit)} OFFSET ?`,
    ).all(...where.params, q.offset) as T[];
  }
  const ids = fast ?? {
    sql: `SELECT ${spec.key} FROM ${spec.from} ${where.sql} ORDER BY ${orderSql} ${limitSql(q.limit)} OFFSET ?`,
    params: [...where.params, q.offset],
  };
  return cached(
    db,
    `SELECT ${spec.columns} FROM ${spec.from} WHERE ${spec.key} IN (${ids.sql}) ORDER BY ${orderSql}`,
  ).all(...ids.params) as T[];
}

/** Where a count for this page stops: the resource's cap, or past the page's end when the caller pages beyond it. */
export function countLimit(spec: ListSql, q: ListQuery): number {
  const cap = spec.countCap ?? COUNT_CAP;
  const end = q.offset + q.limit;
  return end <= cap ? cap : roundedUp(end);
}

/**
 * n rounded up to a power of two. A LIMIT that only has to be large enough (a count's stop, how many rows each
 * index may contribute to a page) then takes one of a few values: deep pages share statements instead of each
 * preparing its own and crowding the hot ones out of the statement cache.
 */
export function roundedUp(n: number): number {
  return n <= 1 ? 1 : 2 ** Math.ceil(Math.log2(n));
}

/** count(*) that stops at `cap`: the subquery's LIMIT ends the scan there. */
export function cappedCount(db: Db, from: string, where: SqlFragment, cap: number): number {
  const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${from} ${where.sql} ${limitSql(cap)})`;
  return (cached(db, sql).get(...where.params) as { n: number }).n;
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
