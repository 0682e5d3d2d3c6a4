import type { Db } from '../db/connection.js';
import type { DisclosureBodyType, DisclosureChannel, DisclosureStatus, SubjectStatus } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql, type SqlFragment } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** A request's stored columns, its sealed values still sealed, its subjects and categories as JSON arrays. */
export interface DisclosureRow {
  id: number;
  body_type: DisclosureBodyType;
  body_name: string;
  official: string;
  document_number: string;
  document_date: string;
  legal_basis: string;
  case_number: string | null;
  received_on: string;
  due_on: string | null;
  due_on_computed: number;
  /** JSON array of subject ids */
  subject_ids: string;
  /** JSON array */
  categories_requested: string;
  /** JSON array */
  categories_approved: string | null;
  status: DisclosureStatus;
  registered_by: number;
  registered_by_login: string;
  registered_at: string;
  decided_by: number | null;
  decided_by_login: string | null;
  decided_at: string | null;
  decision_comment_enc: Buffer | null;
  disclosed_on: string | null;
  channel: DisclosureChannel | null;
  reference: string | null;
  disclosed_content_enc: Buffer | null;
  disclosed_by: number | null;
  disclosed_by_login: string | null;
  owner_key_id: number | null;
  updated_at: string;
  version: number;
}

const SUBJECT_IDS = `(SELECT json_group_array(s.subject_id) FROM
    (SELECT subject_id FROM disclosure_subjects WHERE disclosure_id = disclosures.id ORDER BY subject_id) AS s)`;

const COLUMNS = `disclosures.*, ${SUBJECT_IDS} AS subject_ids`;

