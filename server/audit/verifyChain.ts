import type { Db } from '../db/connection.js';
import { GENESIS_HASH, chainHash, type ChainedFields } from './chain.js';
import { iterateChain } from './audit.repo.js';

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/** Recomputes every hash and link from the first entry; stops at the first mismatch. */
export function verifyChain(db: Db, onProgress?: (checked: number) => void): VerifyResult {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (const r of iterateChain(db)) {
    const fields: ChainedFields = {
      id: r[0] as number, at: r[1] as string, actor_id: r[2] as number | null, actor_login: r[3] as string,
      actor_role: r[4] as string, action: r[5] as string, entity_type: r[6] as string | null,
      entity_id: r[7] as string | null, subject_id: r[8] as number | null, request_id: r[9] as string | null,
      ip: r[10] as string | null, details: r[11] as string | null,
    };
    const storedPrev = r[12] as string;
    const storedHash = r[13] as string;
    if (fields.id !== expectedId) {
      return { ok: false, checked, brokenAt: fields.id, reason: `entry ${expectedId} is missing (next id is ${fields.id})` };
    }
    if (storedPrev !== prevHash) {
      return { ok: false, checked, brokenAt: fields.id, reason: 'prev_hash does not match the previous entry' };
    }
    if (chainHash(prevHash, fields) !== storedHash) {
      return { ok: false, checked, brokenAt: fields.id, reason: 'hash does not match the entry contents' };
    }
    prevHash = storedHash;
    expectedId += 1;
    checked += 1;
    if (onProgress && checked % 100_000 === 0) onProgress(checked);
  }
  return { ok: true, checked };
}
