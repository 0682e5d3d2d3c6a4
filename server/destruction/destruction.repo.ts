import type { Db } from '../db/connection.js';
import type {
  DestructionActLogLine,
  DestructionPlanItem,
  DestructionReason,
  DestructionStatus,
} from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { actExpirySql } from './actTerm.js';

/** A destruction's stored columns, its words still sealed, its plan as JSON. */
export interface DestructionRow {
  id: number;
  subject_id: number;
  letter_id: number | null;
  reason: DestructionReason;
  reason_text_enc: Buffer;
  plan: string;
  status: DestructionStatus;
  proposed_by: number;
  proposed_by_login: string;
  proposed_at: string;
  decided_by: number | null;
  decided_by_login: string | null;
  decided_at: string | null;
  comment_enc: Buffer | null;
  act_id: number | null;
  act_number: string | null;
  version: number;
}

const COLUMNS = `id, subject_id, letter_id, reason, reason_text_enc, plan, status, proposed_by, proposed_by_login,
  proposed_at, decided_by, decided_by_login, decided_at, comment_enc, act_id,
  (SELECT number FROM destruction_acts WHERE destruction_acts.id = destructions.act_id) AS act_number, version`;

const listSql: ListSql = {
  from: 'destructions',
  columns: COLUMNS,
  key: 'id',
  orderBy: { id: 'id', proposed_at: 'proposed_at', decided_at: 'decided_at', status: 'status' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    status: (v: string | string[]) => {
      const list = [v].flat();
      return { sql: `status IN (${list.map(() => '?').join(', ')})`, params: list };
    },
    subject_id: (v: number) => ({ sql: 'subject_id = ?', params: [v] }),
  },
};

export function listDestructions(db: Db, q: ListQuery) {
  return listRows<DestructionRow>(db, listSql, q);
}

export function findDestruction(db: Db, id: number): DestructionRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM destructions WHERE id = ?`).get(id) as DestructionRow | undefined;
}

export function openDestructionOf(db: Db, subjectId: number): number | undefined {
  return cached(db, "SELECT id FROM destructions WHERE subject_id = ? AND status = 'proposed'")
    .pluck()
    .get(subjectId) as number | undefined;
}

export interface NewDestruction {
  subject_id: number;
  letter_id: number | null;
  reason: DestructionReason;
  plan: DestructionPlanItem[];
  proposed_by: number;
  proposed_by_login: string;
  proposed_at: string;
}

/** Inserted with an empty sealed reason: its associated data needs the row's id (setReasonSealed follows). */
export function insertDestruction(db: Db, row: NewDestruction): number {
  return Number(
    cached(
      db,
      `INSERT INTO destructions (subject_id, letter_id, reason, reason_text_enc, plan, proposed_by, proposed_by_login,
         proposed_at)
       VALUES (@subject_id, @letter_id, @reason, X'', @plan, @proposed_by, @proposed_by_login, @proposed_at)`,
    ).run({ ...row, plan: JSON.stringify(row.plan) }).lastInsertRowid,
  );
}

export function setReasonSealed(db: Db, id: number, sealed: Buffer): void {
  cached(db, 'UPDATE destructions SET reason_text_enc = ? WHERE id = ?').run(sealed, id);
}

export interface Decision {
  status: 'rejected' | 'executed';
  decided_by: number;
  decided_by_login: string;
  decided_at: string;
  comment_enc: Buffer;
  act_id: number | null;
}

/** Decides an open proposal; false when it was decided meanwhile. */
export function decide(db: Db, id: number, d: Decision): boolean {
  return (
    cached(
      db,
      `UPDATE destructions SET status = @status, decided_by = @decided_by, decided_by_login = @decided_by_login,
         decided_at = @decided_at, comment_enc = @comment_enc, act_id = @act_id, version = version + 1
       WHERE id = @id AND status = 'proposed'`,
    ).run({ ...d, id }).changes === 1
  );
}

/** The next act number of the year, taken inside the executing transaction (a rollback gives it back). */
export function takeActNumber(db: Db, year: number): number {
  return cached(
    db,
    `INSERT INTO destruction_act_numbers (year, last) VALUES (?, 1)
     ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
  )
    .pluck()
    .get(year) as number;
}

