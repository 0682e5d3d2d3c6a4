import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.js';
import { startWorker } from '../shared/workerThread.js';
import { idRange, openChainReader } from './chainSlice.repo.js';
import { SegmentQueue, type SegmentFailure } from './segmentQueue.js';
import { verifySlice, type SliceResult } from './verifySlice.js';

export type VerifyResult =
  { ok: true; checked: number } | { ok: false; checked: number; brokenAt: number; reason: string };

export interface ParallelOptions {
  onProgress?: (checked: number) => void;
  /** Threads that verify, the caller's included. */
  threads?: number;
  /** Below this many entries, starting worker threads costs more than it saves (tests lower it). */
  parallelFrom?: number;
  /** Ids per claimed segment (tests lower it to get many segments out of a small log). */
  segment?: number;
  /** Leave every segment to worker threads (tests: on a small log, this thread would verify it all before they boot). */
  workersOnly?: boolean;
}

// Ids per segment: small enough that the threads finish within a few tens of milliseconds of each other,
// large enough that claiming one (and reading the hash before it) costs nothing next to verifying it.
const SEGMENT = 20_000;

/** Recomputes every hash and link from the first entry, in this thread; stops at the first mismatch. */
export function verifyChain(db: Db, onProgress?: (checked: number) => void): VerifyResult {
  const { min, max } = idRange(db);
  if (max === null || min === null) return { ok: true, checked: 0 };
  if (min < 1) return { ok: false, checked: 0, brokenAt: min, reason: `entry 1 is missing (next id is ${min})` };
  const report = progressReporter(onProgress);
  return toVerifyResult(verifySlice(db, 1, max, report), 0);
}

/**
 * The same check split across threads: segments of the id range are verified independently (each reads its own
 * rows and checks the link into it from the stored hash before it), so the whole log is verified once every
 * segment passes. The first failed segment in id order gives the answer, as a sequential walk would.
 * This thread verifies too (it would otherwise sit idle, and it starts at once while workers boot), yielding to
 * the event loop between segments: meant for the CLI, not for a server that must keep answering requests.
 */
export async function verifyChainParallel(
  db: Db,
  databasePath: string,
  options: ParallelOptions = {},
): Promise<VerifyResult> {
  const {
    onProgress,
    threads = os.availableParallelism(),
    parallelFrom = 200_000,
    segment = SEGMENT,
    workersOnly = false,
  } = options;
  const { min, max } = idRange(db);
  if (max === null || max < parallelFrom || threads < 2 || min !== 1) return verifyChain(db, onProgress);

  const queue = SegmentQueue.create(max, segment);
  const report = progressReporter(onProgress);
  const workers = Array.from({ length: workersOnly ? threads : threads - 1 }, () =>
    startWorker(import.meta.url, 'verifyWorker', { databasePath, queue: queue.data }),
  );
  try {
    const theirs = Promise.all(workers.map((w) => failuresOf(w)));
    theirs.catch(() => queue.stop()); // a worker failed: stop claiming, the error is thrown below
    if (!workersOnly) await verifyOwnShare(queue, databasePath, () => report(queue.checked));
    const ticker = setInterval(() => report(queue.checked), 100);
    const failures = [...queue.failures, ...(await theirs.finally(() => clearInterval(ticker))).flat()];
    report(queue.checked);
    return answer(queue, failures);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** This thread's part of the walk, on a read-only connection of its own like the workers'. */
async function verifyOwnShare(queue: SegmentQueue, databasePath: string, onSegment: () => void): Promise<void> {
  const db = openChainReader(databasePath);
  try {
    while (queue.verifyNext(db)) {
      onSegment();
      await nextTurn(); // worker errors and the progress line get their turn
    }
  } finally {
    db.close();
  }
}

/** The failure of the lowest failed segment, from whichever thread found it; or the whole log verified. */
function answer(queue: SegmentQueue, failures: SegmentFailure[]): VerifyResult {
  const first = failures.find((f) => f.index === queue.firstFailed);
  // Every segment before the failed one verified in full, and ids are consecutive, so that many entries precede it.
  return first ? toVerifyResult(first.result, first.from - 1) : { ok: true, checked: queue.checked };
}

/** Calls onProgress at each 100,000 entries passed, from counts that may jump by more. */
function progressReporter(onProgress?: (checked: number) => void): (checked: number) => void {
  let reported = 0;
  return (checked) => {
    for (; reported + 100_000 <= checked; reported += 100_000) onProgress?.(reported + 100_000);
  };
}

function toVerifyResult(r: SliceResult, before: number): VerifyResult {
  return r.ok
    ? { ok: true, checked: before + r.checked }
    : { ok: false, checked: before + r.checked, brokenAt: r.brokenAt!, reason: r.reason! };
}

function failuresOf(worker: Worker): Promise<SegmentFailure[]> {
  return new Promise((resolve, reject) => {
    worker.on('message', (m: { failures: SegmentFailure[] }) => resolve(m.failures));
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`chain verifier thread exited with code ${code}`)));
  });
}
