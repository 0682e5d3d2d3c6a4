import type { Db } from './connection.js';

interface Job {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Upper bound on one batch, so a burst cannot hold the writer (and the event loop) for long. */
const MAX_BATCH = 128;

/**
 * Group commit for one connection. With synchronous=FULL every COMMIT waits for an fsync of the WAL, and that
 * fsync, not the work, is what caps a single writer. So the write units that arrive while the event loop is busy
 * are run together: one BEGIN IMMEDIATE, each unit in its own savepoint (a unit that throws is rolled back alone
 * and rejects alone), one COMMIT and one fsync for all of them. A unit's promise settles only after that COMMIT
 * has returned, so nobody is answered before their change and its audit entry are on disk. A lone request is not
 * delayed: the batch is flushed on the next turn of the event loop, not on a timer.
 */
export class GroupCommit {
  private queue: Job[] = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  /** Runs work (synchronous: better-sqlite3 refuses a promise) inside the batch and resolves once it is committed. */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length) this.schedule();
    let outcomes: Outcome[];
    try {
      outcomes = this.db.transaction(() => batch.map((job) => this.runAlone(job)) as Outcome[]).immediate();
    } catch (error) {
      // BEGIN or COMMIT itself failed (busy, disk full, I/O error): nothing of the batch was written.
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  }

  /** A nested better-sqlite3 transaction is a savepoint: a unit that throws leaves the rest of the batch intact. */
  private runAlone(job: Job): Outcome {
    try {
      return { ok: true, value: this.db.transaction(job.work)() };
    } catch (error) {
      return { ok: false, error };
    }
  }
}

const queues = new WeakMap<Db, GroupCommit>();

/**
 * The one way services write: runs work in a write transaction shared with the other writes of this moment
 * (see GroupCommit) and resolves with its result once it is durably committed, or rejects with its error,
 * having written nothing.
 */
export function inWriteTransaction<T>(db: Db, work: () => T): Promise<T> {
  let queue = queues.get(db);
  if (!queue) {
    queue = new GroupCommit(db);
    queues.set(db, queue);
  }
  return queue.run(work);
}

/**
 * The guard of the `…Within` convention: a method so named writes inside its caller's transaction (opened by
 * inWriteTransaction), so that a workflow can compose several of them and commit, or roll back, all at once.
 */
export function requireTransaction(db: Db, method: string): void {
  if (!db.inTransaction) throw new Error(`${method} must be called inside a write transaction (inWriteTransaction)`);
}
