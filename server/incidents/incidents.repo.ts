import type { Db } from '../db/connection.js';
import type { IncidentSource, IncidentStatus } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql, type SqlFragment } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** The sealed words of an incident: each its own column, bound to the row and the field. */
export const SEALED_FIELDS = [
  'description',
  'systems',
  'containment',
  'responsible',
  'presumed_causes',
  'harm',
  'results',
  'root_cause',
  'remediation',
] as const;
export type SealedField = (typeof SEALED_FIELDS)[number];
export type SealedColumns = { [K in SealedField as `${K}_enc`]: Buffer | null };

/** An incident's stored columns, its words still sealed. */
export interface IncidentRow extends SealedColumns {
  id: number;
  year: number;
  seq: number;
  number: string;
  detected_at: string;
  source: IncidentSource;
  source_flag_id: number | null;
  /** JSON array */
  categories: string;
  subjects_estimated: number;
  subjects_confirmed: number | null;
  health_data: number;
  status: IncidentStatus;
  notice_24h_sent_at: string | null;
  notice_24h_reference: string | null;
  results_72h_sent_at: string | null;
  results_72h_reference: string | null;
  closed_at: string | null;
  owner_key_id: number | null;
  created_at: string;
  created_by_login: string;
  updated_at: string;
  version: number;
  subjects_linked: number;
}

/** A list row: the register's columns only (the list answers the words as null, so it never reads them). */
export type IncidentListRow = Omit<IncidentRow, keyof SealedColumns>;

const LINKED = '(SELECT count(*) FROM incident_subjects s WHERE s.incident_id = incidents.id) AS subjects_linked';

const REGISTER_COLUMNS = `incidents.id, year, seq, number, detected_at, source, source_flag_id, categories,
  subjects_estimated, subjects_confirmed, health_data, status, notice_24h_sent_at, notice_24h_reference,
  results_72h_sent_at, results_72h_reference, closed_at, owner_key_id, created_at, created_by_login, updated_at,
  version, ${LINKED}`;

const ALL_COLUMNS = `${REGISTER_COLUMNS}, ${SEALED_FIELDS.map((f) => `${f}_enc`).join(', ')}`;

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

