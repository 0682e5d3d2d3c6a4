import type { Db } from '../db/connection.js';
import type {
  IdentificationMethod,
  IdentityDocumentType,
  LetterKind,
  LetterStatus,
  DeadlineKind,
  DeadlineState,
  MatchedSubject,
} from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import {
  buildWhere,
  countLimit,
  inList,
  limitSql,
  orderClause,
  type ListSql,
  type SqlFragment,
} from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { deadlineStateSql, type StateClock } from '../deadlines/deadlines.repo.js';

/** A letter's stored columns (its personal values still sealed) with the dates of its next deadline item. */
export interface LetterRow {
  id: number;
  reg_year: number;
  reg_seq: number;
  reg_number: string;
  kind: LetterKind;
  received_on: string;
  status: LetterStatus;
  assignee_id: number;
  subject_id: number | null;
  identification_method: IdentificationMethod | null;
  identification_document_type: IdentityDocumentType | null;
  /** JSON array */
  fields_matched: string | null;
  /** JSON array */
  purposes: string | null;
  holds_block: number;
  owner_key_id: number | null;
  personal_enc: Buffer;
  answered_out_number: string | null;
  answered_on: string | null;
  created_at: string;
  created_by_login: string;
  updated_at: string;
  version: number;
  deadline_id: number | null;
  deadline_kind: DeadlineKind | null;
  due_on: string | null;
  extended_due_on: string | null;
  deadline_closed_on: string | null;
  calendar_incomplete: number;
  deadline_state: DeadlineState | null;
  overdue: number;
}

/** The search box's input as the service prepares it: the number part in clear, the name words as blind tokens. */
export interface LetterSearch {
  number: string | null;
  tokens: Buffer[];
}

// The letter's "next" item: the open one due first, else (all closed) the one due first. Its dates are the letter's.
const NEXT_ITEM = `(SELECT x.id FROM deadline_items x WHERE x.letter_id = letters.id
    ORDER BY x.closed_on IS NOT NULL, coalesce(x.extended_due_on, x.due_on), x.id LIMIT 1)`;

// Bound by name, like the deadlines' state: @today (and @soon for the state) serve the columns and the filter.
const OPEN_OVERDUE = `EXISTS (SELECT 1 FROM deadline_items o WHERE o.letter_id = letters.id AND o.closed_on IS NULL
    AND @today > coalesce(o.extended_due_on, o.due_on))`;

const COLUMNS = `letters.id, letters.reg_year, letters.reg_seq, letters.reg_number, letters.kind, letters.received_on,
  letters.status, letters.assignee_id, letters.subject_id, letters.identification_method,
  letters.identification_document_type, letters.fields_matched, letters.purposes, letters.holds_block,
  letters.owner_key_id, letters.personal_enc, letters.answered_out_number, letters.answered_on, letters.created_at,
  letters.created_by_login, letters.updated_at, letters.version,
  d.id AS deadline_id, d.kind AS deadline_kind, d.due_on, d.extended_due_on, d.closed_on AS deadline_closed_on,
  coalesce(d.extended_due_on, d.due_on) AS effective_due_on, coalesce(d.calendar_incomplete, 0) AS calendar_incomplete,
  CASE WHEN d.id IS NULL THEN NULL ELSE ${deadlineStateSql('d.')} END AS deadline_state,
  ${OPEN_OVERDUE} AS overdue`;

const FROM = `letters LEFT JOIN deadline_items d ON d.id = ${NEXT_ITEM}`;

