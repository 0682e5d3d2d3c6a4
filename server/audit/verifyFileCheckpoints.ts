import type { KeyObject } from 'node:crypto';
import type { Checkpoint } from '../contract/index.js';
import { isWellFormed, signatureVerifies } from '../checkpoints/checkpointMessage.js';
import { fingerprintOf, publicKeyFromPem, shortFingerprint } from '../checkpoints/signingKey.js';
import { GENESIS_HASH } from './chain.js';
import type { Finding } from './verifyFileEntries.js';

export interface CheckpointsInFile {
  findings: Finding[];
  notes: string[];
  /** The highest entry a valid checkpoint vouches for, with its hash matching the export (0: none). */
  coveredUpTo: number;
  /** The last checkpoint in the file (null: none). */
  last: { id: number; auditId: number } | null;
}

export interface CheckpointContext {
  /** Every public key the export carries, by fingerprint (recomputed from the key: a stated one is not believed). */
  keys: Map<string, KeyObject>;
  /** The key the auditor trusts. */
  trusted: string;
  /** The entry's hash in the export, or undefined when the export lacks it. */
  hashOf: (id: number) => string | undefined;
  /** An unfiltered export, which must hold every entry a checkpoint covers. */
  contiguous: boolean;
  lastEntry: number | null;
}

/**
 * The export's checkpoints with the same rules as verifyCheckpoints.ts (and its signature check,
 * checkpointMessage.signatureVerifies): well formed; each carrying the signature of the one before it; each signed
 * by the key in force, the first checkpoint's key and then the one each rotation names; each signature valid; and
 * each covered entry's hash equal to the entry's in the export, never behind the checkpoint before. The file holds
 * the checkpoints of its id range only, so the first one's link to its predecessor cannot be checked here (unless it
 * is checkpoint 1). The trusted key must be one of the keys in that line, as on the live database.
 */
export function verifyFileCheckpoints(checkpoints: Checkpoint[], ctx: CheckpointContext): CheckpointsInFile {
  const findings: Finding[] = [];
  const notes: string[] = [];
  const line: string[] = [];
  let previous: Checkpoint | undefined;
  let coveredUpTo = 0;
  for (const c of checkpoints) {
    const broken = (problem: string) => findings.push({ checkpoint: c.id, problem });
    if (!isWellFormed(c)) {
      broken('a field is not in the form the server writes');
      continue;
    }
    if (previous && c.id !== previous.id + 1) {
      broken(`checkpoint ${previous.id + 1} is missing from the export (checkpoint ${c.id} follows ${previous.id})`);
    } else if (previous && c.prev_signature !== previous.signature) {
      broken(`its previous signature is not checkpoint ${previous.id}'s`);
    } else if (!previous && c.id === 1 && c.prev_signature !== null) {
      broken('the first checkpoint names a previous one');
    }
    const inForce = previous ? (previous.next_key_fingerprint ?? previous.key_fingerprint) : c.key_fingerprint;
    if (c.key_fingerprint !== inForce) {
      broken(
        `signed by key ${shortFingerprint(c.key_fingerprint)}, not by the key in force ${shortFingerprint(inForce)}`,
      );
    }
    if (!previous) line.push(c.key_fingerprint);
    if (c.next_key_fingerprint !== null) line.push(c.next_key_fingerprint);
    const key = ctx.keys.get(c.key_fingerprint);
    const signed = key !== undefined && signatureVerifies(key, c);
    if (!key) broken(`signed by key ${shortFingerprint(c.key_fingerprint)}, which the export does not carry`);
    else if (!signed) broken(`the signature does not verify with key ${shortFingerprint(c.key_fingerprint)}`);
    if (previous && c.audit_id < previous.audit_id) {
      broken(`it covers entry ${c.audit_id}, before checkpoint ${previous.id}'s entry ${previous.audit_id}`);
    }
    const hash = c.audit_id === 0 ? GENESIS_HASH : ctx.hashOf(c.audit_id);
    if (hash === undefined) {
      if (ctx.lastEntry !== null && c.audit_id > ctx.lastEntry) {
        broken(`it covers entry ${c.audit_id}, beyond the export's last entry ${ctx.lastEntry}: the tail was cut`);
      } else if (ctx.contiguous) {
        broken(`it covers entry ${c.audit_id}, which is missing from the export`);
      } else {
        notes.push(
          `checkpoint ${c.id} covers entry ${c.audit_id}, which this filtered export does not hold: its signature is checked, not its entry`,
        );
      }
    } else if (hash !== c.audit_hash) {
      broken(`entry ${c.audit_id}'s hash in the export is not the hash signed: the log was rewritten up to it`);
    } else if (signed) {
      coveredUpTo = Math.max(coveredUpTo, c.audit_id);
    }
    previous = c;
  }
  if (checkpoints.length && !line.includes(ctx.trusted)) {
    findings.unshift({
      checkpoint: checkpoints[0].id,
      problem:
        `signed by key ${shortFingerprint(line[0] ?? checkpoints[0].key_fingerprint)}; the trusted key ` +
        `${shortFingerprint(ctx.trusted)} is none of the keys that signed (${line.map(shortFingerprint).join(', ')})`,
    });
  }
  return { findings, notes, coveredUpTo, last: previous ? { id: previous.id, auditId: previous.audit_id } : null };
}

/** The export's keys by the fingerprint recomputed from each; unreadable or non-Ed25519 ones are left out. */
export function keysByFingerprint(pems: string[]): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const pem of pems) {
    try {
      const key = publicKeyFromPem(pem);
      if (key.asymmetricKeyType === 'ed25519') keys.set(fingerprintOf(key), key);
    } catch {
      // Not a key: the checkpoints it would check are reported as signed by a key the export does not carry.
    }
  }
  return keys;
}
