import type { Db } from '../db/connection.js';

export function insertKey(db: Db, subjectId: number, wrappedKey: Buffer, now: string): void {
  db.prepare('INSERT INTO subject_keys (subject_id, wrapped_key, created_at) VALUES (?, ?, ?)').run(subjectId, wrappedKey, now);
}

export function findWrappedKey(db: Db, subjectId: number): Buffer | null {
  const row = db.prepare('SELECT wrapped_key FROM subject_keys WHERE subject_id = ?').get(subjectId) as
    | { wrapped_key: Buffer }
    | undefined;
  return row?.wrapped_key ?? null;
}
