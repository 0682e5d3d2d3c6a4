import type { Db } from '../db/connection.js';
import type { IncidentNotice, IncidentNoticeKind } from '../contract/index.js';
import { cached } from '../db/statementCache.js';

const COLUMNS = 'id, kind, printed_at, printed_by_login, sha256, sent';

interface NoticeMetaRow {
  id: number;
  kind: IncidentNoticeKind;
  printed_at: string;
  printed_by_login: string;
  sha256: string;
  sent: number;
}

export interface NoticeRow extends NoticeMetaRow {
  incident_id: number;
  text_enc: Buffer;
}

const toNotice = (r: NoticeMetaRow): IncidentNotice => ({ ...r, sent: r.sent === 1 });

/** The incident's printed notices, newest first (the incident's page lists them so). Never their text. */
export function listNotices(db: Db, incidentId: number): IncidentNotice[] {
  return (
    cached(db, `SELECT ${COLUMNS} FROM incident_notices WHERE incident_id = ? ORDER BY id DESC`).all(
      incidentId,
    ) as NoticeMetaRow[]
  ).map(toNotice);
}

/** The latest printing of that kind, with its sealed text. */
export function latestNotice(db: Db, incidentId: number, kind: IncidentNoticeKind): NoticeRow | undefined {
  return cached(
    db,
    `SELECT ${COLUMNS}, incident_id, text_enc FROM incident_notices WHERE incident_id = ? AND kind = ?
     ORDER BY id DESC LIMIT 1`,
  ).get(incidentId, kind) as NoticeRow | undefined;
}

export function findNotice(db: Db, id: number): NoticeRow | undefined {
  return cached(db, `SELECT ${COLUMNS}, incident_id, text_enc FROM incident_notices WHERE id = ?`).get(id) as
    NoticeRow | undefined;
}

export function insertNotice(
  db: Db,
  row: {
    incident_id: number;
    kind: IncidentNoticeKind;
    text_enc: Buffer;
    sha256: string;
    printed_at: string;
    printed_by: number | null;
    printed_by_login: string;
  },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO incident_notices (incident_id, kind, text_enc, sha256, printed_at, printed_by, printed_by_login)
       VALUES (@incident_id, @kind, @text_enc, @sha256, @printed_at, @printed_by, @printed_by_login)`,
    ).run(row).lastInsertRowid,
  );
}

/** Makes that printing the one sent of its kind (and no other of the kind: one notice of each went). */
export function markSent(db: Db, incidentId: number, kind: IncidentNoticeKind, noticeId: number): void {
  cached(db, 'UPDATE incident_notices SET sent = 0 WHERE incident_id = ? AND kind = ? AND sent = 1 AND id <> ?').run(
    incidentId,
    kind,
    noticeId,
  );
  cached(db, 'UPDATE incident_notices SET sent = 1 WHERE id = ? AND sent = 0').run(noticeId);
}
