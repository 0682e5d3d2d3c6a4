import type { Purpose } from '../contract/index.js';
import type { Db } from '../db/connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, prefixMatch, type ListSql } from '../db/listSql.js';
import { normalizeName } from '../shared/text.js';
import { cached } from '../db/statementCache.js';

export interface SubmissionRow {
  id: number;
  receipt_id: string;
  service: string;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  birth_date: string | null;
  sex: 'male' | 'female' | null;
  phone: string;
  email: string | null;
  has_message: number;
  preferred_time: string | null;
  policy_version_id: number;
  received_at: string;
  ip: string | null;
  user_agent: string | null;
  status: 'new' | 'linked' | 'created' | 'rejected';
  decided_at: string | null;
  decided_by_login: string | null;
  reject_category: string | null;
  reject_reason: string | null;
  subject_id: number | null;
}

const COLUMNS = `id, receipt_id, service, last_name, first_name, patronymic, birth_date, sex, phone, email,
  (message_enc IS NOT NULL) AS has_message, preferred_time, policy_version_id, received_at, ip, user_agent, status,
  decided_at, decided_by_login, reject_category, reject_reason, subject_id`;

const listSql: ListSql = {
  from: 'submissions',
  columns: COLUMNS,
  orderBy: {
    id: 'id',
    received_at: 'id',
    decided_at: 'decided_at',
    service: 'service',
    last_name: 'last_name',
    status: 'status',
  },
  where: {
    id: (v: number | number[]) => inList('id', v),
    status: (v: string | string[]) => {
      const list = Array.isArray(v) ? v : [v];
      return { sql: `status IN (${list.map(() => '?').join(', ')})`, params: list };
    },
    decided: (v: boolean) => ({ sql: v ? "status <> 'new'" : "status = 'new'", params: [] }),
    service: (v: string) => ({ sql: 'service = ?', params: [v] }),
    q: (v: string) => {
      const p = prefixMatch('last_name', v);
      return {
        sql: `(${p.sql}) OR phone LIKE ? OR email LIKE ?`,
        params: [...p.params, `%${v.replace(/\D/g, '') || v}%`, `%${v}%`],
      };
    },
  },
};

export function listSubmissions(db: Db, q: ListQuery) {
  return listRows<SubmissionRow>(db, listSql, q);
}

export function countNew(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM submissions WHERE status = 'new'").get() as { n: number }).n;
}

export function findSubmission(db: Db, id: number): SubmissionRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`).get(id) as SubmissionRow | undefined;
}

export function findSealedMessage(
  db: Db,
  id: number,
): { receipt_id: string; wrapped_key: Buffer; message_enc: Buffer | null } | undefined {
  return db.prepare('SELECT receipt_id, wrapped_key, message_enc FROM submissions WHERE id = ?').get(id) as never;
}

export function insertSubmission(db: Db, s: Record<string, unknown>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO submissions (receipt_id, service, last_name, first_name, patronymic, birth_date, sex, phone, email,
         message_enc, wrapped_key, preferred_time, policy_version_id, received_at, ip, user_agent)
       VALUES (@receipt_id, @service, @last_name, @first_name, @patronymic, @birth_date, @sex, @phone, @email,
         @message_enc, @wrapped_key, @preferred_time, @policy_version_id, @received_at, @ip, @user_agent)`,
      )
      .run(s).lastInsertRowid,
  );
}

export function insertSubmissionConsent(
  db: Db,
  c: { submission_id: number; consent_form_id: number; purpose: Purpose; form_sha256: string },
) {
  db.prepare(
    'INSERT INTO submission_consents (submission_id, consent_form_id, purpose, form_sha256) VALUES (@submission_id, @consent_form_id, @purpose, @form_sha256)',
  ).run(c);
}

export interface SubmissionConsentRow {
  submission_id: number;
  consent_form_id: number;
  purpose: Purpose;
  form_sha256: string;
}

export function submissionConsents(db: Db, submissionId: number): SubmissionConsentRow[] {
  return db
    .prepare('SELECT * FROM submission_consents WHERE submission_id = ? ORDER BY consent_form_id')
    .all(submissionId) as SubmissionConsentRow[];
}

/**
 * Marks a new submission decided. The `status = 'new'` guard makes the decision first-come:
 * a second operator's decision changes no row and is answered as a conflict.
 */
export function decide(
  db: Db,
  id: number,
  d: {
    status: string;
    at: string;
    by_id: number | null;
    by_login: string;
    subject_id?: number | null;
    reject_category?: string | null;
    reject_reason?: string | null;
  },
): boolean {
  return (
    db
      .prepare(
        `UPDATE submissions SET status = @status, decided_at = @at, decided_by_id = @by_id, decided_by_login = @by_login,
         subject_id = @subject_id, reject_category = @reject_category, reject_reason = @reject_reason
       WHERE id = @id AND status = 'new'`,
      )
      .run({ subject_id: null, reject_category: null, reject_reason: null, ...d, id }).changes === 1
  );
}

export interface MatchCandidate {
  id: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  birth_date: string | null;
  sex: string | null;
  phone: string | null;
  email: string | null;
  status: string;
  version: number;
}

/** Subjects sharing the phone, the e-mail, or surname + first name + birth date (index lookups only). */
export function matchCandidates(
  db: Db,
  s: { phone: string; email: string | null; last_name: string; first_name: string; birth_date: string | null },
): MatchCandidate[] {
  return db
    .prepare(
      `SELECT id, last_name, first_name, patronymic, birth_date, sex, phone, email, status, version FROM subjects
       WHERE status <> 'destroyed' AND id IN (
         SELECT id FROM subjects WHERE phone = @phone
         UNION SELECT id FROM subjects WHERE @email IS NOT NULL AND email_norm = @email
         UNION SELECT id FROM subjects WHERE @birth_date IS NOT NULL AND last_name_norm = @last AND first_name_norm = @first AND birth_date = @birth_date
       ) LIMIT 50`,
    )
    .all({
      phone: s.phone,
      email: s.email?.toLowerCase() ?? null,
      birth_date: s.birth_date,
      last: normalizeName(s.last_name),
      first: normalizeName(s.first_name),
    }) as MatchCandidate[];
}

/**
 * Destruction of a subject's website submissions: the rows stay (the receipt, the service, the dates, the decision),
 * their personal fields, sealed message, key and consent evidence (IP, user agent) go. The NOT NULL name and phone
 * columns take a placeholder. Answers how many rows were erased.
 */
export function eraseSubmissionsOf(db: Db, subjectId: number, placeholder: string): number {
  return cached(
    db,
    `UPDATE submissions SET last_name = @p, first_name = @p, patronymic = NULL, birth_date = NULL, sex = NULL,
       phone = @p, email = NULL, message_enc = NULL, wrapped_key = X'', preferred_time = NULL, ip = NULL,
       user_agent = NULL, reject_reason = NULL
     WHERE subject_id = @subjectId`,
  ).run({ p: placeholder, subjectId }).changes;
}
