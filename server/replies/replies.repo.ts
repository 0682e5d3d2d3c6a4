import type { Db } from '../db/connection.js';
import type { ReplyChannel, ReplyKind, ReplyStatus } from '../contract/index.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** A reply's stored columns (text and tracking still sealed) with the incoming number it answers. */
export interface ReplyRow {
  id: number;
  letter_id: number;
  letter_reg_number: string;
  subject_id: number | null;
  kind: ReplyKind;
  status: ReplyStatus;
  out_year: number | null;
  out_seq: number | null;
  out_number: string | null;
  sent_on: string | null;
  channel: ReplyChannel | null;
  tracking_enc: Buffer | null;
  text_enc: Buffer;
  text_sha256: string;
  enclosure_enc: Buffer | null;
  enclosure_sha256: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const COLUMNS = `replies.id, replies.letter_id, letters.reg_number AS letter_reg_number, replies.subject_id,
  replies.kind, replies.status, replies.out_year, replies.out_seq, replies.out_number, replies.sent_on,
  replies.channel, replies.tracking_enc, replies.text_enc, replies.text_sha256, replies.enclosure_enc,
  replies.enclosure_sha256, replies.created_by, replies.created_at,
  replies.updated_at, replies.version`;

const FROM = 'replies JOIN letters ON letters.id = replies.letter_id';

const anyOf = (column: string, v: string | string[]) => {
  const list = [v].flat();
  if (!list.length) return { sql: '0', params: [] };
  return { sql: `${column} IN (${list.map(() => '?').join(', ')})`, params: list };
};

const listSql: ListSql = {
  from: FROM,
  columns: COLUMNS,
  key: 'replies.id',
  orderBy: {
    id: 'replies.id',
    out_number: 'replies.out_year, replies.out_seq',
    sent_on: 'replies.sent_on',
    created_at: 'replies.created_at',
    updated_at: 'replies.updated_at',
    status: 'replies.status',
    kind: 'replies.kind',
  },
  where: {
    id: (v: number | number[]) => inList('replies.id', v),
    letter_id: (v: number) => ({ sql: 'replies.letter_id = ?', params: [v] }),
    subject_id: (v: number) => ({ sql: 'replies.subject_id = ?', params: [v] }),
    status: (v: string | string[]) => anyOf('replies.status', v),
    kind: (v: string | string[]) => anyOf('replies.kind', v),
  },
};

export function listReplies(db: Db, q: ListQuery): { rows: ReplyRow[]; total: number } {
  return listRows<ReplyRow>(db, listSql, q);
}

export function findReply(db: Db, id: number): ReplyRow | undefined {
  return cached(db, `SELECT ${COLUMNS} FROM ${FROM} WHERE replies.id = ?`).get(id) as ReplyRow | undefined;
}

/** Takes the next outgoing number of a year: 1 for its first reply. Inside the sending transaction only. */
export function takeNumber(db: Db, year: number): number {
  return cached(
    db,
    `INSERT INTO reply_numbers (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1
     RETURNING last`,
  )
    .pluck()
    .get(year) as number;
}

interface NewReply {
  letter_id: number;
  subject_id: number | null;
  kind: ReplyKind;
  created_by: string;
  created_at: string;
}

/** Inserts the draft with an empty seal: the ciphertext is bound to the id, so it is made once the id exists. */
export function insertReply(db: Db, row: NewReply): number {
  return Number(
    cached(
      db,
      `INSERT INTO replies (letter_id, subject_id, kind, text_enc, text_sha256, created_by, created_at, updated_at)
       VALUES (@letter_id, @subject_id, @kind, X'', '${'0'.repeat(64)}', @created_by, @created_at, @created_at)`,
    ).run(row).lastInsertRowid,
  );
}

/** The first seal of a new draft (its id was needed for the associated data); not an edit, so no new version. */
export function setFirstText(db: Db, id: number, textEnc: Buffer, sha256: string): void {
  cached(db, 'UPDATE replies SET text_enc = ?, text_sha256 = ? WHERE id = ?').run(textEnc, sha256, id);
}

/** Seals the text of a draft; answers false when the draft was sent or changed meanwhile (stale version). */
export function setDraftText(db: Db, id: number, version: number, textEnc: Buffer, sha256: string, at: string) {
  return (
    cached(
      db,
      `UPDATE replies SET text_enc = ?, text_sha256 = ?, updated_at = ?, version = version + 1
       WHERE id = ? AND version = ? AND status = 'draft'`,
    ).run(textEnc, sha256, at, id, version).changes === 1
  );
}

export interface SentColumns {
  out_year: number;
  out_seq: number;
  out_number: string;
  sent_on: string;
  channel: ReplyChannel;
  tracking_enc: Buffer | null;
  enclosure_enc: Buffer | null;
  enclosure_sha256: string | null;
}

export function markSent(db: Db, id: number, version: number, sent: SentColumns, at: string): boolean {
  return (
    cached(
      db,
      `UPDATE replies SET status = 'sent', out_year = @out_year, out_seq = @out_seq, out_number = @out_number,
         sent_on = @sent_on, channel = @channel, tracking_enc = @tracking_enc, enclosure_enc = @enclosure_enc,
         enclosure_sha256 = @enclosure_sha256, updated_at = @at, version = version + 1
       WHERE id = @id AND version = @version AND status = 'draft'`,
    ).run({ ...sent, at, id, version }).changes === 1
  );
}

/** A subject's replies' sealed fields, for destruction to re-seal or erase them. */
export interface SealedReplyTexts {
  id: number;
  text_enc: Buffer;
  tracking_enc: Buffer | null;
  enclosure_enc: Buffer | null;
}

export function sealedTextsOfSubject(db: Db, subjectId: number): SealedReplyTexts[] {
  return cached(
    db,
    'SELECT id, text_enc, tracking_enc, enclosure_enc FROM replies WHERE subject_id = ? ORDER BY id',
  ).all(subjectId) as SealedReplyTexts[];
}

/** Replaces the sealed fields of a reply of a destroyed subject (the trigger allows nothing else on a sent one). */
export function setSealedTexts(db: Db, texts: SealedReplyTexts): void {
  cached(
    db,
    'UPDATE replies SET text_enc = @text_enc, tracking_enc = @tracking_enc, enclosure_enc = @enclosure_enc WHERE id = @id',
  ).run(texts);
}
