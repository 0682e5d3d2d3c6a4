import type { Db } from '../db/connection.js';
import type { AuditPublicKey, Checkpoint, CheckpointDetail, CheckpointReason } from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import { lastEntry } from '../audit/audit.repo.js';
import { GENESIS_HASH } from '../audit/chain.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { notFound } from '../shared/errors.js';
import { checkpointMessage, signCheckpoint } from './checkpointMessage.js';
import { shortFingerprint, type SigningKey } from './signingKey.js';
import * as repo from './checkpoints.repo.js';

/**
 * Signs the head of the audit chain (issue 13 §3): on the timer, at shutdown, on a compliance officer's demand, and
 * to hand over to a new key. Each checkpoint and its audit entry are one transaction.
 */
export class CheckpointService {
  private key: SigningKey;

  /** loadKey reads the key from its source (file or environment), at start and again after a rotation by the CLI. */
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly loadKey: () => SigningKey,
    private readonly now: () => Date,
  ) {
    this.key = loadKey();
  }

  list(q: ListQuery): { rows: Checkpoint[]; total: number } {
    return repo.listCheckpoints(this.db, q);
  }

  get(id: number): CheckpointDetail {
    const checkpoint = repo.findCheckpoint(this.db, id);
    if (!checkpoint) throw notFound('Checkpoint');
    return { ...checkpoint, signed_message: checkpointMessage(checkpoint) };
  }

  publicKey(): AuditPublicKey {
    return {
      algorithm: 'Ed25519',
      public_key_pem: this.key.publicPem,
      fingerprint: this.key.fingerprint,
      short_fingerprint: shortFingerprint(this.key.fingerprint),
      last_checkpoint_id: repo.lastCheckpoint(this.db)?.id ?? null,
    };
  }

  /**
   * Whether this server holds the key that must sign the next checkpoint: the last one's key, or the key its rotation
   * handed over to (any key before the first checkpoint). A rotation run by the CLI while the server runs replaced the
   * key file: it is read again. Any other key (a key file lost, or restored from an old backup) must not sign, since
   * the verifier would refuse every checkpoint after it.
   */
  holdsKeyInForce(): boolean {
    const inForce = this.keyInForce();
    if (inForce === null || inForce === this.key.fingerprint) return true;
    const reloaded = this.loadKey();
    if (reloaded.fingerprint !== inForce) return false;
    this.key = reloaded;
    return true;
  }

  private keyInForce(): string | null {
    const last = repo.lastCheckpoint(this.db);
    return last ? (last.next_key_fingerprint ?? last.key_fingerprint) : null;
  }

  sign(ctx: RequestContext, reason: Exclude<CheckpointReason, 'rotation'>): Promise<Checkpoint> {
    return inWriteTransaction(this.db, () => this.signWithin(ctx, reason));
  }

  /**
   * The rotation: a checkpoint signed with the old key that names the new one, so that the new key is trusted exactly
   * as far as the old one was. From then on this service signs with the new key.
   */
  async rotate(ctx: RequestContext, next: SigningKey): Promise<Checkpoint> {
    const checkpoint = await inWriteTransaction(this.db, () => {
      const signed = this.signWithin(ctx, 'rotation', next);
      this.audit.recordWithin(ctx, {
        action: 'signing_key.rotated',
        entityType: 'signing_key',
        entityId: next.fingerprint,
        details: { checkpoint_id: signed.id, old_key: this.key.fingerprint, new_key: next.fingerprint },
      });
      return signed;
    });
    this.key = next;
    return checkpoint;
  }

  /**
   * The checkpoint covers the head *before* its own audit entry: that entry then carries the signature, so the chain
   * itself records every checkpoint (an export of the log alone holds them all), and the next checkpoint covers it.
   * Covering its own entry instead would leave the signature out of the log.
   */
  private signWithin(ctx: RequestContext, reason: CheckpointReason, next?: SigningKey): Checkpoint {
    if (!this.holdsKeyInForce()) {
      throw new Error(
        `The signing key ${shortFingerprint(this.key.fingerprint)} is not the key in force ` +
          `(${shortFingerprint(this.keyInForce()!)}): restore its key file or PD_SIGNING_KEY`,
      );
    }
    const at = this.now().toISOString();
    const head = lastEntry(this.db) ?? { id: 0, hash: GENESIS_HASH };
    const previous = repo.lastCheckpoint(this.db);
    // The first checkpoint a key signs registers it; a rotation registers the next key before naming it.
    repo.registerSigningKey(this.db, {
      fingerprint: this.key.fingerprint,
      public_key: this.key.publicPem,
      created_at: at,
    });
    if (next)
      repo.registerSigningKey(this.db, { fingerprint: next.fingerprint, public_key: next.publicPem, created_at: at });
    const fields = {
      id: (previous?.id ?? 0) + 1,
      audit_id: head.id,
      audit_hash: head.hash,
      signed_at: at,
      reason,
      prev_signature: previous?.signature ?? null,
      key_fingerprint: this.key.fingerprint,
      next_key_fingerprint: next?.fingerprint ?? null,
    };
    const checkpoint: Checkpoint = { ...fields, signature: signCheckpoint(this.key.privateKey, fields) };
    repo.insertCheckpoint(this.db, checkpoint);
    this.audit.recordWithin(ctx, {
      action: 'checkpoint.signed',
      entityType: 'checkpoint',
      entityId: checkpoint.id,
      details: {
        reason,
        audit_id: checkpoint.audit_id,
        audit_hash: checkpoint.audit_hash,
        signature: checkpoint.signature,
        key: checkpoint.key_fingerprint,
        ...(next ? { next_key: next.fingerprint } : {}),
      },
    });
    return checkpoint;
  }
}
