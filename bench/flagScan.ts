import Database from 'better-sqlite3';
import { step } from './progress.js';

/**
 * Waits until the server's first scan for audit flags has read the whole generated log. It runs once at start, in
 * the background; measuring while it catches up on millions of entries would time that, not the steady state a
 * clinic's server is in. The time it took is a figure of its own.
 */
export async function waitForFlagScan(dbPath: string, timeoutMs = 30 * 60_000): Promise<number> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const started = Date.now();
  try {
    const head = db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck();
    const cursor = db.prepare('SELECT last_id FROM audit_flag_cursor WHERE id = 1').pluck();
    for (let last = -1; ;) {
      const [at, end] = [cursor.get() as number, head.get() as number];
      if (at >= end) return Date.now() - started;
      if (Date.now() - started > timeoutMs) throw new Error(`The flag scan stopped at entry ${at} of ${end}`);
      if (at !== last) step(`  audit flags: scanned ${at.toLocaleString('en')} of ${end.toLocaleString('en')}`);
      last = at;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  } finally {
    db.close();
  }
}
