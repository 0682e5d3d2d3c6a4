import type { Db } from '../db/connection.js';
import { cached } from '../db/statementCache.js';

export type KeyKind = 'subject' | 'owner';

/** What a row says about its file, besides the sealed bytes. */
interface AttachmentMeta {
  id: number;
  owner_type: string;
  owner_id: number;
  key_kind: KeyKind;
  subject_id: number | null;
  owner_key_id: number | null;
  media_type: string;
  size: number;
  sha256: string;
  created_at: string;
  created_by_login: string;
}

interface SealedAttachment extends AttachmentMeta {
  file_name_enc: Buffer;
  content_enc: Buffer;
}

interface NewAttachment {
  owner_type: string;
  owner_id: number;
  key_kind: KeyKind;
  subject_id: number | null;
  owner_key_id: number | null;
  media_type: string;
  size: number;
  sha256: string;
  created_at: string;
  created_by_id: number | null;
  created_by_login: string;
}

const META = `id, owner_type, owner_id, key_kind, subject_id, owner_key_id, media_type, size, sha256, created_at,
  created_by_login`;

/**
 * Inserts the row with empty blobs and answers its id: the ciphertexts are bound to that id, so they can only be
 * made once it exists (setSealed, in the same transaction).
 */
export function insertAttachment(db: Db, row: NewAttachment): number {
  const info = cached(
    db,
    `INSERT INTO attachments (owner_type, owner_id, key_kind, subject_id, owner_key_id, file_name_enc, media_type, size,
       sha256, content_enc, created_at, created_by_id, created_by_login)
     VALUES (@owner_type, @owner_id, @key_kind, @subject_id, @owner_key_id, X'', @media_type, @size, @sha256, X'',
       @created_at, @created_by_id, @created_by_login)`,
  ).run(row);
  return Number(info.lastInsertRowid);
}

export function setSealed(db: Db, id: number, fileNameEnc: Buffer, contentEnc: Buffer): void {
  cached(db, 'UPDATE attachments SET file_name_enc = ?, content_enc = ? WHERE id = ?').run(fileNameEnc, contentEnc, id);
}

export function findSealedAttachment(db: Db, id: number): SealedAttachment | undefined {
  return cached(db, `SELECT ${META}, file_name_enc, content_enc FROM attachments WHERE id = ?`).get(id) as
    SealedAttachment | undefined;
}

/** Every attachment of one owner, oldest first, its name still sealed (a list never carries the bytes). */
export function listSealedNames(
  db: Db,
  ownerType: string,
  ownerId: number,
): (AttachmentMeta & { file_name_enc: Buffer })[] {
  return cached(
    db,
    `SELECT ${META}, file_name_enc FROM attachments WHERE owner_type = ? AND owner_id = ? ORDER BY id`,
  ).all(ownerType, ownerId) as (AttachmentMeta & { file_name_enc: Buffer })[];
}

export interface OwnerKeyRow {
  id: number;
  owner_type: string;
  owner_id: number;
  wrapped_key: Buffer;
}

export function findOwnerKeyByOwner(db: Db, ownerType: string, ownerId: number): OwnerKeyRow | undefined {
  return cached(
    db,
    'SELECT id, owner_type, owner_id, wrapped_key FROM owner_keys WHERE owner_type = ? AND owner_id = ?',
  ).get(ownerType, ownerId) as OwnerKeyRow | undefined;
}

export function findOwnerKey(db: Db, id: number): OwnerKeyRow | undefined {
  return cached(db, 'SELECT id, owner_type, owner_id, wrapped_key FROM owner_keys WHERE id = ?').get(id) as
    OwnerKeyRow | undefined;
}

export function insertOwnerKey(db: Db, ownerType: string, ownerId: number, wrappedKey: Buffer, now: string): number {
  const info = cached(
    db,
    'INSERT INTO owner_keys (owner_type, owner_id, wrapped_key, created_at) VALUES (?, ?, ?, ?)',
  ).run(ownerType, ownerId, wrappedKey, now);
  return Number(info.lastInsertRowid);
}

export function deleteOwnerKey(db: Db, ownerType: string, ownerId: number): boolean {
  return (
    cached(db, 'DELETE FROM owner_keys WHERE owner_type = ? AND owner_id = ?').run(ownerType, ownerId).changes === 1
  );
}

/** Destruction: deletes every attachment of an owner (e.g. a letter); secure_delete zeroes the freed pages. */
export function deleteAttachmentsOf(db: Db, ownerType: string, ownerId: number): number {
  return cached(db, 'DELETE FROM attachments WHERE owner_type = ? AND owner_id = ?').run(ownerType, ownerId).changes;
}

/** Destruction: deletes every attachment sealed under a subject's key. */
export function deleteSubjectAttachments(db: Db, subjectId: number): number {
  return cached(db, "DELETE FROM attachments WHERE key_kind = 'subject' AND subject_id = ?").run(subjectId).changes;
}
