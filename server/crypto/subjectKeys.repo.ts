import type { Db } from '../db/connection.js';
// Prepared once per connection: these run on every request.
import { cached } from '../db/statementCache.js';

export function insertKey(db: Db, subjectId: number, wrappedKey: Buffer, now: string): void {
  cached(db, 'INSERT INTO subject_keys (subject_id, wrapped_key, created_at) VALUES (?, ?, ?)').run(
    subjectId,
    wrappedKey,
    now,
  );
}

export function findWrappedKey(db: Db, subjectId: number): Buffer | null {
  const row = cached(db, 'SELECT wrapped_key FROM subject_keys WHERE subject_id = ?').get(subjectId) as
    { wrapped_key: Buffer } | undefined;
  return row?.wrapped_key ?? null;
}

/** Crypto-shredding: answers whether a key existed. */
export function deleteKey(db: Db, subjectId: number): boolean {
  return cached(db, 'DELETE FROM subject_keys WHERE subject_id = ?').run(subjectId).changes === 1;
}
