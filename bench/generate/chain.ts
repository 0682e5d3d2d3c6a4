import type { Statement } from 'better-sqlite3';
import type { Db } from '../../server/db/connection.js';
import { GENESIS_HASH, chainHash, type ChainedFields } from '../../server/audit/chain.js';

export type EntryFields = Omit<ChainedFields, 'id'>;

/** Appends entries exactly as AuditWriter would (id = previous + 1, hash over prev_hash and the canonical entry). */
export class ChainAppender {
  private prevHash = GENESIS_HASH;
  private nextId = 1;
  private readonly insert: Statement;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO audit_log (id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id,
         subject_id, request_id, ip, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  append(entry: EntryFields): number {
    const fields: ChainedFields = { id: this.nextId, ...entry };
    const hash = chainHash(this.prevHash, fields);
    this.insert.run(
      fields.id,
      fields.at,
      fields.actor_id,
      fields.actor_login,
      fields.actor_role,
      fields.action,
      fields.entity_type,
      fields.entity_id,
      fields.subject_id,
      fields.request_id,
      fields.ip,
      fields.details,
      this.prevHash,
      hash,
    );
    this.prevHash = hash;
    return this.nextId++;
  }
}
