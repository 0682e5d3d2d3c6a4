/**
 * The JSON Lines export of the audit log (issue 13 §4), one JSON object per line, in this order:
 *
 *   {"type":"header", format, version, exported_at, filter, head, entries, public_key, signing_keys}
 *   {"type":"entry", id, at, actor_id, actor_login, actor_role, action, entity_type, entity_id, subject_id,
 *    request_id, ip, details, prev_hash, hash}                                   — one per entry, in id order
 *   {"type":"checkpoint", id, audit_id, audit_hash, signed_at, reason, prev_signature, signature,
 *    key_fingerprint, next_key_fingerprint}                  — each checkpoint covering an entry in the range
 *   {"type":"trailer", entries, checkpoints, first_id, last_id}
 *
 * An entry carries exactly the columns chain.ts hashes, plus prev_hash and hash, as stored: its personal part stays
 * sealed (the export never decrypts), and the hash covers that ciphertext. The verifier needs nothing else but a
 * public key it trusts (`audit:verify --file`). The header and trailer are not signed: they tell the verifier what
 * to expect (an unfiltered export must hold every entry from 1 to `head`), the checkpoints are what proves.
 */
export const EXPORT_FORMAT = 'pd-desk-audit-export';
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  type: 'header';
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported_at: string;
  /** The list filter the export was made with ({} for the whole log): only an empty one promises contiguity. */
  filter: Record<string, unknown>;
  /** The log's last entry when the export's snapshot was taken. */
  head: { id: number; hash: string } | null;
  /** How many entry lines follow. */
  entries: number;
  /** The server's current signing key. */
  public_key: { pem: string; fingerprint: string; short_fingerprint: string };
  /** Every key that ever signed a checkpoint (a rotation hands over from one to the next). */
  signing_keys: { fingerprint: string; public_key: string }[];
}

export interface ExportTrailer {
  type: 'trailer';
  entries: number;
  checkpoints: number;
  first_id: number | null;
  last_id: number | null;
}
