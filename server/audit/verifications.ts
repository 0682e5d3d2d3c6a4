import crypto from 'node:crypto';
import os from 'node:os';
import type { Db } from '../db/connection.js';
import type { AuditWriter } from './auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { CheckpointService } from '../checkpoints/checkpoints.service.js';
import { verifyCheckpoints } from '../checkpoints/verifyCheckpoints.js';
import { notFound } from '../shared/errors.js';
import { idRange } from './chainSlice.repo.js';
import { verifyChainParallel } from './verifyChain.js';
import type { AuditVerification as VerificationRun } from '../contract/index.js';

// Runs kept for their progress pages; the lasting record of each is its audit entry.
const KEPT = 20;

/**
 * Verifications of the live log started from the console (issue 13 §4): the worker-thread verifier of audit:verify,
 * then every checkpoint against the server's own key. Kept in memory, not in a table: a run's result is written to
 * the log itself (`audit_log.verified`: who, when, result, entries), which is where the compliance dashboard and an
 * auditor look; a restart forgets only the progress pages. One run at a time: a second start joins the running one.
 */
export class VerificationService {
  private readonly runs = new Map<string, VerificationRun>();

  constructor(
    private readonly db: Db,
    private readonly databasePath: string,
    private readonly audit: AuditWriter,
    private readonly checkpoints: CheckpointService,
    private readonly now: () => Date,
  ) {}

  start(ctx: RequestContext): VerificationRun {
    const running = [...this.runs.values()].find((r) => r.status === 'running');
    if (running) return running;
    const run: VerificationRun = {
      id: crypto.randomUUID(),
      status: 'running',
      started_at: this.now().toISOString(),
      finished_at: null,
      started_by: ctx.actor.login,
      checked: 0,
      total: idRange(this.db).max ?? 0,
      result: null,
    };
    this.keep(run);
    void this.execute(ctx, run);
    return run;
  }

  get(id: string): VerificationRun {
    const run = this.runs.get(id);
    if (!run) throw notFound('Verification');
    return run;
  }

  private async execute(ctx: RequestContext, run: VerificationRun): Promise<void> {
    const started = process.hrtime.bigint();
    let result: VerificationRun['result'] = null;
    let status: VerificationRun['status'];
    try {
      // Every segment to worker threads: this thread keeps answering requests (audit:verify's own share of the walk
      // would block it for tens of milliseconds at a time).
      const chain = await verifyChainParallel(this.db, this.databasePath, {
        onProgress: (n) => (run.checked = Math.min(n, run.total)),
        threads: Math.max(2, os.availableParallelism() - 1),
        parallelFrom: 0,
        workersOnly: true,
      });
      const checkpoints = verifyCheckpoints(this.db, this.checkpoints.publicKey().fingerprint);
      run.checked = chain.checked;
      result = {
        chain: chain.ok
          ? { ok: true, checked: chain.checked }
          : { ok: false, checked: chain.checked, broken_at: chain.brokenAt, reason: chain.reason },
        checkpoints: checkpoints.ok
          ? {
              ok: true,
              checked: checkpoints.checked,
              last_id: checkpoints.last?.id ?? null,
              uncovered: checkpoints.uncovered,
            }
          : { ok: false, checked: checkpoints.checked, broken_at: checkpoints.brokenAt, reason: checkpoints.reason },
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      };
      status = chain.ok && checkpoints.ok ? 'passed' : 'failed';
    } catch {
      status = 'error';
    }
    await this.audit
      .recordAlone(ctx, {
        action: 'audit_log.verified',
        entityType: 'audit_log',
        details: {
          verification_id: run.id,
          result: status,
          entries: run.checked,
          total: run.total,
          started_at: run.started_at,
          ...(result ? { chain: result.chain, checkpoints: result.checkpoints } : {}),
        },
      })
      .catch(() => {
        // The database is closing (shutdown during a run): the run's page still shows its result.
      });
    // Shown as done only once its audit entry is committed: whoever sees the result finds it in the log.
    Object.assign(run, { result, status, finished_at: this.now().toISOString() });
  }

  private keep(run: VerificationRun): void {
    this.runs.set(run.id, run);
    for (const id of this.runs.keys()) {
      if (this.runs.size <= KEPT) break;
      if (this.runs.get(id)!.status !== 'running') this.runs.delete(id);
    }
  }
}
