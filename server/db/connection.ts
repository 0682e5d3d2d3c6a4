import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a committed change and its audit entry survive a power cut (WAL + NORMAL could lose the last commits).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows (a destroyed subject's data, a purged session) are overwritten with zeros, not just unlinked,
  // so the database file keeps no copy of them in its free pages.
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache per connection (the default is 2 MiB): the hot index pages stay in memory.
  db.pragma('cache_size = -65536');
  // The background checkpointer (checkpointer.ts) normally keeps the WAL short; this is the writer's backstop.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('journal_size_limit = 67108864');
  return db;
}
