import type { Db } from '../db/connection.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import { GENESIS_HASH, chainHash, type ChainedFields } from './chain.js';
import * as auditRepo from './audit.repo.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import type { AuditAction } from '../contract/index.js';
import type { RequestContext } from '../shared/requestContext.js';

export interface AuditEvent {
  action: AuditAction;
  entityType?: string;
  entityId?: string | number;
  subjectId?: number | null;
  /** Details without personal values: stored readable. */
  details?: Record<string, unknown>;
  /** Details with personal values: encrypted with the subject's data key (requires subjectId). */
  personalDetails?: Record<string, unknown>;
}

export const PERSONAL_FIELD = 'personal_enc';

/**
 * The one audit writer. It must run inside the caller's write transaction, so the change and
 * the entry that records it are committed, or rolled back, together.
 */
export class AuditWriter {
  constructor(
    private readonly db: Db,
    private readonly keyring: SubjectKeyring,
    private readonly now: () => Date,
  ) {}

  recordWithin(ctx: RequestContext, event: AuditEvent): number {
    requireTransaction(this.db, 'AuditWriter.recordWithin');
    const last = auditRepo.lastEntry(this.db);
    const fields: ChainedFields = {
      id: (last?.id ?? 0) + 1,
      at: this.now().toISOString(),
      actor_id: ctx.actor.id,
      actor_login: ctx.actor.login,
      actor_role: ctx.actor.role,
      action: event.action,
      entity_type: event.entityType ?? null,
      entity_id: event.entityId === undefined ? null : String(event.entityId),
      subject_id: event.subjectId ?? null,
      request_id: ctx.requestId,
      ip: ctx.ip,
      details: this.serializeDetails(event),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    auditRepo.insertEntry(this.db, { ...fields, prev_hash: prevHash, hash: chainHash(prevHash, fields) });
    return fields.id;
  }

  /** Writes a lone entry (a denial, a failed login); resolves once it is committed. */
  recordAlone(ctx: RequestContext, event: AuditEvent): Promise<number> {
    return inWriteTransaction(this.db, () => this.recordWithin(ctx, event));
  }

  private serializeDetails(event: AuditEvent): string | null {
    const details: Record<string, unknown> = { ...(event.details ?? {}) };
    if (event.personalDetails) {
      if (event.subjectId == null) throw new Error('personalDetails need a subjectId to be encrypted');
      details[PERSONAL_FIELD] = this.keyring
        .seal(event.subjectId, JSON.stringify(event.personalDetails), 'audit')
        .toString('base64');
    }
    return Object.keys(details).length ? JSON.stringify(details) : null;
  }
}