export interface NewAct {
  year: number;
  seq: number;
  destruction_id: number;
  subject_id: number;
  destroyed_on: string;
  reason: DestructionReason;
  categories: string;
  created_at: string;
}

/** The act's row with a placeholder content: its key and sealed content need its id (setActSealed follows). */
export function insertAct(db: Db, act: NewAct): { id: number; number: string; expires_on: string } {
  return cached(
    db,
    `INSERT INTO destruction_acts (number, year, seq, kind, destruction_id, subject_id, destroyed_on, reason,
       categories, expires_on, content_enc, created_at)
     VALUES (@number, @year, @seq, 'subject', @destruction_id, @subject_id, @destroyed_on,
       @reason, @categories, ${actExpirySql('@destroyed_on')}, X'', @created_at)
     RETURNING id, number, expires_on`,
  ).get({ ...act, number: `АКТ-${act.year}-${String(act.seq).padStart(4, '0')}` }) as {
    id: number;
    number: string;
    expires_on: string;
  };
}

export function setActSealed(db: Db, id: number, ownerKeyId: number, contentEnc: Buffer): void {
  cached(db, 'UPDATE destruction_acts SET owner_key_id = ?, content_enc = ? WHERE id = ?').run(
    ownerKeyId,
    contentEnc,
    id,
  );
}

/** The names and positions the act gives the people who destroyed the data. */
export function staffNames(db: Db, id: number): { full_name: string; position: string | null } | undefined {
  return cached(db, 'SELECT full_name, position FROM staff WHERE id = ?').get(id) as
    { full_name: string; position: string | null } | undefined;
}