const anyOf = (column: string, v: string | string[]): SqlFragment => {
  const list = [v].flat();
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const listSql: ListSql = {
  from: 'incidents',
  columns: REGISTER_COLUMNS,
  key: 'incidents.id',
  orderBy: {
    id: 'incidents.id',
    number: 'year, seq',
    detected_at: 'detected_at',
    status: 'status',
    subjects_estimated: 'subjects_estimated',
    updated_at: 'updated_at',
  },
  where: {
    id: (v: number | number[]) => inList('incidents.id', v),
    status: (v: string | string[]) => anyOf('status', v),
    health_data: (v: boolean) => ({ sql: 'health_data = ?', params: [v ? 1 : 0] }),
    detected_from: (v: string) => ({ sql: 'detected_at >= ?', params: [v] }),
    detected_to: (v: string) => ({ sql: 'detected_at < ?', params: [v] }),
    // The number as typed: «инц-2026-7», «2026-007», «007» all find ИНЦ-2026-007.
    number: (v: string) => ({ sql: "number LIKE ? ESCAPE '\\'", params: [`%${escapeLike(v.toUpperCase())}%`] }),
  },
};

export function listIncidents(db: Db, q: ListQuery): { rows: IncidentListRow[]; total: number } {
  return listRows<IncidentListRow>(db, listSql, q);
}

export function findIncident(db: Db, id: number): IncidentRow | undefined {
  return cached(db, `SELECT ${ALL_COLUMNS} FROM incidents WHERE id = ?`).get(id) as IncidentRow | undefined;
}

/** Takes the next number of a year of detection: 1 for its first incident. Inside the opening transaction only. */
export function takeNumber(db: Db, year: number): number {
  return cached(
    db,
    `INSERT INTO incident_numbers (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1
     RETURNING last`,
  )
    .pluck()
    .get(year) as number;
}

export type NewIncident = Pick<
  IncidentRow,
  | 'year'
  | 'seq'
  | 'number'
  | 'detected_at'
  | 'source'
  | 'source_flag_id'
  | 'categories'
  | 'subjects_estimated'
  | 'subjects_confirmed'
  | 'health_data'
  | 'created_at'
  | 'created_by_login'
>;

/** Inserts the row with an empty seal: the ciphertexts are bound to the id, so they are made once the id exists. */
export function insertIncident(db: Db, row: NewIncident): number {
  return Number(
    cached(
      db,
      `INSERT INTO incidents (year, seq, number, detected_at, source, source_flag_id, categories, subjects_estimated,
         subjects_confirmed, health_data, description_enc, created_at, created_by_login, updated_at)
       VALUES (@year, @seq, @number, @detected_at, @source, @source_flag_id, @categories, @subjects_estimated,
         @subjects_confirmed, @health_data, X'', @created_at, @created_by_login, @created_at)`,
    ).run(row).lastInsertRowid,
  );
}

export function setSealed(db: Db, id: number, ownerKeyId: number, sealed: Partial<SealedColumns>): void {
  const columns = Object.keys(sealed);
  cached(
    db,
    `UPDATE incidents SET owner_key_id = @owner_key_id, ${columns.map((c) => `${c} = @${c}`).join(', ')}
     WHERE id = @id`,
  ).run({ id, owner_key_id: ownerKeyId, ...sealed });
}

/** The facts an edit may change (the number and the state columns never through here). */
export interface IncidentFacts extends Partial<SealedColumns> {
  detected_at: string;
  source: IncidentSource;
  source_flag_id: number | null;
  categories: string;
  subjects_estimated: number;
  subjects_confirmed: number | null;
  health_data: number;
}

const FACT_COLUMNS = [
  'detected_at',
  'source',
  'source_flag_id',
  'categories',
  'subjects_estimated',
  'subjects_confirmed',
  'health_data',
  ...SEALED_FIELDS.filter((f) => !['results', 'root_cause', 'remediation'].includes(f)).map((f) => `${f}_enc`),
];

/** Writes the facts if the row is still at `version` and not closed; false otherwise (someone else moved it). */
export function updateFactsIfVersion(db: Db, id: number, version: number, facts: IncidentFacts, at: string): boolean {
  const columns = FACT_COLUMNS.filter((c) => c in facts);
  return (
    cached(
      db,
      `UPDATE incidents SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at, version = version + 1
       WHERE id = @id AND version = @version AND status <> 'closed'`,
    ).run({ ...Object.fromEntries(columns.map((c) => [c, facts[c as keyof IncidentFacts]])), id, version, at })
      .changes === 1
  );
}

/** The columns a transition writes beside the status. */
export interface TransitionColumns {
  notice_24h_sent_at?: string;
  notice_24h_reference?: string;
  results_72h_sent_at?: string;
  results_72h_reference?: string;
  results_enc?: Buffer;
  root_cause_enc?: Buffer;
  remediation_enc?: Buffer;
  closed_at?: string;
}

/** Moves the incident from one of `from` to `to` if still at `version`; false when it moved meanwhile. */
export function transition(
  db: Db,
  id: number,
  version: number,
  from: readonly IncidentStatus[],
  to: IncidentStatus,
  set: TransitionColumns,
  at: string,
): boolean {
  const columns = Object.keys(set);
  return (
    cached(
      db,
      `UPDATE incidents SET status = @to, ${columns.map((c) => `${c} = @${c}`).join(', ')}${columns.length ? ', ' : ''}
         updated_at = @at, version = version + 1
       WHERE id = @id AND version = @version AND status IN (${from.map((s) => `'${s}'`).join(', ')})`,
    ).run({ ...set, id, version, to, at }).changes === 1
  );
}

/** Marks the row changed without a new version (a subject linked: nothing the editor saw is different). */
export function touch(db: Db, id: number, at: string): void {
  cached(db, 'UPDATE incidents SET updated_at = ? WHERE id = ?').run(at, id);
}

export interface LinkedSubjectRow {
  subject_id: number;
  last_name: string | null;
  first_name: string | null;
  patronymic: string | null;
  status: string;
  linked_at: string;
  linked_by_login: string;
}

export function linkedSubjects(db: Db, incidentId: number): LinkedSubjectRow[] {
  return cached(
    db,
    `SELECT l.subject_id, s.last_name, s.first_name, s.patronymic, s.status, l.linked_at, l.linked_by_login
     FROM incident_subjects l JOIN subjects s ON s.id = l.subject_id
     WHERE l.incident_id = ? ORDER BY l.linked_at, l.subject_id`,
  ).all(incidentId) as LinkedSubjectRow[];
}

/** The ids among `subjectIds` that exist as subjects. */
export function existingSubjects(db: Db, subjectIds: number[]): Set<number> {
  const rows = cached(db, `SELECT id FROM subjects WHERE id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .all(JSON.stringify(subjectIds)) as number[];
  return new Set(rows);
}

/** Links a subject; false when it was linked already (linking is idempotent). */
export function linkSubject(db: Db, incidentId: number, subjectId: number, at: string, login: string): boolean {
  return (
    cached(
      db,
      `INSERT INTO incident_subjects (incident_id, subject_id, linked_at, linked_by_login) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ).run(incidentId, subjectId, at, login).changes === 1
  );
}

export function auditFlagExists(db: Db, flagId: number): boolean {
  return cached(db, 'SELECT 1 FROM audit_flags WHERE id = ?').pluck().get(flagId) !== undefined;
}
