import type { Db } from '../db/connection.js';
import type { AuditLogEntry } from '../contract/index.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import type { ListQuery } from '../shared/listQuery.js';
import { can } from '../auth/permissions.js';
import { notFound } from '../shared/errors.js';
import { findEntry, type AuditRow } from './audit.repo.js';
import { listAuditEntries } from './auditLog.repo.js';
import { PERSONAL_FIELD } from './auditWriter.js';

/** An entry as the API answers it (the contract's record), personal details decrypted where allowed. */
export type AuditEntryRecord = AuditLogEntry;

/** Reading the log: personal details are decrypted only for roles that may open the subject, and only while its key exists. */
export class AuditLogService {
  constructor(
    private readonly db: Db,
    private readonly keyring: SubjectKeyring,
  ) {}

  list(q: ListQuery, viewerRole: string) {
    const { rows, total } = listAuditEntries(this.db, q);
    return { rows: rows.map((r) => this.present(r, viewerRole)), total };
  }

  get(id: number, viewerRole: string): AuditEntryRecord {
    const row = findEntry(this.db, id);
    if (!row) throw notFound('Audit entry');
    return this.present(row, viewerRole);
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
