import type { Db } from '../db/connection.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { RequestContext } from '../shared/requestContext.js';
import * as repo from './reports.repo.js';

/** Cells below this are shown as "<5" so that nobody can be singled out from a small group. */
export const SUPPRESSION_THRESHOLD = 5;

export type PublishedCell = Omit<repo.StatisticsCell, 'count'> & { count: number | '<5' };

export class ReportService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
  ) {}

  /** A page of the marketing list; every read is audited with its row count. */
  marketingList(ctx: RequestContext, limit: number, offset: number) {
    return inWriteTransaction(this.db, () => {
      const result = repo.marketingList(this.db, limit, offset);
      this.audit.recordWithin(ctx, {
        action: 'marketing_list.viewed',
        entityType: 'marketing_list',
        details: { rows: result.rows.length, total: result.total, offset },
      });
      return result;
    });
  }

  /** The marketing list for a CSV export, audited with the reason typed for it and the row count (issue 13 §2). */
  exportMarketingList(ctx: RequestContext, limit: number, reason: string) {
    return inWriteTransaction(this.db, () => {
      const result = repo.marketingList(this.db, limit, 0);
      this.audit.recordWithin(ctx, {
        action: 'marketing_list.exported',
        entityType: 'marketing_list',
        details: { rows: result.rows.length, total: result.total, offset: 0, reason },
      });
      return result;
    });
  }

  /** Anonymized statistics (clause 3.2): aggregates with small cells suppressed; each run is logged. */
  statistics(ctx: RequestContext) {
    return inWriteTransaction(this.db, () => {
      const cells = publishedCells(this.db);
      this.audit.recordWithin(ctx, {
        action: 'statistics.generated',
        entityType: 'statistics',
        details: { cells: cells.length, suppressed: suppressedAmong(cells) },
      });
      return { cells, perMonthByService: perMonthByService(repo.submissionsPerMonthByService(this.db)) };
    });
  }

  /** The statistics' cells for a CSV export, audited with the reason typed for it and the row count. */
  exportStatistics(ctx: RequestContext, reason: string) {
    return inWriteTransaction(this.db, () => {
      const cells = publishedCells(this.db);
      this.audit.recordWithin(ctx, {
        action: 'statistics.exported',
        entityType: 'statistics',
        details: { rows: cells.length, cells: cells.length, suppressed: suppressedAmong(cells), reason },
      });
      return { cells };
    });
  }
}

/** The cells as they may be published: a count below the threshold reads "<5". */
function publishedCells(db: Db): PublishedCell[] {
  return repo.statisticsCells(db).map((c) => ({ ...c, count: c.count < SUPPRESSION_THRESHOLD ? '<5' : c.count }));
}

const suppressedAmong = (cells: PublishedCell[]) => cells.filter((c) => c.count === '<5').length;

/**
 * Submissions per month by service, for the chart. A month × service total below the threshold is left out
 * (the chart cannot draw "<5"); totals are computed on their own, not summed from the suppressed cells.
 */
function perMonthByService(totals: { month: string; service: string; count: number }[]) {
  const byMonth = new Map<string, Record<string, number | string>>();
  for (const t of totals) {
    const row = byMonth.get(t.month) ?? { month: t.month };
    if (t.count >= SUPPRESSION_THRESHOLD) row[t.service] = t.count;
    byMonth.set(t.month, row);
  }
  return [...byMonth.values()];
}
