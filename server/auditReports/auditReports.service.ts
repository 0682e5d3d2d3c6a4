import type { Db } from '../db/connection.js';
import type {
  ComplianceDashboard,
  MedicalRevealRow,
  StaffActivityReport,
  SubjectTimeline,
  SubjectTimelineEntry,
} from '../contract/index.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { ListQuery } from '../shared/listQuery.js';
import { destroyedAmong, listAuditEntries } from '../audit/auditLog.repo.js';
import { notFound } from '../shared/errors.js';
import type { AuditRow } from '../audit/audit.repo.js';
import { PERSONAL_FIELD } from '../audit/auditWriter.js';
import { lastCheckpoint } from '../checkpoints/checkpoints.repo.js';
import { CLINIC_UTC_OFFSET, clinicDay } from '../shared/clinicDate.js';
import type { StaffActivityQuery } from './auditReports.schema.js';
import * as repo from './auditReports.repo.js';
import { TIMELINE_LIMIT, buildTimeline, clearEntry } from './subjectTimeline.js';

const REVEAL = 'subject.medical_viewed';
const DASHBOARD_DAYS = 30;
const DAY_MS = 86_400_000;
// Rows of the export read at a time: the keyring reads keys on the same connection, so no cursor stays open.
const EXPORT_PAGE = 1000;

/**
 * The compliance officer's reports over the log (issue 13 §1): every reveal of medical information with its reason,
 * what one staff member did in a period, and the dashboard's counts. The reasons are personal data sealed under the
 * subjects' keys: the report decrypts them for compliance only, and each report read or export is itself audited.
 */
export class AuditReportService {
  constructor(
    private readonly db: Db,
    private readonly keyring: SubjectKeyring,
    private readonly audit: AuditWriter,
    /** Whether the server can sign the next checkpoint (checkpoints.service): the dashboard says so when it cannot. */
    private readonly signingKeyInForce: () => boolean,
    private readonly now: () => Date,
  ) {}

  /** A page of reveals, newest first, with their reasons; audited with the filter keys and counts. */
  async medicalReveals(ctx: RequestContext, q: ListQuery): Promise<{ rows: MedicalRevealRow[]; total: number }> {
    const { rows, total } = listAuditEntries(
      this.db,
      { ...q, filter: { ...q.filter, action: REVEAL } },
      { exactTotal: true },
    );
    const page = { rows: rows.map((r) => this.reveal(r)), total };
    await this.audit.recordAlone(ctx, {
      action: 'audit_report.viewed',
      entityType: 'audit_report',
      entityId: 'medical_reveals',
      details: { report: 'medical_reveals', filters: Object.keys(q.filter), rows: rows.length, total },
    });
    return page;
  }

  /**
   * Every reveal the filter matches, oldest first, for the CSV export: read in pages by id, so that decrypting a
   * reason never meets an open cursor. The export's audit entry (with its reason and the row count) is written once
   * the last row is out, so the count is what was sent.
   */
  async *exportMedicalReveals(
    ctx: RequestContext,
    filter: Record<string, unknown>,
    reason: string,
  ): AsyncGenerator<MedicalRevealRow> {
    let after = 0;
    let count = 0;
    for (;;) {
      const { rows } = listAuditEntries(this.db, {
        sortField: 'id',
        sortOrder: 'ASC',
        offset: 0,
        limit: EXPORT_PAGE,
        filter: { ...filter, action: REVEAL, after_id: after },
      });
      for (const row of rows) {
        count += 1;
        yield this.reveal(row);
      }
      if (rows.length < EXPORT_PAGE) break;
      after = rows[rows.length - 1].id;
    }
    await this.audit.recordAlone(ctx, {
      action: 'audit_report.exported',
      entityType: 'audit_report',
      entityId: 'medical_reveals',
      details: { report: 'medical_reveals', filters: Object.keys(filter), rows: count, reason },
    });
  }

  /** Everything one staff member did in a period, counted by action and by day; audited. */
  async staffActivity(ctx: RequestContext, query: StaffActivityQuery): Promise<StaffActivityReport> {
    const { counts, byAction, byDay } = repo.staffActivity(this.db, query.actor_login, query.from, query.to);
    await this.audit.recordAlone(ctx, {
      action: 'audit_report.viewed',
      entityType: 'audit_report',
      entityId: 'staff_activity',
      details: { report: 'staff_activity', actor_login: query.actor_login, total: counts.total },
    });
    return {
      actor_login: query.actor_login,
      from: query.from,
      to: query.to,
      ...counts,
      by_action: byAction,
      by_day: byDay,
    };
  }

