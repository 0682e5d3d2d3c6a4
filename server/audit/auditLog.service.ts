import type { Db } from '../db/connection.js';
import type { AuditLogEntry } from '../contract/index.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { ListQuery } from '../shared/listQuery.js';
import type { RequestContext } from '../shared/requestContext.js';
import type { AuditWriter } from './auditWriter.js';
import { can } from '../auth/permissions.js';
import { notFound } from '../shared/errors.js';
import { findEntry, type AuditRow } from './audit.repo.js';
import { HIDDEN_ENTITY_TYPE, destroyedAmong, listAuditEntries } from './auditLog.repo.js';
import { PERSONAL_FIELD } from './auditWriter.js';

/** An entry as the API answers it (the contract's record), personal details decrypted where allowed. */
export type AuditEntryRecord = AuditLogEntry;

/**
 * Reading the log. The list never decrypts: an entry's personal part shows as sealed (or destroyed), and its summary is
 * drawn from the clear part (the fields changed, the kind of reason) — data minimisation, and no decryption per row.
 * Opening one entry decrypts it for roles that may open the subject, while its key exists. Both are audited reads:
 * who searched the log, and who opened which entry (`audit_log.searched`, `audit_log.viewed`), so that the auditor's
 * reads are evidence too.
 */
export class AuditLogService {
  constructor(
    private readonly db: Db,
    private readonly keyring: SubjectKeyring,
    private readonly audit: AuditWriter,
  ) {}

  /**
   * A page of the log, then its audit entry in a unit of the group commit of its own (a search inside the write
   * transaction would hold every writer while it reads). The entry carries the filter keys and the counts, and the
   * subject's id when the page is one subject's history — in the details, not as the entry's subject: a look at the
   * list shows no personal value, and each look at a history must not lengthen that history. `hideIncidents` leaves
   * out the entries on incidents, for a reader the register is closed to; the filter audited is the caller's.
   */
  async search(ctx: RequestContext, q: ListQuery, { hideIncidents = false } = {}) {
    const { rows, total } = listAuditEntries(
      this.db,
      hideIncidents ? { ...q, filter: { ...q.filter, [HIDDEN_ENTITY_TYPE]: 'incident' } } : q,
    );
    const destroyed = destroyedAmong(this.db, rows);
    const page = {
      rows: rows.map((r) => sealedView(r, r.subject_id != null && destroyed.has(r.subject_id))),
      total,
    };
    const subjectId = typeof q.filter.subject_id === 'number' ? q.filter.subject_id : null;
    await this.audit.recordAlone(ctx, {
      action: 'audit_log.searched',
      entityType: 'audit_log',
      details: {
        filters: Object.keys(q.filter),
        ...(subjectId !== null ? { subject_id: subjectId } : {}),
        rows: rows.length,
        total,
        sort: q.sortField,
        offset: q.offset,
      },
    });
    return page;
  }

  /** One entry, decrypted where the viewer may open its subject: an audited read in the same transaction. */
  async view(ctx: RequestContext, id: number): Promise<AuditEntryRecord> {
    const row = findEntry(this.db, id);
    if (!row) throw notFound('Audit entry');
    const entry = this.present(row, ctx.actor.role);
    await this.audit.recordAlone(ctx, {
      action: 'audit_log.viewed',
      entityType: 'audit_entry',
      entityId: id,
      // The subject's own history shows who opened its entries: a look at its personal data.
      subjectId: row.subject_id,
      details: { action: row.action, personal_opened: hasPersonal(entry) },
    });
    return entry;
  }

  private present(row: AuditRow, viewerRole: string): AuditEntryRecord {
    if (!row.details) return { ...row, details: null };
    const { [PERSONAL_FIELD]: sealed, ...details } = JSON.parse(row.details) as Record<string, unknown>;
    if (typeof sealed !== 'string') return { ...row, details };
    if (row.subject_id == null || !can(viewerRole, 'subjects.show')) {
      return { ...row, details: { ...details, personal_hidden: true } };
    }
    // Null only once the subject's key is gone: its data was destroyed (legal rules, section B).
    const personal = this.keyring.open(row.subject_id, Buffer.from(sealed, 'base64'), 'audit');
    return {
      ...row,
      details: personal ? { ...details, ...JSON.parse(personal) } : { ...details, personal_destroyed: true },
    };
  }
}

/**
 * An entry as every list of the log shows it (the log, a subject's timeline): the clear part, and in place of the
 * sealed one whether it is still there to be opened (`destroyed`: its subject's data was destroyed). Never decrypts.
 */
export function sealedView(row: AuditRow, destroyed: boolean): AuditEntryRecord {
  if (!row.details) return { ...row, details: null };
  const { [PERSONAL_FIELD]: sealed, ...details } = JSON.parse(row.details) as Record<string, unknown>;
  if (typeof sealed !== 'string') return { ...row, details };
  return { ...row, details: { ...details, ...(destroyed ? { personal_destroyed: true } : { personal_sealed: true }) } };
}

const hasPersonal = (entry: AuditEntryRecord) =>
  !!entry.details && !entry.details.personal_hidden && !entry.details.personal_destroyed;
