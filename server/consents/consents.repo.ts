import type { Db } from '../db/connection.js';
import type { Consent } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** A consent row is the API's consent record as it is. */
export type ConsentRow = Consent;

export type NewConsent = Omit<
  ConsentRow,
  'id' | 'status' | 'withdrawn_at' | 'withdrawal_basis' | 'form_version' | 'policy_version'
>;

const FROM = `consents c JOIN consent_forms f ON f.id = c.consent_form_id LEFT JOIN policy_versions p ON p.id = c.policy_version_id`;
const COLUMNS = 'c.*, f.version AS form_version, p.version AS policy_version';

const listSql: ListSql = {
  from: FROM,
  columns: COLUMNS,
  orderBy: { id: 'c.id', given_at: 'c.given_at', purpose: 'c.purpose', status: 'c.status' },
  where: {
    id: (v: number | number[]) => inList('c.id', v),
    subject_id: (v: number) => ({ sql: 'c.subject_id = ?', params: [v] }),
    purpose: (v: string) => ({ sql: 'c.purpose = ?', params: [v] }),
    status: (v: string) => ({ sql: 'c.status = ?', params: [v] }),
    channel: (v: string) => ({ sql: 'c.channel = ?', params: [v] }),
    policy_version_id: (v: number) => ({ sql: 'c.policy_version_id = ?', params: [v] }),
  },
};

export function listConsents(db: Db, q: ListQuery) {
  return listRows<ConsentRow>(db, { ...listSql, orderBy: listSql.orderBy }, q);
}

export function findConsent(db: Db, id: number): ConsentRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.id = ?`).get(id) as ConsentRow | undefined;
}

export function insertConsent(db: Db, c: NewConsent): number {
  return Number(
    db
      .prepare(
        `INSERT INTO consents (subject_id, purpose, consent_form_id, form_sha256, policy_version_id, given_at, channel,
         representative_name, representative_document, submission_id, ip, user_agent, recorded_by_login, created_at)
       VALUES (@subject_id, @purpose, @consent_form_id, @form_sha256, @policy_version_id, @given_at, @channel,
         @representative_name, @representative_document, @submission_id, @ip, @user_agent, @recorded_by_login, @created_at)`,
      )
      .run(c).lastInsertRowid,
  );
}

export function withdraw(db: Db, id: number, at: string, basis: string): boolean {
  return (
    db
      .prepare(
        "UPDATE consents SET status = 'withdrawn', withdrawn_at = ?, withdrawal_basis = ? WHERE id = ? AND status = 'active'",
      )
      .run(at, basis, id).changes === 1
  );
}

export function activeConsentsOf(db: Db, subjectId: number): ConsentRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE c.subject_id = ? AND c.status = 'active' ORDER BY c.id`)
    .all(subjectId) as ConsentRow[];
}

/**
 * Destruction of a subject's consent evidence (IP, user agent, the representative, the words of a withdrawal); the
 * record of what was agreed (purpose, form, dates) stays. The trigger allows it only once the subject is destroyed.
 */
export function eraseEvidenceOf(db: Db, subjectId: number, placeholder: string): number {
  return cached(
    db,
    `UPDATE consents SET ip = NULL, user_agent = NULL,
       representative_name = CASE WHEN representative_name IS NULL THEN NULL ELSE @p END,
       representative_document = CASE WHEN representative_document IS NULL THEN NULL ELSE @p END,
       withdrawal_basis = CASE WHEN withdrawal_basis IS NULL THEN NULL ELSE @p END
     WHERE subject_id = @subjectId`,
  ).run({ p: placeholder, subjectId }).changes;
}
