import type { Db } from '../db/connection.js';
import type { Subject, SubjectFields } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { normalizeName } from '../shared/text.js';
import { LIVE_ONLY, SEARCH_COUNT_CAP, quickSearch, searchPageIds, searchTotal } from './subjectSearch.repo.js';

/** A subject's row: the API's record but for the age (computed) and medical information, known only as 0/1 here. */
export type SubjectRow = Omit<Subject, 'age' | 'has_medical_info'> & { has_medical_info: number };

// Never the ciphertext: lists and cards only learn whether medical information exists.
const COLUMNS = `id, last_name, first_name, patronymic, sex, birth_date, phone, email, legal_rep_name, legal_rep_basis,
  status, version, (medical_info_enc IS NOT NULL) AS has_medical_info, destroyed_on, destruction_act_id,
  (SELECT number FROM destruction_acts WHERE destruction_acts.id = subjects.destruction_act_id) AS destruction_act_number,
  created_at, updated_at`;

/**
 * The unfiltered total and a status filter come from subject_counts (kept by triggers) without counting rows; a
 * search is counted (to SEARCH_COUNT_CAP) on its own index, as its page is found.
 */
function subjectsTotal(db: Db, q: ListQuery): number | undefined {
  const keys = Object.keys(q.filter);
  if (keys.every((key) => key === 'status' || key === 'live')) {
    if (q.filter.status === undefined)
      return cached(
        db,
        `SELECT coalesce(sum(n), 0) FROM subject_counts${q.filter.live === true ? " WHERE status <> 'destroyed'" : ''}`,
      )
        .pluck()
        .get() as number;
    const statuses = [q.filter.status].flat() as string[];
    if (!statuses.length) return 0;
    const sql = `SELECT coalesce(sum(n), 0) FROM subject_counts WHERE status IN (${statuses.map(() => '?').join(', ')})`;
    return cached(db, sql)
      .pluck()
      .get(...statuses) as number;
  }
  return searchTotal(db, q, listSql);
}

const listSql: ListSql = {
  from: 'subjects',
  columns: COLUMNS,
  key: 'id',
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
    live: () => LIVE_ONLY,
  },
  pageIds: (db, q) => searchPageIds(db, q, listSql),
  total: subjectsTotal,
  countCap: SEARCH_COUNT_CAP,
};

export function listSubjects(db: Db, q: ListQuery) {
  return listRows<SubjectRow>(db, listSql, q);
}

export function findSubject(db: Db, id: number): SubjectRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM subjects WHERE id = ?`).get(id) as SubjectRow | undefined;
}

export function findMedicalCiphertext(db: Db, id: number): Buffer | null {
  const row = cached(db, 'SELECT medical_info_enc FROM subjects WHERE id = ?').get(id) as
    { medical_info_enc: Buffer | null } | undefined;
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
  const info = cached(
    db,
    `INSERT INTO subjects (last_name, first_name, patronymic, sex, birth_date, phone, email, legal_rep_name, legal_rep_basis,
         last_name_norm, first_name_norm, email_norm, created_at, updated_at)
       VALUES (@last_name, @first_name, @patronymic, @sex, @birth_date, @phone, @email, @legal_rep_name, @legal_rep_basis,
         @last_name_norm, @first_name_norm, @email_norm, @now, @now)`,
  ).run({ ...f, ...searchColumns(f), now });
  return Number(info.lastInsertRowid);
}

// Whitelist of what a correction may set, each with the search columns derived from it. Only the changed
// columns are written: SQLite rewrites every index on a column named in SET, even when its value is the same.
const CORRECTABLE: Record<keyof SubjectFields, (keyof ReturnType<typeof searchColumns>)[]> = {
  last_name: ['last_name_norm'],
  first_name: ['first_name_norm'],
  patronymic: [],
  sex: [],
  birth_date: [],
  phone: [],
  email: ['email_norm'],
  legal_rep_name: [],
  legal_rep_basis: [],
};

/** Applies the changed fields only if nobody changed the record since `version`; returns false when stale. */
export function updateSubjectIfVersion(
  db: Db,
  id: number,
  version: number,
  f: SubjectFields,
  changed: readonly (keyof SubjectFields)[],
  now: string,
): boolean {
  const columns = (Object.keys(CORRECTABLE) as (keyof SubjectFields)[])
    .filter((c) => changed.includes(c))
    .flatMap((c) => [c, ...CORRECTABLE[c]]);
  const set = columns.map((c) => `${c} = @${c}`).join(', ');
  const info = cached(
    db,
    `UPDATE subjects SET ${set}${set ? ', ' : ''}version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
  ).run({ ...f, ...searchColumns(f), now, id, version });
  return info.changes === 1;
}

export function setMedicalCiphertext(db: Db, id: number, ciphertext: Buffer | null): void {
  cached(db, 'UPDATE subjects SET medical_info_enc = ? WHERE id = ?').run(ciphertext, id);
}

/** Moves a subject from one status to another (blocking, unblocking); false when it was not in `from`. */
export function changeStatus(
  db: Db,
  id: number,
  from: SubjectRow['status'],
  to: SubjectRow['status'],
  now: string,
): boolean {
  return (
    cached(db, 'UPDATE subjects SET status = ?, version = version + 1, updated_at = ? WHERE id = ? AND status = ?').run(
      to,
      now,
      id,
      from,
    ).changes === 1
  );
}

/** What a destroyed subject's NOT NULL name columns hold once its identity is destroyed. */
export const DESTROYED_PLACEHOLDER = '—';

/**
 * Destruction: the row keeps its id, the status `destroyed`, the day and the act; the identity fields (with the search
 * columns derived from them, which are personal too) and the medical ciphertext go when their category is destroyed.
 * False when the subject was already destroyed.
 */
export function destroySubject(
  db: Db,
  id: number,
  erase: { identity: boolean; medical: boolean },
  destroyedOn: string,
  actId: number,
  now: string,
  again = false,
): boolean {
  const identity = erase.identity
    ? `, last_name = @p, first_name = @p, patronymic = NULL, sex = NULL, birth_date = NULL, phone = NULL, email = NULL,
       legal_rep_name = NULL, legal_rep_basis = NULL, last_name_norm = @p, first_name_norm = @p, email_norm = NULL`
    : '';
  const medical = erase.medical ? ', medical_info_enc = NULL' : '';
  const sql = `UPDATE subjects SET status = 'destroyed', destroyed_on = @destroyedOn, destruction_act_id = @actId,
      version = version + 1, updated_at = @now${identity}${medical}
    WHERE id = @id AND status ${again ? "= 'destroyed'" : "<> 'destroyed'"}`;
  return (
    db.prepare(sql).run({ id, destroyedOn, actId, now, ...(erase.identity ? { p: DESTROYED_PLACEHOLDER } : {}) })
      .changes === 1
  );
}
