import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SubjectFields } from '../../server/contract/index.js';

export interface SubjectMaterial {
  id: number;
  fields: SubjectFields;
  status: 'active' | 'blocked';
  wrapped: Buffer;
  medical: Buffer | null;
  withMedical: boolean;
  createdSealed: string;
}

export interface SubjectBlock {
  block: number;
  subjects: SubjectMaterial[];
}

const BLOCK = 1_000;

/**
 * Subjects in id order, made ahead by worker threads (one per core but one, the main thread writes): the main
 * thread awaits `ensure(id)` before a batch, then takes them one by one with `take(id)`.
 */
export class SubjectFeed {
  private readonly workers: Worker[];
  private readonly ready = new Map<number, SubjectMaterial[]>();
  private readonly taken = new Set<number>();
  private readonly waiting = new Map<number, () => void>();
  private requested = 0;
  private readonly blocks: number;

  constructor(
    private readonly total: number,
    masterKey: Buffer,
    seed: number,
    threads = Math.max(1, os.availableParallelism() - 1),
  ) {
    this.blocks = Math.ceil(total / BLOCK);
    this.workers = Array.from({ length: threads }, () =>
      tsWorker(new URL('./subjectWorker.ts', import.meta.url), {
        masterKey,
        seed,
        today: new Date().toISOString(),
      }),
    );
    for (const w of this.workers) {
      w.on('message', (m: SubjectBlock) => {
        // Buffers arrive as plain Uint8Arrays; better-sqlite3 stores either as a BLOB.
        this.ready.set(m.block, m.subjects);
        this.waiting.get(m.block)?.();
      });
      // A generator thread that fails leaves nothing sensible to wait for.
      w.on('error', (e) => {
        console.error(e);
        process.exit(1);
      });
    }
    this.requestAhead(0);
  }

  /** Resolves once every subject up to `id` has been made. */
  async ensure(id: number): Promise<void> {
    const last = Math.min(this.blocks - 1, Math.floor((id - 1) / BLOCK));
    this.requestAhead(last);
    for (let b = 0; b <= last; b++) {
      if (this.ready.has(b) || this.taken.has(b)) continue;
      await new Promise<void>((resolve) => this.waiting.set(b, resolve));
    }
  }

  take(id: number): SubjectMaterial {
    const block = Math.floor((id - 1) / BLOCK);
    const subjects = this.ready.get(block);
    if (!subjects) throw new Error(`subject ${id} was not made yet (ensure() first)`);
    const s = subjects[(id - 1) % BLOCK];
    if (s.id === block * BLOCK + subjects.length) {
      this.ready.delete(block);
      this.taken.add(block);
    }
    return s;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Keeps blocks in flight beyond the one the writer needs, so that neither side waits for the other. */
  private requestAhead(needed: number): void {
    const until = Math.min(this.blocks - 1, needed + this.workers.length * 16);
    for (; this.requested <= until; this.requested++) {
      const from = this.requested * BLOCK + 1;
      this.workers[this.requested % this.workers.length].postMessage({
        block: this.requested,
        from,
        to: Math.min(this.total, from + BLOCK - 1),
      });
    }
  }
}

/** A worker thread from a TypeScript module: tsx's loader is not inherited by threads (tsx issue #354), so register it first. */
export function tsWorker(file: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(file.href)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}
