import type { Db } from '../db/connection.js';
import type {
  AuditFlag,
  AuditFlagDetail,
  AuditFlagKind,
  AuditFlagScan,
  AuditFlagSubjectType,
} from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { OwnerKeyring } from '../uploads/dataKeys.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inWriteTransaction } from '../db/groupCommit.js';
import { conflict, forbidden, notFound } from '../shared/errors.js';
import * as repo from './auditFlags.repo.js';
import type { FlagRow } from './auditFlags.repo.js';
import type { FlagScanner } from './flagScanner.js';

const OWNER = 'audit_flag';
// A flag's page lists this many of its entries; the rest are in the log (filter by actor and day).
const ENTRY_PAGE = 500;
const EXPORT_PAGE = 1000;
const commentLabel = (id: number) => `audit_flag:${id}:review_comment`;

/**
 * Flags worth a compliance officer's look (issue 13 §1): listed, opened with the entries behind them, and reviewed
 * with a comment. The comment is typed by staff and may name a person, so it is sealed under the flag's own key
 * (owner_keys, owner 'audit_flag'): it is not the log's to keep, and deleting that key erases it without touching
 * the chain. The review's audit entry carries the flag and its kind, never the words.
 */
export class AuditFlagService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly ownerKeys: OwnerKeyring,
    private readonly scanner: FlagScanner,
    private readonly now: () => Date,
  ) {}

  list(q: ListQuery): { rows: AuditFlag[]; total: number } {
    const { rows, total } = repo.listFlags(this.db, q);
    return { rows: rows.map(toFlag), total };
  }

  /**
   * Every flag the filter selects, oldest first, for the CSV export: no review comment (its words may name a
   * person; they are read on the flag's page). The table holds flags, not entries, so the rows are read first and
   * the export is audited before any leaves: an export cut short is still on record.
   */
  async exportRows(ctx: RequestContext, filter: Record<string, unknown>, reason: string): Promise<AuditFlag[]> {
    const rows: AuditFlag[] = [];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const page = repo.listFlags(this.db, { sortField: 'id', sortOrder: 'ASC', offset, limit: EXPORT_PAGE, filter });
      rows.push(...page.rows.map(toFlag));
      if (page.rows.length < EXPORT_PAGE) break;
    }
    await this.audit.recordAlone(ctx, {
      action: 'audit_report.exported',
      entityType: 'audit_report',
      entityId: 'audit_flags',
      details: { report: 'audit_flags', filters: Object.keys(filter), rows: rows.length, reason },
    });
    return rows;
  }

  unreviewed(): number {
    return repo.unreviewedCount(this.db);
  }

  get(id: number): AuditFlagDetail {
    const row = repo.findFlag(this.db, id);
    if (!row) throw notFound('Audit flag');
    const entryList = repo.flagEntries(this.db, id, ENTRY_PAGE);
    return {
      ...toFlag(row),
      entry_list: entryList,
      entries_truncated: row.entries > entryList.length,
      review_comment: row.review_comment_enc ? this.comment(row.id, row.review_comment_enc) : null,
      earlier_reviews: repo.earlierReviews(this.db, id).map((r) => ({
        reviewed_by_login: r.reviewed_by_login,
        reviewed_at: r.reviewed_at,
        reviewed_entries: r.reviewed_entries,
        comment: this.comment(id, r.comment_enc),
      })),
    };
  }

  /**
   * Marks a flag reviewed: all the entries it holds now. Reviewing it again is a 409 unless it has grown since (the
   * earlier review's words stay as written, beside the new one).
   */
  async review(ctx: RequestContext, id: number, comment: string): Promise<AuditFlagDetail> {
    await inWriteTransaction(this.db, () => {
      const row = repo.findFlag(this.db, id);
      if (!row) throw notFound('Audit flag');
      // Nobody clears a flag about themselves: a flag on an officer's own work is another officer's to review.
      if (row.subject_type === 'login' && row.subject_value === ctx.actor.login) {
        throw forbidden('A flag about your own activity is for another compliance officer to review');
      }
      if (row.reviewed_at && row.entries <= (row.reviewed_entries ?? row.entries)) {
        throw conflict('This flag has already been reviewed', 'already_decided', {
          reviewed_by_login: row.reviewed_by_login,
          reviewed_at: row.reviewed_at,
        });
      }
      const at = this.now().toISOString();
      const { key } = this.ownerKeys.ensureWithin(OWNER, id, at);
      const commentEnc = key.seal(Buffer.from(comment, 'utf8'), commentLabel(id));
      repo.markReviewed(this.db, id, { by: ctx.actor.id, login: ctx.actor.login, at, commentEnc });
      this.audit.recordWithin(ctx, {
        action: 'audit_flag.reviewed',
        entityType: 'audit_flag',
        entityId: id,
        details: {
          kind: row.kind,
          window_start: row.window_start,
          entries: row.entries,
          ...(row.reviewed_entries !== null && { earlier_review_entries: row.reviewed_entries }),
        },
      });
    });
    return this.get(id);
  }

  /** Scans the log from where the last scan stopped (the timer's work, on demand). */
  scan(): Promise<AuditFlagScan> {
    return this.scanner.scan();
  }

  /** A review's words, or null once the flag's key is gone. Every review of a flag is sealed with the same label. */
  private comment(flagId: number, sealed: Buffer): string | null {
    const key = this.ownerKeys.findForOwner(OWNER, flagId);
    return key ? key.open(sealed, commentLabel(flagId)).toString('utf8') : null;
  }
}

function toFlag(row: Omit<FlagRow, 'review_comment_enc'> & { review_comment_enc?: unknown }): AuditFlag {
  return {
    id: row.id,
    kind: row.kind as AuditFlagKind,
    subject_type: row.subject_type as AuditFlagSubjectType,
    subject_value: row.subject_value,
    window_start: row.window_start,
    window_end: row.window_end,
    count: row.count,
    entries: row.entries,
    detected_at: row.detected_at,
    updated_at: row.updated_at,
    reviewed: row.reviewed_at !== null && row.entries <= (row.reviewed_entries ?? row.entries),
    reviewed_by_login: row.reviewed_by_login,
    reviewed_at: row.reviewed_at,
    reviewed_entries: row.reviewed_entries,
  };
}
