import type { Db } from '../db/connection.js';
import type { ListQuery } from '../http/listQuery.js';
import { inList, listRows, prefixMatch, type ListSql, type SqlFragment } from '../db/listSql.js';
import { normalizePhone } from '../shared/phone.js';
import { normalizeName } from '../shared/text.js';

export interface SubjectRow {
  id: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  sex: 'male' | 'female' | null;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  legal_rep_name: string | null;
  legal_rep_basis: string | null;
  status: 'active' | 'blocked' | 'destroyed';
  version: number;
  has_medical_info: number;
  created_at: string;
  updated_at: string;
}

export type SubjectFields = Pick<
  SubjectRow,
  'last_name' | 'first_name' | 'patronymic' | 'sex' | 'birth_date' | 'phone' | 'email' | 'legal_rep_name' | 'legal_rep_basis'
>;

// Never the ciphertext: lists and cards only learn whether medical information exists.
const COLUMNS = `id, last_name, first_name, patronymic, sex, birth_date, phone, email, legal_rep_name, legal_rep_basis,
  status, version, (medical_info_enc IS NOT NULL) AS has_medical_info, created_at, updated_at`;

/** q: digits search the phone, an @ the e-mail, words the names (surname and first name, either order). */
function quickSearch(q: string): SqlFragment {
  const digits = q.replace(/\D/g, '');
  if (/^[\d\s()+\-]+$/.test(q) && digits.length >= 3) {
    const full = normalizePhone(q);
    if (full) return { sql: 'phone = ?', params: [full] };
    // A partial number: a leading +7 or 8 is the trunk prefix, the rest is the start of the national number.
    const national = /^\s*(\+7|8)/.test(q) ? digits.slice(1) : digits;
    return prefixMatch('phone', `+7${national}`);
  }
  if (q.includes('@')) return prefixMatch('email_norm', q.toLowerCase());
  const words = normalizeName(q).split(' ').filter(Boolean).slice(0, 3);
  if (words.length === 1) {
    const last = prefixMatch('last_name_norm', words[0]);
    const first = prefixMatch('first_name_norm', words[0]);
    const email = prefixMatch('email_norm', words[0]);
    return { sql: `(${last.sql}) OR (${first.sql}) OR (${email.sql})`, params: [...last.params, ...first.params, ...email.params] };
  }
  const [a, b] = words;
  const lastA = prefixMatch('last_name_norm', a);
  const firstB = prefixMatch('first_name_norm', b);
  const lastB = prefixMatch('last_name_norm', b);
  const firstA = prefixMatch('first_name_norm', a);
  return {
    sql: `((${lastA.sql}) AND (${firstB.sql})) OR ((${lastB.sql}) AND (${firstA.sql}))`,
    params: [...lastA.params, ...firstB.params, ...lastB.params, ...firstA.params],
  };
}

const listSql: ListSql = {
  from: 'subjects',
  columns: COLUMNS,
  orderBy: {
    id: 'id',
    last_name: 'last_name_norm, first_name_norm',
    first_name: 'first_name_norm',
    birth_date: 'birth_date',
    created_at: 'created_at',
    updated_at: 'updated_at',
    status: 'status',
  },
  where: {
    id: (v: number | number[]) => inList('id', v),
    q: (v: string) => quickSearch(v),
    status: (v: string | string[]) => {
      const list = Array.isArray(v) ? v : [v];
      return { sql: `status IN (${list.map(() => '?').join(', ')})`, params: list };
    },
    sex: (v: string) => ({ sql: 'sex = ?', params: [v] }),
  },
};

export function listSubjects(db: Db, q: ListQuery) {
  return listRows<SubjectRow>(db, listSql, q);
}

export function findSubject(db: Db, id: number): SubjectRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM subjects WHERE id = ?`).get(id) as SubjectRow | undefined;
}

export function findMedicalCiphertext(db: Db, id: number): Buffer | null {
  const row = db.prepare('SELECT medical_info_enc FROM subjects WHERE id = ?').get(id) as { medical_info_enc: Buffer | null } | undefined;
  return row?.medical_info_enc ?? null;
}

function searchColumns(f: SubjectFields) {
  return {
    last_name_norm: normalizeName(f.last_name),
    first_name_norm: normalizeName(f.first_name),
    email_norm: f.email ? f.email.toLowerCase() : null,
  };
}

export function insertSubject(db: Db, f: SubjectFields, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO subjects (last_name, first_name, patronymic, sex, birth_date, phone, email, legal_rep_name, legal_rep_basis,
         last_name_norm, first_name_norm, email_norm, created_at, updated_at)
       VALUES (@last_name, @first_name, @patronymic, @sex, @birth_date, @phone, @email, @legal_rep_name, @legal_rep_basis,
         @last_name_norm, @first_name_norm, @email_norm, @now, @now)`,
    )
    .run({ ...f, ...searchColumns(f), now });
  return Number(info.lastInsertRowid);
}

/** Applies a correction only if nobody changed the record since `version`; returns false when stale. */
export function updateSubjectIfVersion(db: Db, id: number, version: number, f: SubjectFields, now: string): boolean {
  const info = db
    .prepare(
      `UPDATE subjects SET last_name = @last_name, first_name = @first_name, patronymic = @patronymic, sex = @sex,
         birth_date = @birth_date, phone = @phone, email = @email, legal_rep_name = @legal_rep_name,
         legal_rep_basis = @legal_rep_basis, last_name_norm = @last_name_norm, first_name_norm = @first_name_norm,
         email_norm = @email_norm, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    )
    .run({ ...f, ...searchColumns(f), now, id, version });
  return info.changes === 1;
}

export function setMedicalCiphertext(db: Db, id: number, ciphertext: Buffer | null): void {
  db.prepare('UPDATE subjects SET medical_info_enc = ? WHERE id = ?').run(ciphertext, id);
}
