import type { KeyObject } from 'node:crypto';
import type { Db } from '../db/connection.js';
import type { Checkpoint } from '../contract/index.js';
import { GENESIS_HASH } from '../audit/chain.js';
import { lastEntry } from '../audit/audit.repo.js';
import { storedHash } from '../audit/chainSlice.repo.js';
import { isWellFormed, signatureVerifies } from './checkpointMessage.js';
import { eachCheckpoint, signingKeys } from './checkpoints.repo.js';
import { fingerprintOf, publicKeyFromPem, shortFingerprint } from './signingKey.js';

export type CheckpointsResult =
  | {
      ok: true;
      checked: number;
      /** The last checkpoint and the entry it covers (null without checkpoints). */
      last: { id: number; auditId: number } | null;
      /** Entries written after the last checkpoint: not yet covered by a signature. */
      uncovered: number;
      /** The signing keys in the order they took over, as fingerprints. */
      keys: string[];
    }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/**
 * Checks every checkpoint, in id order: ids consecutive from 1, each well formed, each carrying the previous one's
 * signature, each signed by the key in force (the first checkpoint's key, then the one each rotation names), each
 * signature valid, and each (entry id, hash) equal to the log's stored entry, never behind the checkpoint before.
 * With the chain verified (verifyChain), a stored hash that matches proves the whole log up to that entry.
 *
 * The trusted key (an auditor's --pubkey, else this server's own key) must be one of the keys that took over: a key
 * anywhere in that line vouches for the keys after it (it signed their rotation) and for every checkpoint before its
 * first signature (each signature covers the previous one). A key outside it proves nothing, which is reported at
 * checkpoint 1. Work is per checkpoint (a lookup and an Ed25519 verification), never per entry.
 */
export function verifyCheckpoints(db: Db, trustedFingerprint: string): CheckpointsResult {
  const publicKeys = knownKeys(db);
  const keys: string[] = [];
  let previous: Checkpoint | undefined;
  let checked = 0;
  for (const c of eachCheckpoint(db)) {
    const broken = (reason: string): CheckpointsResult => ({ ok: false, checked, brokenAt: c.id, reason });
    const expectedId = (previous?.id ?? 0) + 1;
    if (c.id !== expectedId) return broken(`checkpoint ${expectedId} is missing (next id is ${c.id})`);
    if (!isWellFormed(c)) return broken('a field is not in the form the server writes');
    if (c.prev_signature !== (previous?.signature ?? null)) {
      return broken(
        previous
          ? `its previous signature is not checkpoint ${previous.id}'s`
          : 'the first checkpoint names a previous one',
      );
    }
    const inForce = previous ? (previous.next_key_fingerprint ?? previous.key_fingerprint) : c.key_fingerprint;
    if (c.key_fingerprint !== inForce) {
      return broken(
        `signed by key ${shortFingerprint(c.key_fingerprint)}, not by the key in force ${shortFingerprint(inForce)}`,
      );
    }
    if (!previous) keys.push(c.key_fingerprint);
    const publicKey = publicKeys.get(c.key_fingerprint);
    if (!publicKey) return broken(`its key ${shortFingerprint(c.key_fingerprint)} is not in signing_keys`);
    if (!signatureVerifies(publicKey, c)) {
      return broken(`the signature does not verify with key ${shortFingerprint(c.key_fingerprint)}`);
    }
    if (previous && c.audit_id < previous.audit_id) {
      return broken(`it covers entry ${c.audit_id}, before checkpoint ${previous.id}'s entry ${previous.audit_id}`);
    }
    const hash = c.audit_id === 0 ? GENESIS_HASH : storedHash(db, c.audit_id);
    if (hash === undefined) return broken(`it covers entry ${c.audit_id}, which is missing from the log`);
    if (hash !== c.audit_hash) return broken(`entry ${c.audit_id}'s hash in the log is not the hash signed`);
    if (c.next_key_fingerprint !== null) {
      if (c.reason !== 'rotation') return broken('it names a next key without being a rotation');
      if (!publicKeys.has(c.next_key_fingerprint)) {
        return broken(`the key it hands over to, ${shortFingerprint(c.next_key_fingerprint)}, is not in signing_keys`);
      }
      keys.push(c.next_key_fingerprint);
    }
    previous = c;
    checked += 1;
  }
  if (previous && !keys.includes(trustedFingerprint)) {
    return {
      ok: false,
      checked: 0,
      brokenAt: 1,
      reason:
        `signed by key ${shortFingerprint(keys[0])}; the trusted key ${shortFingerprint(trustedFingerprint)} is none ` +
        `of the keys that signed (${keys.map(shortFingerprint).join(', ')})`,
    };
  }
  const head = lastEntry(db)?.id ?? 0;
  return {
    ok: true,
    checked,
    last: previous ? { id: previous.id, auditId: previous.audit_id } : null,
    uncovered: head - (previous?.audit_id ?? 0),
    keys,
  };
}

/** The stored public keys by their fingerprint recomputed from the key itself: a stored fingerprint is not believed. */
function knownKeys(db: Db): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const row of signingKeys(db)) {
    let publicKey: KeyObject;
    try {
      publicKey = publicKeyFromPem(row.public_key);
    } catch {
      continue; // unreadable: the checkpoints it signed are reported as signed by an unknown key
    }
    if (publicKey.asymmetricKeyType === 'ed25519' && fingerprintOf(publicKey) === row.fingerprint) {
      keys.set(row.fingerprint, publicKey);
    }
  }
  return keys;
}