  /**
   * Everything done to one subject, oldest first and grouped by kind, from the clear parts alone (no decryption).
   * Audited with the subject's id in the details rather than as the entry's subject, as the log's own search is:
   * looking at a history must not lengthen it.
   */
  async subjectTimeline(ctx: RequestContext, subjectId: number): Promise<SubjectTimeline> {
    const destroyed = this.destroyedSubject(subjectId);
    const rows = repo.subjectEntries(this.db, subjectId, 0, TIMELINE_LIMIT);
    const timeline = buildTimeline(
      subjectId,
      rows.map((r) => clearEntry(r, destroyed)),
      repo.subjectActionCounts(this.db, subjectId),
    );
    await this.audit.recordAlone(ctx, {
      action: 'audit_report.viewed',
      entityType: 'audit_report',
      entityId: 'subject_timeline',
      details: { report: 'subject_timeline', subject_id: subjectId, rows: rows.length, total: timeline.total },
    });
    return timeline;
  }

  /**
   * Every entry of the subject's timeline for the CSV, in pages by id; audited with the reason once all are out. An
   * unknown subject is refused before the answer starts, hence the plain function around the generator.
   */
  exportSubjectTimeline(ctx: RequestContext, subjectId: number, reason: string): AsyncGenerator<SubjectTimelineEntry> {
    const destroyed = this.destroyedSubject(subjectId);
    const { db, audit } = this;
    return (async function* () {
      let after = 0;
      let count = 0;
      for (;;) {
        const rows = repo.subjectEntries(db, subjectId, after, EXPORT_PAGE);
        for (const row of rows) {
          count += 1;
          yield clearEntry(row, destroyed);
        }
        if (rows.length < EXPORT_PAGE) break;
        after = rows[rows.length - 1].id;
      }
      await audit.recordAlone(ctx, {
        action: 'audit_report.exported',
        entityType: 'audit_report',
        entityId: 'subject_timeline',
        details: { report: 'subject_timeline', subject_id: subjectId, rows: count, reason },
      });
    })();
  }

  /** The last 30 Moscow days in counts, and the chain's status. A read of counts and logins, no personal value. */
  dashboard(): ComplianceDashboard {
    const today = clinicDay(this.now());
    const first = Date.parse(`${today}T00:00:00.000${CLINIC_UTC_OFFSET}`) - (DASHBOARD_DAYS - 1) * DAY_MS;
    const since = new Date(first).toISOString();
    const days = Array.from({ length: DASHBOARD_DAYS }, (_, i) => clinicDay(new Date(first + i * DAY_MS)));
    const perAction = repo.countsPerDayAndAction(this.db, since);
    const perKind = new Map<string, { day: string; kind: string; count: number }>();
    for (const r of perAction) {
      const kind = r.action.slice(0, r.action.indexOf('.'));
      const key = `${r.day} ${kind}`;
      const cell = perKind.get(key) ?? { day: r.day, kind, count: 0 };
      cell.count += r.count;
      perKind.set(key, cell);
    }
    const failures = new Map(days.map((day) => [day, { day, failed_logins: 0, denials: 0 }]));
    for (const r of repo.countsPerDayAndAction(this.db, since, ['auth.login_failed', 'auth.denied'])) {
      const cell = failures.get(r.day);
      if (!cell) continue;
      if (r.action === 'auth.login_failed') cell.failed_logins += r.count;
      else cell.denials += r.count;
    }
    const checkpoint = lastCheckpoint(this.db);
    return {
      days,
      actions_per_day: [...perKind.values()],
      reveals_per_staff: repo.revealsPerStaff(this.db, since),
      failures_per_day: [...failures.values()],
      chain: {
        ...repo.chainHead(this.db),
        last_verification: repo.lastVerification(this.db),
        last_checkpoint: checkpoint
          ? {
              id: checkpoint.id,
              audit_id: checkpoint.audit_id,
              signed_at: checkpoint.signed_at,
              reason: checkpoint.reason,
            }
          : null,
        signing_key_in_force: this.signingKeyInForce(),
      },
    };
  }

  /** Whether the subject's data was destroyed (its entries' personal parts can no longer be opened); 404 if none. */
  private destroyedSubject(subjectId: number): boolean {
    if (!repo.subjectExists(this.db, subjectId)) throw notFound('Subject');
    return destroyedAmong(this.db, [{ subject_id: subjectId }]).has(subjectId);
  }

  private reveal(row: AuditRow): MedicalRevealRow {
    const details = (row.details ? JSON.parse(row.details) : {}) as Record<string, unknown>;
    const sealed = details[PERSONAL_FIELD];
    const opened =
      typeof sealed === 'string' && row.subject_id != null
        ? this.keyring.open(row.subject_id, Buffer.from(sealed, 'base64'), 'audit')
        : null;
    const personal = opened ? (JSON.parse(opened) as { reason?: unknown }) : null;
    return {
      id: row.id,
      at: row.at,
      actor_login: row.actor_login,
      actor_role: row.actor_role,
      subject_id: row.subject_id!,
      had_medical_info: details.had_medical_info === true,
      reason: typeof personal?.reason === 'string' ? personal.reason : null,
      reason_destroyed: personal === null,
      request_id: row.request_id,
    };
  }
}
