/**
 * The baseline's SQL: for each scenario, one plain prepared statement that returns the same page as our endpoint,
 * using the same indexes — no session, no role check, no audit entry, no total for Content-Range.
 */
export const COLUMNS = `id, last_name, first_name, patronymic, sex, birth_date, phone, email, legal_rep_name, legal_rep_basis,
  status, version, (medical_info_enc IS NOT NULL) AS has_medical_info, created_at, updated_at`;

const ORDER = 'last_name_norm, first_name_norm, id';
const branch = (where: string) =>
  `SELECT * FROM (SELECT id, last_name_norm, first_name_norm FROM subjects WHERE ${where} ORDER BY ${ORDER} LIMIT 25)`;

export const BASELINE_SQL = {
  list: `SELECT ${COLUMNS} FROM subjects ORDER BY ${ORDER} LIMIT 25`,
  // One statement: the first 25 of each way the word matches (surname, first name, e-mail), merged.
  search: `SELECT ${COLUMNS} FROM subjects WHERE id IN (SELECT id FROM (
      ${branch('last_name_norm >= @from AND last_name_norm < @to')}
      UNION ${branch('first_name_norm >= @from AND first_name_norm < @to')}
      UNION ${branch('email_norm >= @from AND email_norm < @to')}
    ) ORDER BY ${ORDER} LIMIT 25) ORDER BY ${ORDER}`,
  phone: `SELECT ${COLUMNS} FROM subjects WHERE phone = ? ORDER BY ${ORDER} LIMIT 25`,
  show: `SELECT ${COLUMNS} FROM subjects WHERE id = ?`,
  correct: `UPDATE subjects SET phone = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
  auditBySubject: 'SELECT * FROM audit_log WHERE subject_id = ? ORDER BY id DESC LIMIT 25',
  // In (time, id) order from the (actor, time) index: the same rows as id order while time follows ids, as ours reads them.
  auditByActorMonth: `SELECT * FROM audit_log WHERE id IN (
      SELECT id FROM audit_log WHERE actor_login = ? AND at >= ? AND at < ? ORDER BY at DESC, id DESC LIMIT 25) ORDER BY id DESC`,
};
