import type { Db } from '../db/connection.js';
import type {
  DestructionActLogLine,
  DestructionActSubmission,
  DestructionStatus,
  SubmissionDestructionItem,
  SubmissionDestructionReason,
} from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { actExpirySql } from '../destruction/actTerm.js';

/** A batch's stored columns, its words still sealed (empty once executed). */
export interface BatchRow {
  id: number;
  reason: SubmissionDestructionReason;
  reason_text_enc: Buffer;
  submissions_count: number;
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

const COLUMNS = `id, reason, reason_text_enc, submissions_count, status, proposed_by, proposed_by_login, proposed_at,
  decided_by, decided_by_login, decided_at, comment_enc, act_id,
  (SELECT number FROM destruction_acts a WHERE a.id = submission_destructions.act_id) AS act_number, version`;

// The list reads no sealed words: a page costs no decryption.
const LIST_COLUMNS = COLUMNS.replace('reason_text_enc', "X'' AS reason_text_enc").replace(
  'comment_enc',
  'NULL AS comment_enc',
);

const listSql: ListSql = {
  from: 'submission_destructions',
  columns: LIST_COLUMNS,
  key: 'id',
  orderBy: { id: 'id', proposed_at: 'proposed_at', decided_at: 'decided_at', status: 'status' },
  where: {
    id: (v: number | number[]) => inList('id', v),
    status: (v: string | string[]) => {
      const list = [v].flat();
      return { sql: `status IN (${list.map(() => '?').join(', ')})`, params: list };
    },
  },
};

export function listBatches(db: Db, q: ListQuery) {
  return listRows<BatchRow>(db, listSql, q);
}

export function findBatch(db: Db, id: number): BatchRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM submission_destructions WHERE id = ?`).get(id) as BatchRow | undefined;
}

/** The batch's submissions as the register shows them (no payload), in id order. */
export function batchItems(db: Db, batchId: number): SubmissionDestructionItem[] {
  const rows = cached(
    db,
    `SELECT s.id AS submission_id, s.receipt_id, s.service, s.received_at, s.decided_at, s.reject_category,
       s.wrapped_key <> X'' AS payload_held
     FROM submission_destruction_items i JOIN submissions s ON s.id = i.submission_id
     WHERE i.batch_id = ? ORDER BY s.id`,
  ).all(batchId) as (Omit<SubmissionDestructionItem, 'payload_held'> & { payload_held: number })[];
  return rows.map((r) => ({ ...r, payload_held: r.payload_held === 1 }));
}

/**
 * Of the ids given, those that cannot go into a new batch: not a submission, not rejected, someone's subject's,
 * payload erased already, or in a batch that is open or executed.
 */
export function notDestroyable(db: Db, ids: number[]): number[] {
  const ok = new Set(
    cached(
      db,
      `SELECT s.id FROM submissions s, json_each(?) j
       WHERE s.id = j.value AND s.status = 'rejected' AND s.subject_id IS NULL AND s.wrapped_key <> X''
         AND NOT EXISTS (SELECT 1 FROM submission_destruction_items i JOIN submission_destructions b
           ON b.id = i.batch_id WHERE i.submission_id = s.id AND b.status IN ('proposed', 'executed'))`,
    )
      .pluck()
      .all(JSON.stringify(ids)) as number[],
  );
  return ids.filter((id) => !ok.has(id));
}

export interface NewBatch {
  reason: SubmissionDestructionReason;
  submissions_count: number;
  proposed_by: number;
  proposed_by_login: string;
  proposed_at: string;
}

/** Inserted with an empty sealed reason: its associated data needs the row's id (setReasonSealed follows). */
export function insertBatch(db: Db, row: NewBatch, submissionIds: number[]): number {
  const id = Number(
    cached(
      db,
      `INSERT INTO submission_destructions (reason, reason_text_enc, submissions_count, proposed_by, proposed_by_login,
         proposed_at)
       VALUES (@reason, X'', @submissions_count, @proposed_by, @proposed_by_login, @proposed_at)`,
    ).run(row).lastInsertRowid,
  );
  cached(
    db,
    'INSERT INTO submission_destruction_items (batch_id, submission_id) SELECT ?, value FROM json_each(?)',
  ).run(id, JSON.stringify(submissionIds));
  return id;
}

export function setReasonSealed(db: Db, id: number, sealed: Buffer): void {
  cached(db, 'UPDATE submission_destructions SET reason_text_enc = ? WHERE id = ?').run(sealed, id);
}

export interface BatchDecision {
  status: 'rejected' | 'executed';
  decided_by: number;
  decided_by_login: string;
  decided_at: string;
  /** Sealed on rejection; empty on execution (the words go with the batch's key, the act keeps them). */
  comment_enc: Buffer;
  act_id: number | null;
}

/** Decides an open batch; false when it was decided meanwhile. An execution empties the sealed reason too. */
export function decideBatch(db: Db, id: number, d: BatchDecision): boolean {
  return (
    cached(
      db,
      `UPDATE submission_destructions SET status = @status, decided_by = @decided_by,
         decided_by_login = @decided_by_login, decided_at = @decided_at, comment_enc = @comment_enc, act_id = @act_id,
         reason_text_enc = CASE WHEN @status = 'executed' THEN X'' ELSE reason_text_enc END, version = version + 1
       WHERE id = @id AND status = 'proposed'`,
    ).run({ ...d, id }).changes === 1
  );
}

/** What the act names of each submission: the identifying data it holds, read just before it is erased. */
export function submittersOf(db: Db, batchId: number): DestructionActSubmission[] {
  return cached(
    db,
    `SELECT s.id, s.receipt_id, s.service, s.received_at, s.last_name, s.first_name, s.patronymic, s.birth_date,
       s.phone, s.email
     FROM submission_destruction_items i JOIN submissions s ON s.id = i.submission_id
     WHERE i.batch_id = ? ORDER BY s.id`,
  ).all(batchId) as DestructionActSubmission[];
}

/**
 * Erases the payload of every submission of the batch: name and contacts overwritten, the sealed message and its key,
 * IP, user agent, preferred time and the reviewer's words removed. The receipt, service, dates and the decision stay as
 * the register of what came in. Only rejected submissions without a subject (the batch was checked when proposed).
 */
export function eraseBatchSubmissions(db: Db, batchId: number, placeholder: string): number {
  return cached(
    db,
    `UPDATE submissions SET last_name = @p, first_name = @p, patronymic = NULL, birth_date = NULL, sex = NULL,
       phone = @p, email = NULL, message_enc = NULL, wrapped_key = X'', preferred_time = NULL, ip = NULL,
       user_agent = NULL, reject_reason = NULL
     WHERE id IN (SELECT submission_id FROM submission_destruction_items WHERE batch_id = @batchId)
       AND status = 'rejected' AND subject_id IS NULL`,
  ).run({ p: placeholder, batchId }).changes;
}

/**
 * The log entries the batch act's extract lists: the batch's own (its proposal, its views) and every one the executing
 * unit wrote after `since` (one unit of the group commit runs alone, so those are its own).
 */
export function batchAuditLines(db: Db, batchId: number, since: number): DestructionActLogLine[] {
  return cached(
    db,
    // By action (its index), then the batch: the log has no index by entity, and these actions are few.
    `SELECT id, at, action, actor_login, actor_role, hash FROM audit_log
     WHERE action IN ('submission_destruction.proposed', 'submission_destruction.viewed')
       AND entity_type = 'submission_destruction' AND entity_id = @batch
     UNION
     SELECT id, at, action, actor_login, actor_role, hash FROM audit_log WHERE id > @since
     ORDER BY id`,
  ).all({ batch: String(batchId), since }) as DestructionActLogLine[];
}

export interface NewBatchAct {
  year: number;
  seq: number;
  submission_destruction_id: number;
  submissions_count: number;
  destroyed_on: string;
  reason: SubmissionDestructionReason;
  categories: string;
  created_at: string;
}

/** The batch act's row with a placeholder content: its key and sealed content need its id. */
export function insertBatchAct(db: Db, act: NewBatchAct): { id: number; number: string; expires_on: string } {
  return cached(
    db,
    `INSERT INTO destruction_acts (number, year, seq, kind, submission_destruction_id, submissions_count, destroyed_on,
       reason, categories, expires_on, content_enc, created_at)
     VALUES (@number, @year, @seq, 'submissions', @submission_destruction_id, @submissions_count, @destroyed_on,
       @reason, @categories, ${actExpirySql('@destroyed_on')}, X'', @created_at)
     RETURNING id, number, expires_on`,
  ).get({ ...act, number: `АКТ-${act.year}-${String(act.seq).padStart(4, '0')}` }) as {
    id: number;
    number: string;
    expires_on: string;
  };
}

/** Earlier batches, rejected, that held any submission of this one: their words described the same people. */
export function rejectedBatchesSharing(db: Db, batchId: number): number[] {
  return cached(
    db,
    `SELECT DISTINCT o.batch_id FROM submission_destruction_items i
     JOIN submission_destruction_items o ON o.submission_id = i.submission_id AND o.batch_id <> i.batch_id
     JOIN submission_destructions b ON b.id = o.batch_id AND b.status = 'rejected'
     WHERE i.batch_id = ?`,
  )
    .pluck()
    .all(batchId) as number[];
}
