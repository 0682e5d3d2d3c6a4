import type { Db } from '../db/connection.js';
import { verifySlice, type SliceResult } from './verifySlice.js';

/** What a thread needs to join the queue: the shared counters and how the id range 1..max is cut. */
export interface QueueData {
  shared: SharedArrayBuffer;
  max: number;
  segment: number;
}

export interface SegmentFailure {
  index: number;
  /** First id of the failed segment: every entry before it lies in segments that passed. */
  from: number;
  result: SliceResult;
}

// Int32 slots: the next segment to claim and the lowest failed one; then a BigInt64 count of verified entries.
const NEXT = 0;
const FIRST_FAILED = 1;
const CHECKED_OFFSET = 8;

/**
 * The work list of a parallel verify: the id range cut into segments that the caller's thread and the workers
 * claim one at a time through shared memory. A thread that starts sooner (a worker takes a while to boot under
 * tsx) or runs faster takes more of them, so all end together. Segments after a failed one are skipped: the
 * answer is the first failure in id order, and every segment before it is still claimed and verified.
 */
export class SegmentQueue {
  /** The failures this thread found (each thread has its own SegmentQueue over the same shared memory). */
  readonly failures: SegmentFailure[] = [];
  private readonly slots: Int32Array;
  private readonly checkedCount: BigInt64Array;

  constructor(readonly data: QueueData) {
    this.slots = new Int32Array(data.shared, 0, 2);
    this.checkedCount = new BigInt64Array(data.shared, CHECKED_OFFSET, 1);
  }

  static create(max: number, segment: number): SegmentQueue {
    const queue = new SegmentQueue({ shared: new SharedArrayBuffer(CHECKED_OFFSET + 8), max, segment });
    Atomics.store(queue.slots, FIRST_FAILED, queue.segments);
    return queue;
  }

  get segments(): number {
    return Math.ceil(this.data.max / this.data.segment);
  }

  /** The lowest failed segment so far (null: none), among all threads'; once all are done, the one that answers. */
  get firstFailed(): number | null {
    const index = Atomics.load(this.slots, FIRST_FAILED);
    return index < this.segments ? index : null;
  }

  /** Entries verified so far by all threads. */
  get checked(): number {
    return Number(Atomics.load(this.checkedCount, 0));
  }

  /** Claims the next segment and verifies it; false once there is nothing left to claim. */
  verifyNext(db: Db): boolean {
    const index = Atomics.add(this.slots, NEXT, 1);
    if (index >= this.segments || index > Atomics.load(this.slots, FIRST_FAILED)) return false;
    const from = index * this.data.segment + 1;
    const to = Math.min(this.data.max, from + this.data.segment - 1);
    let reported = 0;
    const result = verifySlice(db, from, to, (checked) => {
      Atomics.add(this.checkedCount, 0, BigInt(checked - reported));
      reported = checked;
    });
    if (!result.ok) {
      this.failures.push({ index, from, result });
      lowerTo(this.slots, FIRST_FAILED, index);
    }
    return true;
  }

  /** Leaves nothing more to claim (a thread failed: the others need not finish the walk). */
  stop(): void {
    Atomics.store(this.slots, NEXT, this.segments);
  }
}

/** Atomically lowers slots[at] to value unless it is already lower. */
function lowerTo(slots: Int32Array, at: number, value: number): void {
  let seen = Atomics.load(slots, at);
  while (value < seen) {
    const previous = Atomics.compareExchange(slots, at, seen, value);
    if (previous === seen) return;
    seen = previous;
  }
}
