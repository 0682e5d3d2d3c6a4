import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';
import type { Db } from '../db/connection.js';
import { GENESIS_HASH, chainHash, type ChainedFields } from './chain.js';
import {
  TEXT_SEPARATOR,
  nextIdAfter,
  packedStretch,
  rawStretch,
  storedHash,
  type PackedStretch,
} from './chainSlice.repo.js';

export interface SliceResult {
  ok: boolean;
  /** Entries of the slice verified before the first break (all of them when ok). */
  checked: number;
  brokenAt?: number;
  reason?: string;
}

// Ids per read: about 400 kB of text, and a failed stretch is re-checked exactly without re-reading much
// (250 to 2,000 measured alike, 4,000 and more slightly slower).
const CHUNK = 1_000;

/**
 * Verifies entries from..to: ids consecutive, each prev_hash equal to the previous entry's hash (for the first,
 * the stored hash of from - 1, which the neighbouring slice verifies), each hash recomputed from the entry.
 * Slices that all pass chain into one verified log. Each stretch is first checked on SQLite's packed text;
 * a stretch that does not pass that way is re-checked entry by entry with canonicalize(), which decides.
 */
export function verifySlice(db: Db, from: number, to: number, onProgress?: (checked: number) => void): SliceResult {
  let prevHash = from === 1 ? GENESIS_HASH : storedHash(db, from - 1);
  let checked = 0;
  for (let lo = from; lo <= to; lo += CHUNK) {
    const hi = Math.min(to, lo + CHUNK - 1);
    const fast = prevHash === undefined ? null : lastHashIfIntact(db, lo, hi, prevHash);
    if (fast !== null) {
      prevHash = fast;
      checked += hi - lo + 1;
    } else {
      const exact = verifyExactly(rawStretch(db, lo, hi), lo, prevHash);
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

/**
 * The fast path on a packed stretch: every id present and in order, every link and hash right; or null to look
 * closer. It hashes SQLite's rendering of the entries, which is canonicalize()'s for valid UTF-8 text and for
 * integers within ±(2^53 − 1). Beyond that JavaScript numbers round, and the two part: an actor_id or subject_id
 * forged that large (the application cannot write one) with a hash over SQLite's digits would pass here, though
 * canonicalize() disagrees. Accepted: whoever can forge that can rehash the whole chain over canonicalize()
 * anyway, and refusing such values in SQL (a CASE per integer column) costs about 4% of the walk.
 */
function lastHashIfIntact(db: Db, lo: number, hi: number, prevHash: string): string | null {
  let stretch: PackedStretch;
  try {
    stretch = packedStretch(db, lo, hi);
  } catch {
    return null; // a value json_array refuses (a BLOB where text belongs): the exact check names the entry
  }
  const { hashes, prevs, texts } = stretch;
  const count = hi - lo + 1;
  if (hashes === null || prevs === null || texts === null || !linksIntact(hashes, prevs, count, prevHash)) return null;
  // Bytes hashed here must be the bytes canonicalize() would hash: only valid UTF-8 round-trips through a JS string.
  if (!isUtf8(texts)) return null;
  const digests = recomputedHashes(texts, lo, count);
  // One comparison for the stretch: comparing each digest in place (startsWith at an offset) costs more than its hash.
  return digests !== null && digests.join(',') === hashes ? digests[count - 1] : null;
}

/** SHA-256 of each text in the stretch, or null when the texts are not the entries lo, lo + 1, ... in that order. */
function recomputedHashes(texts: Buffer, lo: number, count: number): string[] | null {
  const { buffer, byteOffset } = texts; // read once: each is a call into the engine
  const digests = new Array<string>(count);
  let start = 0;
  for (let k = 0; k < count; k++) {
    // Each text starts with its prev_hash, 64 hex characters once linksIntact() passed, then "\n" and "[id,".
    const end = k === count - 1 ? texts.length : texts.indexOf(TEXT_SEPARATOR, start + HEADER);
    if (end === -1 || !startsWithId(texts, start + HEADER, lo + k)) return null;
    digests[k] = crypto.hash('sha256', new Uint8Array(buffer, byteOffset + start, end - start));
    start = end + 1;
  }
  return digests;
}

const HEX_HASH = /^[0-9a-f]{64}$/;
// prev_hash and "\n" before the canonical JSON array in each text.
const HEADER = 65;

/**
 * Whether prevs links up: prevHash, then every hash of the stretch but the last, comma-joined. The caller then
 * finds `count` texts (so `count` rows) and requires hashes to be their recomputed hex digests comma-joined: each
 * list then has exactly the commas group_concat put between its `count` values, so no stored value holds a comma
 * or has another length than 64, and piece k of each list is entry k's value.
 */
function linksIntact(hashes: string, prevs: string, count: number, prevHash: string): boolean {
  return (
    hashes.length === count * 65 - 1 &&
    prevs.length === hashes.length &&
    HEX_HASH.test(prevHash) &&
    prevs === `${prevHash},${hashes}`.slice(0, prevs.length)
  );
}

/** Whether the canonical array at `at` opens with this id: texts arrive in scan order, which must be id order. */
function startsWithId(buf: Buffer, at: number, id: number): boolean {
  if (buf[at] !== 0x5b) return false; // "["
  let value = 0;
  let i = at + 1;
  for (; buf[i] >= 0x30 && buf[i] <= 0x39; i++) value = value * 10 + buf[i] - 0x30;
  return i > at + 1 && buf[i] === 0x2c && value === id; // ","
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
      id: r[0] as number,
      at: r[1] as string,
      actor_id: r[2] as number | null,
      actor_login: r[3] as string,
      actor_role: r[4] as string,
      action: r[5] as string,
      entity_type: r[6] as string | null,
      entity_id: r[7] as string | null,
      subject_id: r[8] as number | null,
      request_id: r[9] as string | null,
      ip: r[10] as string | null,
      details: r[11] as string | null,
    };
    const [storedPrev, storedHashValue] = [r[12] as string, r[13] as string];
    if (fields.id !== expectedId) {
      return {
        ok: false,
        checked,
        brokenAt: fields.id,
        reason: `entry ${expectedId} is missing (next id is ${fields.id})`,
      };
    }
    if (storedPrev !== prevHash)
      return { ok: false, checked, brokenAt: fields.id, reason: 'prev_hash does not match the previous entry' };
    if (chainHash(prevHash, fields) !== storedHashValue) {
      return { ok: false, checked, brokenAt: fields.id, reason: 'hash does not match the entry contents' };
    }
    prevHash = storedHashValue;
    expectedId += 1;
    checked += 1;
  }
  return { ok: true, checked, nextId: expectedId, prevHash };
}
