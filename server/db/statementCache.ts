import type { Statement } from 'better-sqlite3';
import type { Db } from './connection.js';

// Preparing a statement costs more than running a small one. The SQL comes from a bounded set of shapes (lists:
// filters × sort × IN-list lengths; corrections: the set of changed columns), so prepared statements are kept
// per connection, a few hundred at most.
const statements = new WeakMap<Db, Map<string, Statement>>();
const MAX_CACHED = 500;

export function cached(db: Db, sql: string): Statement {
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  let stmt = byDb.get(sql);
  if (!stmt) {
    if (byDb.size >= MAX_CACHED) byDb.clear();
    stmt = db.prepare(sql);
    byDb.set(sql, stmt);
  }
  return stmt;
}

/** The SQL of each statement kept for this connection: what the list queries look like once built. */
export function preparedSql(db: Db): string[] {
  return [...(statements.get(db)?.keys() ?? [])];
}
