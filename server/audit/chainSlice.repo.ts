import type { Db } from '../db/connection.js';

/** Lowest and highest id in the log (null when it is empty): the verifier splits this range between workers. */
export function idRange(db: Db): { min: number | null; max: number | null } {
  // Two subqueries: min() and max() together in one SELECT would scan the table instead of reading both ends.
  return db.prepare('SELECT (SELECT min(id) FROM audit_log) AS min, (SELECT max(id) FROM audit_log) AS max').get() as {
    min: number | null; max: number | null;
  };
}

export function storedHash(db: Db, id: number): string | undefined {
  return (db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(id) as { hash: string } | undefined)?.hash;
}

export function nextIdAfter(db: Db, id: number): number | null {
  return (db.prepare('SELECT min(id) AS id FROM audit_log WHERE id > ?').get(id) as { id: number | null }).id;
}

/**
 * The chain between two ids (bound as from, to) as one string per entry: hash ‖ prev_hash ‖ "\n" ‖ the canonical
 * JSON array, built by SQLite (json_array escapes exactly as JSON.stringify does). One string per row instead of
 * fourteen values is what makes a full walk cheap. Rows whose hashes are not 64 characters are left out, so the
 * caller sees fewer rows than ids and re-checks that stretch entry by entry; a gap in the ids shows the same way.
 */
export function packedSliceStatement(db: Db) {
  return db
    .prepare(
      `SELECT hash || prev_hash || char(10) || json_array(id, at, actor_id, actor_login, actor_role, action,
                entity_type, entity_id, subject_id, request_id, ip, details)
       FROM audit_log WHERE id BETWEEN ? AND ? AND length(hash) = 64 AND length(prev_hash) = 64 ORDER BY id`,
    )
    .pluck();
}

/** The same stretch as raw rows with every chained column, for the exact entry-by-entry check. */
export function rawSliceStatement(db: Db) {
  return db
    .prepare(
      `SELECT id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id,
              subject_id, request_id, ip, details, prev_hash, hash
       FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id`,
    )
    .raw();
}