export function lastAuditId(db: Db): number {
  return cached(db, 'SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;
}

/**
 * The log entries the act's extract lists: those of the destruction itself (its proposal, the subject's block by it) and
 * every one the executing unit wrote after `since` (one unit of the group commit runs alone, so those are its own).
 */
export function auditLines(db: Db, destructionId: number, subjectId: number, since: number): DestructionActLogLine[] {
  return cached(
    db,
    // A UNION, so that each half takes its index (the subject's entries, the ids after `since`): an OR scanned the log.
    `SELECT id, at, action, actor_login, actor_role, hash FROM audit_log
     WHERE subject_id = @subject
       AND ((entity_type = 'destruction' AND entity_id = @destruction)
         OR (action = 'subject.blocked' AND json_extract(details, '$.source') = 'destruction'
             AND json_extract(details, '$.source_id') = @destructionId))
     UNION
     SELECT id, at, action, actor_login, actor_role, hash FROM audit_log WHERE id > @since
     ORDER BY id`,
  ).all({ destruction: String(destructionId), destructionId, subject: subjectId, since }) as DestructionActLogLine[];
}

/** Counts of what each category holds now, for the preview. */
export function categoryCounts(db: Db, subjectId: number) {
  return cached(
    db,
    `SELECT
       (SELECT medical_info_enc IS NOT NULL FROM subjects WHERE id = @s) AS medical,
       (SELECT count(*) FROM submissions WHERE subject_id = @s) AS submissions,
       (SELECT count(*) FROM consents WHERE subject_id = @s) AS consents,
       (SELECT count(*) FROM letters WHERE subject_id = @s) AS letters,
       (SELECT count(*) FROM letter_notes WHERE letter_id IN (SELECT id FROM letters WHERE subject_id = @s)) AS notes,
       (SELECT count(*) FROM attachments WHERE (key_kind = 'subject' AND subject_id = @s)
          OR (owner_type = 'letter' AND owner_id IN (SELECT id FROM letters WHERE subject_id = @s))) AS attachments,
       (SELECT count(*) FROM replies WHERE subject_id = @s) AS replies,
       (SELECT count(*) FROM disclosure_subjects ds WHERE ds.subject_id = @s AND NOT EXISTS
          (SELECT 1 FROM disclosure_subjects o WHERE o.disclosure_id = ds.disclosure_id AND o.subject_id <> @s))
         AS disclosures`,
  ).get({ s: subjectId }) as Record<
    'medical' | 'submissions' | 'consents' | 'letters' | 'notes' | 'attachments' | 'replies' | 'disclosures',
    number
  >;
}

/**
 * After a destruction commits: copies the WAL into the database file and truncates it, so the frames that held the
 * old values (the WAL keeps every version written since the last checkpoint) do not outlive it. Answers whether it
 * completed (a reader holding an old snapshot makes it busy; the background checkpointer finishes later).
 */
function checkpointTruncate(db: Db): boolean {
  const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return row?.busy === 0;
}

/**
 * checkpointTruncate, retried a few times a second apart while a reader keeps it busy: the background checkpointer
 * only runs PASSIVE ones, which never truncate, so the old frames would otherwise wait to be overwritten.
 */
export function truncateWalSoon(db: Db, attempts = 10): void {
  if (checkpointTruncate(db) || attempts <= 1) return;
  setTimeout(() => {
    if (db.open) truncateWalSoon(db, attempts - 1);
  }, 1000).unref();
}

/** The subject a letter was identified as (a destruction may name the letter it comes from). */
export function letterSubjectOf(db: Db, letterId: number): number | null | undefined {
  const row = cached(db, 'SELECT subject_id FROM letters WHERE id = ?').get(letterId) as
    { subject_id: number | null } | undefined;
  return row ? row.subject_id : undefined;
}

/** A letter's number and day of receipt: register data, which destruction keeps (the act names the letter by them). */
export function letterRegisterEntry(db: Db, letterId: number): { reg_number: string; received_on: string } | undefined {
  return cached(db, 'SELECT reg_number, received_on FROM letters WHERE id = ?').get(letterId) as
    { reg_number: string; received_on: string } | undefined;
}

/** Whether a letter of the subject keeps it blocked (an identified withdrawal, destruction, stop or correction request). */
export function blockHeldByLetter(db: Db, subjectId: number): boolean {
  return (
    cached(db, 'SELECT EXISTS (SELECT 1 FROM letters WHERE subject_id = ? AND holds_block = 1)')
      .pluck()
      .get(subjectId) === 1
  );
}

/** The requests from authorities that name this subject and no other. */
export function disclosuresOnlyOf(db: Db, subjectId: number): number[] {
  return cached(
    db,
    `SELECT ds.disclosure_id FROM disclosure_subjects ds
     WHERE ds.subject_id = ? AND NOT EXISTS
       (SELECT 1 FROM disclosure_subjects o WHERE o.disclosure_id = ds.disclosure_id AND o.subject_id <> ds.subject_id)
     ORDER BY ds.disclosure_id`,
  )
    .pluck()
    .all(subjectId) as number[];
}

/** A subject's last executed destruction: what it retained, and its act (the one place the person is named). */
export interface EarlierDestruction {
  plan: DestructionPlanItem[];
  act_number: string;
  destroyed_on: string;
}

export function lastExecutedOf(db: Db, subjectId: number): EarlierDestruction | undefined {
  const row = cached(
    db,
    `SELECT d.plan, a.number AS act_number, a.destroyed_on FROM destructions d JOIN destruction_acts a ON a.id = d.act_id
     WHERE d.subject_id = ? AND d.status = 'executed' ORDER BY d.id DESC LIMIT 1`,
  ).get(subjectId) as { plan: string; act_number: string; destroyed_on: string } | undefined;
  return (
    row && {
      plan: JSON.parse(row.plan) as DestructionPlanItem[],
      act_number: row.act_number,
      destroyed_on: row.destroyed_on,
    }
  );
}
