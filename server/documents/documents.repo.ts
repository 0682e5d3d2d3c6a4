import type { Purpose } from '../contract/index.js';
import type { Db } from '../db/connection.js';
import type { ListQuery } from '../shared/listQuery.js';
import { inList, limitSql, listRows, type ListSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';

/** Policy versions and consent forms share a life cycle (draft → published, immutable); only these two tables. */
export type DocumentKind = 'policy' | 'consent_form';

const TABLE: Record<DocumentKind, string> = { policy: 'policy_versions', consent_form: 'consent_forms' };
const CONSENT_LINK: Record<DocumentKind, string> = { policy: 'policy_version_id', consent_form: 'consent_form_id' };

export interface DocumentRow {
  id: number;
  purpose?: Purpose;
  title?: string;
  version: string;
  text: string;
  text_sha256: string;
  effective_from: string;
  status: 'draft' | 'published';
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  updated_at: string;
  consents_count: number;
}

function columns(kind: DocumentKind): string {
  const t = TABLE[kind];
  return `${t}.*, (SELECT count(*) FROM consents c WHERE c.${CONSENT_LINK[kind]} = ${t}.id) AS consents_count`;
}

function listSql(kind: DocumentKind): ListSql {
  return {
    from: TABLE[kind],
    columns: columns(kind),
    orderBy: {
      id: 'id',
      version: 'version',
      effective_from: 'effective_from',
      status: 'status',
      purpose: kind === 'consent_form' ? 'purpose' : 'id',
    },
    where: {
      id: (v: number | number[]) => inList('id', v),
      status: (v: string) => ({ sql: 'status = ?', params: [v] }),
      purpose: (v: string) =>
        kind === 'consent_form' ? { sql: 'purpose = ?', params: [v] } : { sql: '1', params: [] },
      q: (v: string) => ({ sql: 'version LIKE ?', params: [`%${v}%`] }),
    },
  };
}

export function listDocuments(db: Db, kind: DocumentKind, q: ListQuery) {
  return listRows<DocumentRow>(db, listSql(kind), q);
}

export function findDocument(db: Db, kind: DocumentKind, id: number): DocumentRow | undefined {
  return db.prepare(`SELECT ${columns(kind)} FROM ${TABLE[kind]} WHERE id = ?`).get(id) as DocumentRow | undefined;
}

// Column names are never taken from a request: only these may be written.
const WRITABLE = new Set([
  'purpose',
  'title',
  'version',
  'text',
  'text_sha256',
  'effective_from',
  'created_at',
  'updated_at',
]);

function writableKeys(d: Record<string, unknown>): string[] {
  const keys = Object.keys(d);
  for (const k of keys) if (!WRITABLE.has(k)) throw new Error(`Column ${k} is not writable`);
  return keys;
}

export function insertDocument(db: Db, kind: DocumentKind, d: Record<string, unknown>): number {
  const keys = writableKeys(d);
  const info = db
    .prepare(`INSERT INTO ${TABLE[kind]} (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`)
    .run(d);
  return Number(info.lastInsertRowid);
}

/** Only a draft changes; the triggers refuse anything else anyway. */
export function updateDraft(db: Db, kind: DocumentKind, id: number, d: Record<string, unknown>): boolean {
  const sets = writableKeys(d)
    .map((k) => `${k} = @${k}`)
    .join(', ');
  return (
    db.prepare(`UPDATE ${TABLE[kind]} SET ${sets} WHERE id = @id AND status = 'draft'`).run({ ...d, id }).changes === 1
  );
}

export function deleteDraft(db: Db, kind: DocumentKind, id: number): boolean {
  return db.prepare(`DELETE FROM ${TABLE[kind]} WHERE id = ? AND status = 'draft'`).run(id).changes === 1;
}

export function publish(db: Db, kind: DocumentKind, id: number, at: string, by: string): boolean {
  return (
    db
      .prepare(
        `UPDATE ${TABLE[kind]} SET status = 'published', published_at = ?, published_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'`,
      )
      .run(at, by, at, id).changes === 1
  );
}

/**
 * Published versions in force by `day`, newest first: [0] is the current one, [1] the one directly before it.
 * For consent forms, per purpose.
 */
export function inForce(db: Db, kind: DocumentKind, day: string, purpose?: string, limit = 2): DocumentRow[] {
  const byPurpose = kind === 'consent_form' && purpose ? 'AND purpose = ?' : '';
  const params = byPurpose ? [day, purpose] : [day];
  return cached(
    db,
    `SELECT ${columns(kind)} FROM ${TABLE[kind]} WHERE status = 'published' AND effective_from <= ? ${byPurpose}
     ORDER BY effective_from DESC, published_at DESC, id DESC ${limitSql(limit)}`,
  ).all(...params) as DocumentRow[];
}

export function versionTaken(
  db: Db,
  kind: DocumentKind,
  version: string,
  purpose: string | undefined,
  exceptId = 0,
): boolean {
  const byPurpose = kind === 'consent_form' ? 'AND purpose = ?' : '';
  const params = kind === 'consent_form' ? [version, exceptId, purpose] : [version, exceptId];
  return !!db.prepare(`SELECT 1 FROM ${TABLE[kind]} WHERE version = ? AND id <> ? ${byPurpose}`).get(...params);
}
