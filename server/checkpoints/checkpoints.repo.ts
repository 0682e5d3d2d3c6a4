import type { Db } from '../db/connection.js';
import type { Checkpoint } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

const COLUMNS = `id, audit_id, audit_hash, signed_at, reason, prev_signature, signature, key_fingerprint,
  next_key_fingerprint`;

/** Ids are 1, 2, 3… and never deleted, so the last id is the count, read from the end of the primary key. */
function checkpointsInTable(db: Db, q: ListQuery): number | undefined {
  if (Object.keys(q.filter).length) return undefined;
  return lastCheckpoint(db)?.id ?? 0;
}

const listSql: ListSql = {
  from: 'checkpoints',
  columns: COLUMNS,
  key: 'id',
  // Ids follow time and the audit head never moves back, so the three sorts are one order.
  orderBy: { id: 'id', signed_at: 'id', audit_id: 'id' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    reason: (v: string | string[]) => {
      const list = [v].flat();
      return { sql: `reason IN (${list.map(() => '?').join(', ')})`, params: list };
    },
  },
  total: checkpointsInTable,
};

export function listCheckpoints(db: Db, q: ListQuery) {
  return listRows<Checkpoint>(db, listSql, q);
}

export function findCheckpoint(db: Db, id: number): Checkpoint | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM checkpoints WHERE id = ?`).get(id) as Checkpoint | undefined;
}

export function lastCheckpoint(db: Db): Checkpoint | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM checkpoints ORDER BY id DESC LIMIT 1`).get() as Checkpoint | undefined;
}

export function insertCheckpoint(db: Db, c: Checkpoint): void {
  cached(
    db,
    `INSERT INTO checkpoints (${COLUMNS})
     VALUES (@id, @audit_id, @audit_hash, @signed_at, @reason, @prev_signature, @signature, @key_fingerprint,
       @next_key_fingerprint)`,
  ).run(c);
}

/** Every checkpoint in id order, one at a time: the verifier's walk. */
export function eachCheckpoint(db: Db): IterableIterator<Checkpoint> {
  return db.prepare(`SELECT ${COLUMNS} FROM checkpoints ORDER BY id`).iterate() as IterableIterator<Checkpoint>;
}

export interface SigningKeyRow {
  fingerprint: string;
  public_key: string;
  created_at: string;
}

export function signingKeys(db: Db): SigningKeyRow[] {
  return db.prepare('SELECT fingerprint, public_key, created_at FROM signing_keys').all() as SigningKeyRow[];
}

export function hasSigningKey(db: Db, fingerprint: string): boolean {
  return cached(db, 'SELECT 1 FROM signing_keys WHERE fingerprint = ?').pluck().get(fingerprint) === 1;
}

/** Registers a public key once; a key already known is left as it is (the table refuses updates anyway). */
export function registerSigningKey(db: Db, row: SigningKeyRow): void {
  cached(
    db,
    `INSERT INTO signing_keys (fingerprint, public_key, created_at) VALUES (@fingerprint, @public_key, @created_at)
     ON CONFLICT (fingerprint) DO NOTHING`,
  ).run(row);
}
