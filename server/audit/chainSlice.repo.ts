import Database from 'better-sqlite3';
import type { Db } from '../db/connection.js';
// Prepared once per connection: a full walk runs these thousands of times. Each call sets the statement's
// mode (pluck, raw), as the cache shares statements by SQL text.
import { cached } from '../db/statementCache.js';

/** Lowest and highest id in the log (null when it is empty): the verifier splits this range between threads. */
export function idRange(db: Db): { min: number | null; max: number | null } {
  // Two subqueries: min() and max() together in one SELECT would scan the table instead of reading both ends.
  return db.prepare('SELECT (SELECT min(id) FROM audit_log) AS min, (SELECT max(id) FROM audit_log) AS max').get() as {
    min: number | null;
    max: number | null;
  };
}

/**
 * A read-only connection of the verifier's own: it must not take part in writes (the server may be running) nor
 * change the file's settings, which openDatabase() would. Default settings: a memory map, a larger page cache or
 * query_only measured no faster for this one forward pass over the table.
 */
export function openChainReader(databasePath: string): Db {
  return new Database(databasePath, { readonly: true, fileMustExist: true });
}

/** One stretch of the chain packed by SQLite into three values, so that JavaScript sees one row per stretch. */
export interface PackedStretch {
  /** Every stored hash in the stretch, comma-separated, in scan order (null when the stretch is empty; a NULL hash is empty). */
  hashes: string | null;
  /** Every stored prev_hash, the same way. */
  prevs: string | null;
  /** Every entry's hashed text, prev_hash ‖ "\n" ‖ the canonical JSON array, separated by byte 0x01. */
  texts: Buffer | null;
}

// The byte between entries in PackedStretch.texts: JSON escapes every control character, hex has none.
export const TEXT_SEPARATOR = 0x01;

export function storedHash(db: Db, id: number): string | undefined {
  return cached(db, 'SELECT hash FROM audit_log WHERE id = ?').pluck().get(id) as string | undefined;
}

export function nextIdAfter(db: Db, id: number): number | null {
  return cached(db, 'SELECT min(id) FROM audit_log WHERE id > ?').pluck().get(id) as number | null;
}

/** The stretch from..to packed by SQLite (see PACKED_STRETCH). */
export function packedStretch(db: Db, from: number, to: number): PackedStretch {
  const [hashes, prevs, texts] = cached(db, PACKED_STRETCH).raw().get(from, to) as [
    string | null,
    string | null,
    Buffer | null,
  ];
  return { hashes, prevs, texts };
}

/** The same stretch as raw rows with every chained column, for the exact entry-by-entry check. */
export function rawStretch(db: Db, from: number, to: number): unknown[][] {
  return cached(db, RAW_STRETCH).raw().all(from, to) as unknown[][];
}

/**
 * The chain between two ids as one row: SQLite builds each entry's hashed text (json_array escapes exactly as
 * JSON.stringify does, for the strings and safe integers of this STRICT table) and concatenates the stretch.
 * One row of three values instead of one row, or fourteen values, per entry is what makes a full walk cheap:
 * no JavaScript string per entry, and a stretch's hashes compare as one string. No ORDER BY (the sort would
 * cost more than the rest of the query): the rowid scan yields id order, and the caller checks each entry's id.
 */
const PACKED_STRETCH = `SELECT group_concat(ifnull(hash, ''), ',') AS hashes,
            group_concat(prev_hash, ',') AS prevs,
            CAST(group_concat(prev_hash || char(10) || json_array(id, at, actor_id, actor_login, actor_role, action,
                 entity_type, entity_id, subject_id, request_id, ip, details), char(1)) AS BLOB) AS texts
     FROM audit_log WHERE id BETWEEN ? AND ?`;

const RAW_STRETCH = `SELECT id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id,
       subject_id, request_id, ip, details, prev_hash, hash
     FROM audit_log WHERE id BETWEEN ? AND ? ORDER BY id`;
