import type { Db } from '../db/connection.js';
import type {
  AccessReportConsent,
  AccessReportLetter,
  AccessReportSubmission,
  AuditAction,
} from '../contract/index.js';
import { cached } from '../db/statementCache.js';

// Every query here is keyed by the one subject's id (art. 14 p.2: the report holds nobody else's data).

export function consentsOf(db: Db, subjectId: number): AccessReportConsent[] {
  return cached(
    db,
    `SELECT c.id, c.purpose, f.title AS form_title, f.version AS form_version, p.version AS policy_version, c.given_at,
       c.channel, c.status, c.withdrawn_at, c.withdrawal_basis
     FROM consents c JOIN consent_forms f ON f.id = c.consent_form_id
       LEFT JOIN policy_versions p ON p.id = c.policy_version_id
     WHERE c.subject_id = ? ORDER BY c.given_at, c.id`,
  ).all(subjectId) as AccessReportConsent[];
}

export function submissionsOf(db: Db, subjectId: number): AccessReportSubmission[] {
  return cached(
    db,
    `SELECT receipt_id, service, received_at, status, decided_at FROM submissions WHERE subject_id = ? ORDER BY id`,
  ).all(subjectId) as AccessReportSubmission[];
}

export function lettersOf(db: Db, subjectId: number): AccessReportLetter[] {
  return cached(
    db,
    `SELECT reg_number, kind, received_on, status, answered_on, answered_out_number FROM letters
     WHERE subject_id = ? ORDER BY received_on, id`,
  ).all(subjectId) as AccessReportLetter[];
}

/** An entry that wrote the subject's fields: its time and its readable details (names of fields, the source). */
export interface FieldWrite {
  at: string;
  action: Extract<AuditAction, 'subject.created' | 'subject.corrected'>;
  details: string | null;
}

export function fieldWritesOf(db: Db, subjectId: number): FieldWrite[] {
  return cached(
    db,
    `SELECT at, action, details FROM audit_log
     WHERE subject_id = ? AND action IN ('subject.created', 'subject.corrected') ORDER BY id`,
  ).all(subjectId) as FieldWrite[];
}
