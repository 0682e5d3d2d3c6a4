import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.js';
import { idRange } from './chainSlice.repo.js';
import { verifySlice, type SliceResult } from './verifySlice.js';

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: string };

export interface ParallelOptions {
  onProgress?: (checked: number) => void;
  threads?: number;
  /** Below this many entries, starting worker threads costs more than it saves (tests lower it). */
  parallelFrom?: number;
}

/** Recomputes every hash and link from the first entry, in this thread; stops at the first mismatch. */
export function verifyChain(db: Db, onProgress?: (checked: number) => void): VerifyResult {
  const { min, max } = idRange(db);
  if (max === null || min === null) return { ok: true, checked: 0 };
  if (min < 1) return { ok: false, checked: 0, brokenAt: min, reason: `entry 1 is missing (next id is ${min})` };
  let reported = 0;
  const result = verifySlice(db, 1, max, (checked) => {
    for (; reported + 100_000 <= checked; reported += 100_000) onProgress?.(reported + 100_000);
  });
  return toVerifyResult(result, 0);
}

/**
 * The same check split across worker threads: each verifies a contiguous id range (reading its own raw rows
 * and checking the link into the range from the entry before it), so the whole log is verified once every
 * slice passes. The first broken slice in id order gives the answer, as a sequential walk would.
 */
export async function verifyChainParallel(db: Db, databasePath: string, options: ParallelOptions = {}): Promise<VerifyResult> {
  const { onProgress, threads = os.availableParallelism(), parallelFrom = 200_000 } = options;
  const { min, max } = idRange(db);
  if (max === null || max < parallelFrom || threads < 2 || min !== 1) return verifyChain(db, onProgress);

  const size = Math.ceil(max / threads);
  const slices = Array.from({ length: threads }, (_, i) => ({ from: i * size + 1, to: Math.min(max, (i + 1) * size) }))
    .filter((s) => s.from <= s.to);
  const progress = slices.map(() => 0);
  let reported = 0;
  const workers: Worker[] = [];
  const results = await Promise.all(
    slices.map((slice, i) =>
      new Promise<SliceResult>((resolve, reject) => {
        const worker = startWorker({ databasePath, ...slice });
        workers.push(worker);
        worker.on('message', (m: { progress?: number; result?: SliceResult }) => {
          if (m.progress !== undefined) {
            progress[i] = m.progress;
            const total = progress.reduce((a, b) => a + b, 0);
            for (; reported + 100_000 <= total; reported += 100_000) onProgress?.(reported + 100_000);
          }
          if (m.result) resolve(m.result);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`chain verifier thread exited with code ${code}`)));
      }),
    ),
  ).finally(() => Promise.all(workers.map((w) => w.terminate())));

  const firstBroken = results.findIndex((r) => !r.ok);
  if (firstBroken === -1) return { ok: true, checked: results.reduce((n, r) => n + r.checked, 0) };
  // Every slice before the broken one verified in full, and ids are consecutive, so that many entries precede it.
  return toVerifyResult(results[firstBroken], slices[firstBroken].from - 1);
}

function toVerifyResult(r: SliceResult, before: number): VerifyResult {
  return r.ok
    ? { ok: true, checked: before + r.checked }
    : { ok: false, checked: before + r.checked, brokenAt: r.brokenAt!, reason: r.reason! };
}

/** Starts verifyWorker next to this module: .js once compiled, .ts when run through tsx. */
function startWorker(workerData: { databasePath: string; from: number; to: number }): Worker {
  const extension = path.extname(fileURLToPath(import.meta.url));
  const file = new URL(`./verifyWorker${extension}`, import.meta.url);
  if (extension !== '.ts') return new Worker(file, { workerData });
  // A worker thread does not inherit tsx's loader (tsx issue #354): register it in the thread, then load the module.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(file.href)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}
