// Signed checkpoints of the audit chain (issue 13 §3). Owned by server/checkpoints/.

/**
 * Why a checkpoint was signed: the hourly (configurable) timer, which signs also when nothing happened so that silence
 * is provable; the server's graceful stop; a compliance officer's «Подписать сейчас»; a key rotation (signed with the
 * old key, naming the new one).
 */
export const CHECKPOINT_REASONS = ['interval', 'shutdown', 'manual', 'rotation'] as const;
export type CheckpointReason = (typeof CHECKPOINT_REASONS)[number];

/** A checkpoint as listed (GET /api/checkpoints). It names no person: only ids, hashes, times and keys. */
export interface Checkpoint {
  id: number;
  /** The audit entry that was the chain's head when it was signed (0 for an empty log). */
  audit_id: number;
  /** That entry's hash (64 hex). */
  audit_hash: string;
  /** UTC ISO-8601, exactly as signed. */
  signed_at: string;
  reason: CheckpointReason;
  /** Base64 of the previous checkpoint's signature (null for the first): checkpoints form a chain. */
  prev_signature: string | null;
  /** Base64 of the Ed25519 signature of `signed_message`. */
  signature: string;
  /** SHA-256 (hex) of the signing public key's SPKI DER. */
  key_fingerprint: string;
  /** A rotation: the key that signs from the next checkpoint on. */
  next_key_fingerprint: string | null;
}

/** One checkpoint (GET /api/checkpoints/:id): with the exact text that was signed, for checking it by hand. */
export interface CheckpointDetail extends Checkpoint {
  signed_message: string;
}

/** GET /api/audit-log/public-key: what an auditor writes down to check checkpoints without trusting the server. */
export interface AuditPublicKey {
  algorithm: 'Ed25519';
  /** SPKI, PEM. */
  public_key_pem: string;
  /** SHA-256 of the SPKI DER, 64 hex. */
  fingerprint: string;
  /** Its first 128 bits in groups of four hex digits: short enough to copy by hand. */
  short_fingerprint: string;
  /** The latest checkpoint, if any. */
  last_checkpoint_id: number | null;
}