const anyOf = (column: string, v: string | string[]): SqlFragment => {
  const list = [v].flat();
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function searchSql(v: LetterSearch): SqlFragment {
  const parts: SqlFragment[] = [];
  if (v.number) parts.push({ sql: "letters.reg_number LIKE ? ESCAPE '\\'", params: [`%${escapeLike(v.number)}%`] });
  if (v.tokens.length) {
    // Every word of the search must be a word of the sender's name (tokens are distinct, so count = all of them).
    parts.push({
      sql: `letters.id IN (SELECT letter_id FROM letter_search_tokens WHERE token IN (${v.tokens.map(() => '?').join(', ')})
        GROUP BY letter_id HAVING count(*) = ?)`,
      params: [...v.tokens, v.tokens.length],
    });
  }
  if (!parts.length) return { sql: '0', params: [] };
  return { sql: parts.map((p) => `(${p.sql})`).join(' OR '), params: parts.flatMap((p) => p.params) };
}

const listSql: ListSql = {
  from: 'letters',
  columns: COLUMNS,
  key: 'letters.id',
  orderBy: {
    id: 'letters.id',
    reg_number: 'letters.reg_year, letters.reg_seq',
    received_on: 'letters.received_on',
    // The select list's alias (ORDER BY may name it).
    due_on: 'effective_due_on',
    status: 'letters.status',
    kind: 'letters.kind',
    updated_at: 'letters.updated_at',
  },
  where: {
    id: (v: number | number[]) => inList('letters.id', v),
    status: (v: string | string[]) => anyOf('letters.status', v),
    kind: (v: string | string[]) => anyOf('letters.kind', v),
    assignee_id: (v: number) => ({ sql: 'letters.assignee_id = ?', params: [v] }),
    subject_id: (v: number) => ({ sql: 'letters.subject_id = ?', params: [v] }),
    holds_block: (v: boolean) => ({ sql: 'letters.holds_block = ?', params: [v ? 1 : 0] }),
    received_from: (v: string) => ({ sql: 'letters.received_on >= ?', params: [v] }),
    received_to: (v: string) => ({ sql: 'letters.received_on <= ?', params: [v] }),
    overdue: (v: boolean) => ({ sql: v ? OPEN_OVERDUE : `NOT ${OPEN_OVERDUE}`, params: [] }),
    q: (v: LetterSearch) => searchSql(v),
  },
};

/** One page and its total (capped like every filtered total); the state and "overdue" are computed on `clock`. */
export function listLetters(db: Db, q: ListQuery, clock: StateClock): { rows: LetterRow[]; total: number } {
  const where = buildWhere(listSql, q.filter);
  const rows = cached(
    db,
    `SELECT ${COLUMNS} FROM ${FROM} ${where.sql} ORDER BY ${orderClause(listSql, q)} ${limitSql(q.limit)} OFFSET ?`,
  ).all(...where.params, q.offset, clock) as LetterRow[];
  const total = cached(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM letters ${where.sql} ${limitSql(countLimit(listSql, q))})`,
  )
    .pluck()
    .get(...where.params, clock) as number;
  return { rows, total };
}

export function findLetter(db: Db, id: number, clock: StateClock): LetterRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE letters.id = ?`).get(id, clock) as LetterRow | undefined;
}

/** Takes the next incoming number of a year: 1 for its first letter. Inside the registering transaction only. */
export function takeNumber(db: Db, year: number): number {
  return cached(
    db,
    `INSERT INTO letter_numbers (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1
     RETURNING last`,
  )
    .pluck()
    .get(year) as number;
}

interface NewLetter {
  reg_year: number;
  reg_seq: number;
  reg_number: string;
  kind: LetterKind;
  received_on: string;
  assignee_id: number;
  created_at: string;
  created_by_login: string;
}

/** Inserts the row with an empty seal: the ciphertext is bound to the id, so it is made once the id exists. */
export function insertLetter(db: Db, row: NewLetter): number {
  return Number(
    cached(
      db,
      `INSERT INTO letters (reg_year, reg_seq, reg_number, kind, received_on, assignee_id, personal_enc, created_at,
         created_by_login, updated_at)
       VALUES (@reg_year, @reg_seq, @reg_number, @kind, @received_on, @assignee_id, X'', @created_at,
         @created_by_login, @created_at)`,
    ).run(row).lastInsertRowid,
  );
}

export function setSealed(db: Db, id: number, ownerKeyId: number, personalEnc: Buffer): void {
  cached(db, 'UPDATE letters SET owner_key_id = ?, personal_enc = ? WHERE id = ?').run(ownerKeyId, personalEnc, id);
}

export interface LetterEdit {
  kind: LetterKind;
  received_on: string;
  assignee_id: number;
  personal_enc: Buffer;
}

/** Applies an edit if nobody changed the letter since `version`; false when stale. */
export function updateLetterIfVersion(db: Db, id: number, version: number, edit: LetterEdit, now: string): boolean {
  return (
    cached(
      db,
      `UPDATE letters SET kind = @kind, received_on = @received_on, assignee_id = @assignee_id,
         personal_enc = @personal_enc, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @version`,
    ).run({ ...edit, id, version, now }).changes === 1
  );
}

/** What a transition may set besides the status (whitelisted: these names become SQL). */
export interface TransitionColumns {
  subject_id?: number;
  identification_method?: IdentificationMethod;
  identification_document_type?: IdentityDocumentType | null;
  fields_matched?: string | null;
  purposes?: string | null;
  document_number_enc?: Buffer | null;
  holds_block?: number;
  answered_out_number?: string;
  answered_on?: string;
}
const TRANSITION_COLUMNS: (keyof TransitionColumns)[] = [
  'subject_id',
  'identification_method',
  'identification_document_type',
  'fields_matched',
  'purposes',
  'document_number_enc',
  'holds_block',
  'answered_out_number',
  'answered_on',
];

/**
 * Moves a letter from one of `from` to `to` if it is still at `version`, with the columns the transition sets;
 * false when the letter changed meanwhile (another decision won).
 */
export function transition(
  db: Db,
  id: number,
  version: number,
  from: readonly LetterStatus[],
  to: LetterStatus,
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
  const statuses = from.map((_, i) => `@from${i}`).join(', ');
  const params: Record<string, unknown> = { id, version, to, now, ...set };
  from.forEach((s, i) => (params[`from${i}`] = s));
  return (
    cached(
      db,
      `UPDATE letters SET ${assignments.join(', ')} WHERE id = @id AND version = @version AND status IN (${statuses})`,
    ).run(params).changes === 1
  );
}