const anyOf = (column: string, v: string | string[]): SqlFragment => {
  const list = [v].flat();
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const listSql: ListSql = {
  from: 'disclosures',
  columns: COLUMNS,
  key: 'disclosures.id',
  orderBy: {
    id: 'disclosures.id',
    received_on: 'disclosures.received_on',
    document_date: 'disclosures.document_date',
    due_on: 'disclosures.due_on',
    status: 'disclosures.status',
    body_type: 'disclosures.body_type',
    disclosed_on: 'disclosures.disclosed_on',
  },
  where: {
    id: (v: number | number[]) => inList('disclosures.id', v),
    status: (v: string | string[]) => anyOf('disclosures.status', v),
    body_type: (v: string | string[]) => anyOf('disclosures.body_type', v),
    subject_id: (v: number) => ({
      sql: 'disclosures.id IN (SELECT disclosure_id FROM disclosure_subjects WHERE subject_id = ?)',
      params: [v],
    }),
  },
};

export function listDisclosures(db: Db, q: ListQuery): { rows: DisclosureRow[]; total: number } {
  return listRows<DisclosureRow>(db, listSql, q);
}

export function findDisclosure(db: Db, id: number): DisclosureRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM disclosures WHERE id = ?`).get(id) as DisclosureRow | undefined;
}

export interface NewDisclosure {
  body_type: DisclosureBodyType;
  body_name: string;
  official: string;
  document_number: string;
  document_date: string;
  legal_basis: string;
  case_number: string | null;
  received_on: string;
  due_on: string | null;
  due_on_computed: number;
  categories_requested: string;
  registered_by: number;
  registered_by_login: string;
  registered_at: string;
}

export function insertDisclosure(db: Db, row: NewDisclosure, subjectIds: readonly number[]): number {
  const id = Number(
    cached(
      db,
      `INSERT INTO disclosures (body_type, body_name, official, document_number, document_date, legal_basis,
         case_number, received_on, due_on, due_on_computed, categories_requested, registered_by, registered_by_login,
         registered_at, updated_at)
       VALUES (@body_type, @body_name, @official, @document_number, @document_date, @legal_basis, @case_number,
         @received_on, @due_on, @due_on_computed, @categories_requested, @registered_by, @registered_by_login,
         @registered_at, @registered_at)`,
    ).run(row).lastInsertRowid,
  );
  const link = cached(db, 'INSERT INTO disclosure_subjects (disclosure_id, subject_id) VALUES (?, ?)');
  for (const subjectId of subjectIds) link.run(id, subjectId);
  return id;
}

export function setOwnerKey(db: Db, id: number, ownerKeyId: number): void {
  cached(db, 'UPDATE disclosures SET owner_key_id = ? WHERE id = ?').run(ownerKeyId, id);
}

/** What a transition may set besides the status (whitelisted: these names become SQL). */
export interface TransitionColumns {
  categories_approved?: string;
  decided_by?: number;
  decided_by_login?: string;
  decided_at?: string;
  decision_comment_enc?: Buffer | null;
  disclosed_on?: string;
  channel?: DisclosureChannel;
  reference?: string | null;
  disclosed_content_enc?: Buffer;
  disclosed_by?: number;
  disclosed_by_login?: string;
}
const TRANSITION_COLUMNS: (keyof TransitionColumns)[] = [
  'categories_approved',
  'decided_by',
  'decided_by_login',
  'decided_at',
  'decision_comment_enc',
  'disclosed_on',
  'channel',
  'reference',
  'disclosed_content_enc',
  'disclosed_by',
  'disclosed_by_login',
];

/**
 * Moves a request from `from` to `to` if it is still at `version`, with the columns the transition sets; false when
 * it changed meanwhile (another decision won).
 */
export function transition(
  db: Db,
  id: number,
  version: number,
  from: readonly DisclosureStatus[],
  to: DisclosureStatus,
  set: TransitionColumns,
  now: string,
): boolean {
  const columns = TRANSITION_COLUMNS.filter((c) => c in set);
  const assignments = [
    ...columns.map((c) => `${c} = @${c}`),
    'status = @to',
    'version = version + 1',
    'updated_at = @now',
  ];
  const params: Record<string, unknown> = { id, version, to, now, ...set };
  from.forEach((s, i) => (params[`from${i}`] = s));
  const statuses = from.map((_, i) => `@from${i}`).join(', ');
  return (
    cached(
      db,
      `UPDATE disclosures SET ${assignments.join(', ')}
       WHERE id = @id AND version = @version AND status IN (${statuses})`,
    ).run(params).changes === 1
  );
}

/** The subjects of these ids with their status (absent ids are not answered). */
export function subjectStatuses(db: Db, ids: readonly number[]): { id: number; status: SubjectStatus }[] {
  if (!ids.length) return [];
  return cached(db, `SELECT id, status FROM subjects WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as {
    id: number;
    status: SubjectStatus;
  }[];
}

/** What the subject's access report lists of a disclosure made (152-FZ art. 14 p.7: to whom the data was given). */
export interface SubjectDisclosure {
  id: number;
  body_type: string;
  body_name: string;
  document_number: string;
  document_date: string;
  legal_basis: string;
  categories_approved: string[];
  disclosed_on: string;
  channel: string;
  reference: string | null;
}

/**
 * The requests concerning the subject that led to a disclosure, in the order they were made. Only values in clear:
 * what was given in words stays sealed under the request's key, and the categories say what the report needs.
 */
export function disclosuresOfSubject(db: Db, subjectId: number): SubjectDisclosure[] {
  const rows = cached(
    db,
    `SELECT d.id, d.body_type, d.body_name, d.document_number, d.document_date, d.legal_basis,
       d.categories_approved, d.disclosed_on, d.channel, d.reference
     FROM disclosure_subjects s JOIN disclosures d ON d.id = s.disclosure_id
     WHERE s.subject_id = ? AND d.status = 'disclosed'
     ORDER BY d.disclosed_on, d.id`,
  ).all(subjectId) as (Omit<SubjectDisclosure, 'categories_approved'> & { categories_approved: string })[];
  return rows.map((r) => ({ ...r, categories_approved: JSON.parse(r.categories_approved) as string[] }));
}
