import crypto, { type KeyObject } from 'node:crypto';
import type { Checkpoint } from '../contract/index.js';

/** The signed fields of a checkpoint: all of it but the signature. */
export type SignedFields = Omit<Checkpoint, 'signature'>;

const VERSION = 'pd-desk-checkpoint-v1';

/**
 * The exact text a checkpoint's signature covers, UTF-8, one "name value" line per field in this order, each line
 * ended by "\n", "-" for an absent value:
 *
 *   pd-desk-checkpoint-v1
 *   checkpoint <id>
 *   entry <audit entry id>
 *   hash <that entry's hash, 64 hex>
 *   time <signed_at, UTC ISO-8601 as stored>
 *   reason <interval|shutdown|manual|rotation>
 *   key <fingerprint of the signing key, 64 hex>
 *   previous <base64 signature of the previous checkpoint, or ->
 *   next-key <a rotation: fingerprint of the next key, or ->
 *
 * Plain lines rather than JSON so that an auditor can rebuild it with a text editor and check it with
 * `openssl pkeyutl -verify -rawin`. No value may hold a line break or a space (isWellFormed checks that before
 * anything is verified), so no two checkpoints share a text. The version line lets a later format coexist.
 */
export function checkpointMessage(c: SignedFields): string {
  return [
    VERSION,
    `checkpoint ${c.id}`,
    `entry ${c.audit_id}`,
    `hash ${c.audit_hash}`,
    `time ${c.signed_at}`,
    `reason ${c.reason}`,
    `key ${c.key_fingerprint}`,
    `previous ${c.prev_signature ?? '-'}`,
    `next-key ${c.next_key_fingerprint ?? '-'}`,
    '',
  ].join('\n');
}

const HEX64 = /^[0-9a-f]{64}$/;
const SIGNATURE = /^[A-Za-z0-9+/]{86}==$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Whether every field has the one shape the writer gives it: the text above is then unambiguous. */
export function isWellFormed(c: Checkpoint): boolean {
  return (
    Number.isSafeInteger(c.id) &&
    c.id >= 1 &&
    Number.isSafeInteger(c.audit_id) &&
    c.audit_id >= 0 &&
    HEX64.test(c.audit_hash) &&
    INSTANT.test(c.signed_at) &&
    /^[a-z]+$/.test(c.reason) &&
    HEX64.test(c.key_fingerprint) &&
    (c.prev_signature === null || SIGNATURE.test(c.prev_signature)) &&
    SIGNATURE.test(c.signature) &&
    (c.next_key_fingerprint === null || HEX64.test(c.next_key_fingerprint))
  );
}

export function signCheckpoint(privateKey: KeyObject, fields: SignedFields): string {
  return crypto.sign(null, Buffer.from(checkpointMessage(fields), 'utf8'), privateKey).toString('base64');
}

export function signatureVerifies(publicKey: KeyObject, c: Checkpoint): boolean {
  return crypto.verify(null, Buffer.from(checkpointMessage(c), 'utf8'), publicKey, Buffer.from(c.signature, 'base64'));
}
