import type { Db } from '../db/connection.js';
// Prepared once per connection: these run on every request.
import { cached } from '../db/statementCache.js';
import type { ChainedFields } from './chain.js';

export interface AuditRow extends ChainedFields {
  prev_hash: string;
  hash: string;
}

export function lastEntry(db: Db): { id: number; hash: string } | undefined {
  return cached(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
}

export function insertEntry(db: Db, row: AuditRow): void {
  cached(
    db,
    `INSERT INTO audit_log (id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id,
       subject_id, request_id, ip, details, prev_hash, hash)
     VALUES (@id, @at, @actor_id, @actor_login, @actor_role, @action, @entity_type, @entity_id,
       @subject_id, @request_id, @ip, @details, @prev_hash, @hash)`,
  ).run(row);
}

export function findEntry(db: Db, id: number): AuditRow | undefined {
  return cached(db, 'SELECT * FROM audit_log WHERE id = ?').get(id) as AuditRow | undefined;
}