/** Records a change that is not a transition (an extension, the end of a block): a new version, the same status. */
export function touch(db: Db, id: number, version: number, set: Pick<TransitionColumns, 'holds_block'>, now: string) {
  const holds = set.holds_block === undefined ? '' : 'holds_block = @holds_block, ';
  return (
    cached(
      db,
      `UPDATE letters SET ${holds}version = version + 1, updated_at = @now WHERE id = @id AND version = @version`,
    ).run({ id, version, now, ...set }).changes === 1
  );
}

export function findDocumentNumberEnc(db: Db, id: number): Buffer | null {
  return (cached(db, 'SELECT document_number_enc FROM letters WHERE id = ?').pluck().get(id) as Buffer | null) ?? null;
}

/** The sender's words as blind tokens, replacing the previous ones (registration, an edit of the name). */
export function replaceSearchTokens(db: Db, letterId: number, tokens: Buffer[]): void {
  cached(db, 'DELETE FROM letter_search_tokens WHERE letter_id = ?').run(letterId);
  const insert = cached(db, 'INSERT INTO letter_search_tokens (token, letter_id) VALUES (?, ?)');
  for (const token of tokens) insert.run(token, letterId);
}

export interface NoteRow {
  id: number;
  letter_id: number;
  step: string;
  note_enc: Buffer;
  created_at: string;
  created_by_login: string;
}

/** Inserts a note with an empty seal (bound to its id, like the letter); setNoteSealed fills it in. */
export function insertNote(db: Db, letterId: number, step: string, now: string, login: string): number {
  return Number(
    cached(
      db,
      `INSERT INTO letter_notes (letter_id, step, note_enc, created_at, created_by_login) VALUES (?, ?, X'', ?, ?)`,
    ).run(letterId, step, now, login).lastInsertRowid,
  );
}

export function setNoteSealed(db: Db, id: number, noteEnc: Buffer): void {
  cached(db, 'UPDATE letter_notes SET note_enc = ? WHERE id = ?').run(noteEnc, id);
}

export function notesOf(db: Db, letterId: number): NoteRow[] {
  return cached(db, 'SELECT * FROM letter_notes WHERE letter_id = ? ORDER BY id').all(letterId) as NoteRow[];
}

/** Subjects whose surname is one of the words of the sender's name: the candidates identification chooses from. */
export function subjectsNamed(db: Db, lastNames: string[]): (MatchedSubject & { legal_rep_name: string | null })[] {
  if (!lastNames.length) return [];
  return cached(
    db,
    `SELECT id, last_name, first_name, patronymic, birth_date, sex, phone, email, legal_rep_name, status, version
     FROM subjects WHERE last_name_norm IN (${lastNames.map(() => '?').join(', ')}) AND status <> 'destroyed'
     ORDER BY id LIMIT 50`,
  ).all(...lastNames) as (MatchedSubject & { legal_rep_name: string | null })[];
}

/** The identified correction letter of this subject that `letterId` names, if it is one (basis of a correction). */
export function correctionLetterOf(
  db: Db,
  letterId: number,
  subjectId: number,
): { id: number; reg_number: string; version: number; holds_block: number } | undefined {
  return cached(
    db,
    `SELECT id, reg_number, version, holds_block FROM letters
     WHERE id = ? AND subject_id = ? AND kind = 'correction' AND status = 'identified'`,
  ).get(letterId, subjectId) as { id: number; reg_number: string; version: number; holds_block: number } | undefined;
}

/** The other letters that keep the subject blocked: while there is one, lifting a correction's block keeps it. */
export function lettersHoldingBlock(db: Db, subjectId: number, exceptLetterId: number): number[] {
  return cached(db, 'SELECT id FROM letters WHERE subject_id = ? AND holds_block = 1 AND id <> ? ORDER BY id')
    .pluck()
    .all(subjectId, exceptLetterId) as number[];
}

/** Whether an active operator has this id: the only staff a letter can be assigned to. */
export function isActiveOperator(db: Db, staffId: number): boolean {
  return !!cached(db, "SELECT 1 FROM staff WHERE id = ? AND role = 'operator' AND active = 1").get(staffId);
}

/** The ids of a subject's letters (what destruction of its correspondence covers). */
export function letterIdsOf(db: Db, subjectId: number): number[] {
  return cached(db, 'SELECT id FROM letters WHERE subject_id = ? ORDER BY id').pluck().all(subjectId) as number[];
}

/**
 * Destruction of a letter's values: its notes and blind-index tokens are deleted, its sealed fields emptied (the
 * caller deletes its key too). The register's row stays: number, kind, dates, states.
 */
export function eraseLetter(db: Db, letterId: number): void {
  cached(db, 'DELETE FROM letter_search_tokens WHERE letter_id = ?').run(letterId);
  cached(db, 'DELETE FROM letter_notes WHERE letter_id = ?').run(letterId);
  cached(
    db,
    `UPDATE letters SET personal_enc = X'',
       document_number_enc = CASE WHEN document_number_enc IS NULL THEN NULL ELSE X'' END
     WHERE id = ?`,
  ).run(letterId);
}
