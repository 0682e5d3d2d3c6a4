import { GENESIS_HASH, chainHash, type ChainedFields } from './chain.js';

/** One problem found, naming the entry or checkpoint it concerns. */
export interface Finding {
  entry?: number;
  checkpoint?: number;
  problem: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const isHex64 = (v: unknown): v is string => typeof v === 'string' && HEX64.test(v);
const TEXT = ['at', 'actor_login', 'actor_role', 'action'] as const;
const NULLABLE_TEXT = ['entity_type', 'entity_id', 'request_id', 'ip', 'details'] as const;
const NULLABLE_INTEGER = ['actor_id', 'subject_id'] as const;

/**
 * The entries of an export as they are read, kept compactly (an id and two 32-byte hashes each, ~72 bytes: 72 MB for
 * a million) so that the order, the links and the checkpoints can be judged once the whole file is in: a swapped
 * pair is then reported as one reordering, not as a gap, a broken link and another gap.
 *
 * Each entry's own hash is recomputed at once with chain.ts (the writer's definition, nothing copied): an entry whose
 * hash does not recompute from its fields was altered, whatever else holds.
 */
export class EntryWalk {
  readonly findings: Finding[] = [];
  count = 0;
  private ids = new Float64Array(1024);
  private hashes = Buffer.alloc(1024 * 32);
  private prevs = Buffer.alloc(1024 * 32);
  private inOrder = true;
  private order: Uint32Array | null = null;

  add(line: Record<string, unknown>, lineNo: number): void {
    const fields = chainedFields(line);
    if (!fields || !isHex64(line.prev_hash) || !isHex64(line.hash)) {
      const id = Number.isSafeInteger(line.id) ? (line.id as number) : undefined;
      this.findings.push({ entry: id, problem: `line ${lineNo} is not an entry in the form the server writes` });
      return;
    }
    const [prevHash, hash] = [line.prev_hash as string, line.hash as string];
    if (chainHash(prevHash, fields) !== hash) {
      this.findings.push({ entry: fields.id, problem: 'altered: its hash does not recompute from its fields' });
    }
    this.grow();
    const k = this.count++;
    if (k > 0 && fields.id <= this.ids[k - 1]) this.inOrder = false;
    this.ids[k] = fields.id;
    this.hashes.write(hash, k * 32, 'hex');
    this.prevs.write(prevHash, k * 32, 'hex');
  }

  /**
   * Order, then links and gaps in id order: where ids are consecutive the later entry's prev_hash must be the earlier
   * one's hash (a deleted, inserted or altered entry breaks it); entry 1 must follow the genesis hash. With `contiguous`
   * (an unfiltered export) every id from 1 to the last must be there, and a gap is a deletion.
   */
  finish(contiguous: boolean): void {
    const n = this.count;
    if (!this.inOrder) this.reportOrder();
    const at = (j: number) => (this.order ? this.order[j] : j);
    for (let j = 0; j < n; j++) {
      const k = at(j);
      const id = this.ids[k];
      const previous = j > 0 ? at(j - 1) : -1;
      const previousId = previous >= 0 ? this.ids[previous] : 0;
      if (previous >= 0 && id === previousId) {
        this.findings.push({ entry: id, problem: `appears twice: an inserted entry carries the id of another` });
        continue;
      }
      if (id === previousId + 1) {
        const linked =
          previous >= 0
            ? this.prevs.compare(this.hashes, previous * 32, previous * 32 + 32, k * 32, k * 32 + 32) === 0
            : this.prevs.toString('hex', k * 32, k * 32 + 32) === GENESIS_HASH;
        if (!linked) {
          this.findings.push({
            entry: id,
            problem:
              previous >= 0
                ? `its prev_hash is not entry ${previousId}'s hash: the link is broken (an entry inserted, deleted or altered)`
                : 'its prev_hash is not the genesis hash: the first entry was replaced',
          });
        }
      } else if (contiguous) {
        const first = previousId + 1;
        const last = id - 1;
        this.findings.push({
          entry: first,
          problem: `${first === last ? `entry ${first} is` : `entries ${first}–${last} are`} missing (deleted): entry ${id} follows ${previous >= 0 ? `entry ${previousId}` : 'the start of the log'}`,
        });
      }
    }
  }

  /** The stored hash of entry `id` (the last copy if it appears twice), or undefined when the export lacks it. */
  hashOf(id: number): string | undefined {
    let lo = 0;
    let hi = this.count - 1;
    const at = (j: number) => (this.order ? this.order[j] : j);
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.ids[at(mid)];
      if (value < id) lo = mid + 1;
      else if (value > id) hi = mid - 1;
      else return this.hashes.toString('hex', at(mid) * 32, at(mid) * 32 + 32);
    }
    return undefined;
  }

  /** Lowest and highest id read. */
  bounds(): { first: number | null; last: number | null } {
    if (!this.count) return { first: null, last: null };
    const at = (j: number) => (this.order ? this.order[j] : j);
    return { first: this.ids[at(0)], last: this.ids[at(this.count - 1)] };
  }

  /** Ids above `id`: how many, and the first and last of them (what no checkpoint covers yet). */
  after(id: number): { count: number; first: number; last: number } | null {
    const { last } = this.bounds();
    if (last === null || last <= id) return null;
    let count = 0;
    let first = Infinity;
    for (let k = 0; k < this.count; k++) {
      if (this.ids[k] > id) {
        count++;
        first = Math.min(first, this.ids[k]);
      }
    }
    return { count, first, last };
  }

  /** Entries out of id order: each place where an id follows a higher one, named; then sorted for the link check. */
  private reportOrder(): void {
    for (let k = 1; k < this.count; k++) {
      if (this.ids[k] < this.ids[k - 1]) {
        this.findings.push({
          entry: this.ids[k],
          problem: `out of order: entry ${this.ids[k]} comes after entry ${this.ids[k - 1]} (entries reordered)`,
        });
      }
    }
    const order = new Uint32Array(this.count);
    for (let k = 0; k < this.count; k++) order[k] = k;
    order.sort((a, b) => this.ids[a] - this.ids[b] || a - b);
    this.order = order;
  }

  private grow(): void {
    if (this.count < this.ids.length) return;
    const ids = new Float64Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    this.hashes = Buffer.concat([this.hashes, Buffer.alloc(this.hashes.length)]);
    this.prevs = Buffer.concat([this.prevs, Buffer.alloc(this.prevs.length)]);
  }
}

/** The chained columns of a line when each has its type (text, or integer, or null where the table allows it). */
function chainedFields(line: Record<string, unknown>): ChainedFields | null {
  if (!Number.isSafeInteger(line.id) || (line.id as number) < 1) return null;
  if (!TEXT.every((f) => typeof line[f] === 'string')) return null;
  if (!NULLABLE_TEXT.every((f) => line[f] === null || typeof line[f] === 'string')) return null;
  if (!NULLABLE_INTEGER.every((f) => line[f] === null || Number.isSafeInteger(line[f]))) return null;
  return {
    id: line.id as number,
    at: line.at as string,
    actor_id: line.actor_id as number | null,
    actor_login: line.actor_login as string,
    actor_role: line.actor_role as string,
    action: line.action as string,
    entity_type: line.entity_type as string | null,
    entity_id: line.entity_id as string | null,
    subject_id: line.subject_id as number | null,
    request_id: line.request_id as string | null,
    ip: line.ip as string | null,
    details: line.details as string | null,
  };
}
