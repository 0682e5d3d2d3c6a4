import os from 'node:os';
import Database from 'better-sqlite3';
import type { Db } from '../../server/db/connection.js';
import { migrate } from '../../server/db/migrate.js';

/**
 * The scratch database opened for bulk loading: no journal and no fsync (a crash only loses scratch data),
 * a 1 GiB page cache, sorts in memory and on every core. The schema is the real one, from the real migrations.
 */
export function openForBulkLoad(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');
  db.pragma('temp_store = MEMORY');
  // Index builds sort with helper threads.
  db.pragma(`threads = ${os.availableParallelism()}`);
  // Keys are created before their subject row exists (the medical note is sealed with the key); every key does get its row.
  db.pragma('foreign_keys = OFF');
  migrate(db);
  return db;
}

/** Leaves the file as the server expects it: WAL mode (persistent), everything on disk. */
export function finishBulkLoad(db: Db): void {
  // On a fresh connection: since migration 014 rebuilt a table (DROP, then RENAME) under journal_mode = OFF, the
  // loading connection's WAL checkpoint answers "database table is locked".
  const file = db.name;
  db.close();
  const reopened = new Database(file);
  reopened.pragma('journal_mode = WAL');
  reopened.pragma('wal_checkpoint(TRUNCATE)');
  reopened.close();
}

/**
 * Loading rows in id order and building each secondary index afterwards (one sort) is several times
 * faster than keeping five indexes up to date row by row. The indexes come back from their own SQL.
 */
export function dropIndexes(db: Db, tables: string[]): { name: string; sql: string }[] {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
              AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
    )
    .all(...tables) as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  return indexes;
}

export function createIndexes(
  db: Db,
  indexes: { name: string; sql: string }[],
  onEach: (name: string, seconds: number) => void,
): void {
  for (const { name, sql } of indexes) {
    const started = Date.now();
    db.exec(sql);
    onEach(name, (Date.now() - started) / 1000);
  }
}
