import crypto from 'node:crypto';
import type { Db } from '../db/connection.js';
import { GENESIS_HASH, chainHash, type ChainedFields } from './chain.js';
import { nextIdAfter, packedSliceStatement, rawSliceStatement, storedHash } from './chainSlice.repo.js';

export interface SliceResult {
  ok: boolean;
  /** Entries of the slice verified before the first break (all of them when ok). */
  checked: number;
  brokenAt?: number;
  reason?: string;
}

// Ids per read: bounded memory, and a failed stretch is re-checked exactly without re-reading much.
const CHUNK = 2_000;

/**
 * Verifies entries from..to: ids consecutive, each prev_hash equal to the previous entry's hash (for the first,
 * the stored hash of from - 1, which the neighbouring slice verifies), each hash recomputed from the entry.
 * Slices that all pass chain into one verified log. Each stretch is first checked on SQLite's packed rows;
 * a stretch that does not pass that way is re-checked entry by entry with canonicalize(), which decides.
 */
export function verifySlice(db: Db, from: number, to: number, onProgress?: (checked: number) => void): SliceResult {
  const packed = packedSliceStatement(db);
  const raw = rawSliceStatement(db);
  let prevHash = from === 1 ? GENESIS_HASH : storedHash(db, from - 1);
  let checked = 0;
  for (let lo = from; lo <= to; lo += CHUNK) {
    const hi = Math.min(to, lo + CHUNK - 1);
    const fast = prevHash === undefined ? null : lastHashIfIntact(packed.all(lo, hi) as string[], hi - lo + 1, prevHash);
    if (fast !== null) {
      prevHash = fast;
      checked += hi - lo + 1;
    } else {
      const exact = verifyExactly(raw.all(lo, hi) as unknown[][], lo, prevHash);
      checked += exact.checked;
      if (!exact.ok) return { ok: false, checked, brokenAt: exact.brokenAt, reason: exact.reason };
      if (exact.nextId <= hi) {
        // The stretch ended early: its last ids are gone, and the next entry lies beyond it.
        const next = nextIdAfter(db, hi) ?? exact.nextId;
        return { ok: false, checked, brokenAt: next, reason: `entry ${exact.nextId} is missing (next id is ${next})` };
      }
      prevHash = exact.prevHash;
    }
    onProgress?.(checked);
  }
  return { ok: true, checked };
}

/** The fast path: every id present, every link and hash right, or null to look closer. */
function lastHashIfIntact(rows: string[], expected: number, prevHash: string): string | null {
  if (rows.length !== expected) return null;
  let prev = prevHash;
  for (const row of rows) {
    const hash = row.slice(0, 64);
    if (!row.startsWith(prev, 64) || crypto.hash('sha256', row.slice(64)) !== hash) return null;
    prev = hash;
  }
  return prev;
}

type Exact =
  | { ok: true; checked: number; nextId: number; prevHash: string | undefined }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/** The definition itself, entry by entry: the same checks, in the same order, as a plain sequential walk. */
function verifyExactly(rows: unknown[][], from: number, prevHash: string | undefined): Exact {
  let expectedId = from;
  let checked = 0;
  for (const r of rows) {
    const fields: ChainedFields = {
      id: r[0] as number, at: r[1] as string, actor_id: r[2] as number | null, actor_login: r[3] as string,
      actor_role: r[4] as string, action: r[5] as string, entity_type: r[6] as string | null,
      entity_id: r[7] as string | null, subject_id: r[8] as number | null, request_id: r[9] as string | null,
      ip: r[10] as string | null, details: r[11] as string | null,
    };
    const [storedPrev, storedHashValue] = [r[12] as string, r[13] as string];
    if (fields.id !== expectedId) {
      return { ok: false, checked, brokenAt: fields.id, reason: `entry ${expectedId} is missing (next id is ${fields.id})` };
    }
    if (storedPrev !== prevHash) return { ok: false, checked, brokenAt: fields.id, reason: 'prev_hash does not match the previous entry' };
    if (chainHash(prevHash, fields) !== storedHashValue) {
      return { ok: false, checked, brokenAt: fields.id, reason: 'hash does not match the entry contents' };
    }
    prevHash = storedHashValue;
    expectedId += 1;
    checked += 1;
  }
  return { ok: true, checked, nextId: expectedId, prevHash };
}
