import type { Db } from '../db/connection.js';
// Prepared once per connection: these run on every request.
import { cached } from '../db/statementCache.js';

/** `renewedAt`: the key replaces one that destruction deleted. */
export function insertKey(db: Db, subjectId: number, wrappedKey: Buffer, now: string, renewedAt: string | null = null) {
  cached(db, 'INSERT INTO subject_keys (subject_id, wrapped_key, created_at, renewed_at) VALUES (?, ?, ?, ?)').run(
    subjectId,
    wrappedKey,
    now,
    renewedAt,
  );
}

export function findKeyRow(db: Db, subjectId: number): { wrapped_key: Buffer; renewed_at: string | null } | undefined {
  return cached(db, 'SELECT wrapped_key, renewed_at FROM subject_keys WHERE subject_id = ?').get(subjectId) as
    { wrapped_key: Buffer; renewed_at: string | null } | undefined;
}

/** Crypto-shredding: answers whether a key existed. */
export function deleteKey(db: Db, subjectId: number): boolean {
  return cached(db, 'DELETE FROM subject_keys WHERE subject_id = ?').run(subjectId).changes === 1;
}
