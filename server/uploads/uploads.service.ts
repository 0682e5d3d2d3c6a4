import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../db/connection.js';
import type { AuditWriter } from '../audit/auditWriter.js';
import type { SubjectKeyring } from '../crypto/subjectKeys.js';
import { UPLOAD_MEDIA_TYPES, type Attachment, type AuditAction } from '../contract/index.js';
import { inWriteTransaction, requireTransaction } from '../db/groupCommit.js';
import { AppError, conflict, notFound } from '../shared/errors.js';
import type { RequestContext } from '../shared/requestContext.js';
import { subjectDataKey, type DataKey, type OwnerKeyring } from './dataKeys.js';
import * as repo from './uploads.repo.js';

/**
 * Whose key seals the file, chosen by the workflow that owns it: a subject's key when the file is about a known
 * subject (so the subject's destruction destroys it with the rest), else the owner's own key.
 */
export type KeyChoice = { kind: 'subject'; subjectId: number } | { kind: 'owner' };

/** The record an attachment belongs to, e.g. { type: 'letter', id: 12 }. */
export interface AttachmentOwner {
  type: string;
  id: number;
}

declare const inspected: unique symbol;

/** A file whose type was detected from its bytes and allowed: only inspect() makes one, so nothing stores an unchecked file. */
export interface InspectedFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly sha256: string;
  readonly [inspected]: true;
}

/** An attachment as the API answers it (the contract's record). */
export type AttachmentRecord = Attachment;

export interface OpenedAttachment {
  record: AttachmentRecord;
  content: Buffer;
}

const MAX_NAME_CHARS = 200;

export class UploadService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditWriter,
    private readonly keyring: SubjectKeyring,
    private readonly ownerKeys: OwnerKeyring,
    private readonly now: () => Date,
  ) {}

  /**
   * The type is read from the bytes (file-type), never from the name or the browser's Content-Type, which the
   * sender chooses: an executable renamed .pdf is refused. Runs before the write transaction (detection is async).
   */
  async inspect(
    fileName: string,
    content: Buffer,
    allowed: readonly string[] = UPLOAD_MEDIA_TYPES,
  ): Promise<InspectedFile> {
    const detected = content.length ? await fileTypeFromBuffer(content) : undefined;
    if (!detected || !allowed.includes(detected.mime)) {
      throw unsupportedMediaType(
        content.length
          ? `The file is not of an accepted type (${allowed.join(', ')})${detected ? `: it is ${detected.mime}` : ''}`
          : 'The file is empty',
      );
    }
    return {
      fileName: cleanFileName(fileName),
      mediaType: detected.mime,
      content,
      sha256: crypto.createHash('sha256').update(content).digest('hex'),
    } as InspectedFile;
  }

  store(
    ctx: RequestContext,
    owner: AttachmentOwner,
    key: KeyChoice,
    file: InspectedFile,
    action?: AuditAction,
  ): Promise<AttachmentRecord> {
    return inWriteTransaction(this.db, () => this.storeWithin(ctx, owner, key, file, action));
  }

  /** Seals and stores the file, with its audit entry, inside the caller's transaction (e.g. the one that registers a letter). */
  storeWithin(
    ctx: RequestContext,
    owner: AttachmentOwner,
    key: KeyChoice,
    file: InspectedFile,
    action: AuditAction = 'attachment.stored',
  ): AttachmentRecord {
    requireTransaction(this.db, 'UploadService.storeWithin');
    const at = this.now().toISOString();
    let dataKey: DataKey | null;
    let ownerKeyId: number | null = null;
    if (key.kind === 'subject') {
      dataKey = subjectDataKey(this.keyring, key.subjectId);
      if (!dataKey)
        throw conflict('The subject’s data key has been destroyed: nothing can be stored for it', 'subject_not_active');
    } else {
      const ensured = this.ownerKeys.ensureWithin(owner.type, owner.id, at);
      dataKey = ensured.key;
      ownerKeyId = ensured.id;
    }
    const subjectId = key.kind === 'subject' ? key.subjectId : null;
    const id = repo.insertAttachment(this.db, {
      owner_type: owner.type,
      owner_id: owner.id,
      key_kind: key.kind,
      subject_id: subjectId,
      owner_key_id: ownerKeyId,
      media_type: file.mediaType,
      size: file.content.length,
      sha256: file.sha256,
      created_at: at,
      created_by_id: ctx.actor.id,
      created_by_login: ctx.actor.login,
    });
    const aad = associatedData(id, owner);
    repo.setSealed(
      this.db,
      id,
      dataKey.seal(Buffer.from(file.fileName, 'utf8'), `${aad}:file_name`),
      dataKey.seal(file.content, `${aad}:content`),
    );
    const record: AttachmentRecord = {
      id,
      owner_type: owner.type,
      owner_id: owner.id,
      file_name: file.fileName,
      media_type: file.mediaType,
      size: file.content.length,
      sha256: file.sha256,
      key_kind: key.kind,
      created_at: at,
      created_by_login: ctx.actor.login,
    };
    this.audit.recordWithin(ctx, {
      action,
      entityType: 'attachment',
      entityId: id,
      subjectId,
      details: auditDetails(record),
      // The name is personal: in the log only under the subject's key, which the log can encrypt with; an owner
      // key is not the audit writer's to use, so there the entry does without the name.
      personalDetails: subjectId !== null ? { file_name: file.fileName } : undefined,
    });
    return record;
  }

  /**
   * The owner's attachments with their names (no bytes): what a card lists. Not audited, like every list; each
   * download is. A file whose key was destroyed is listed without its name.
   */
  list(owner: AttachmentOwner): (Omit<AttachmentRecord, 'file_name'> & { file_name: string | null })[] {
    return repo.listSealedNames(this.db, owner.type, owner.id).map((row) => {
      const dataKey = this.dataKeyOf(row);
      const { file_name_enc, owner_key_id: _keyId, subject_id: _subjectId, ...meta } = row;
      const file_name = dataKey
        ? dataKey.open(file_name_enc, `${associatedData(row.id, owner)}:file_name`).toString('utf8')
        : null;
      return { ...meta, file_name };
    });
  }

  download(ctx: RequestContext, owner: AttachmentOwner, id: number, action?: AuditAction): Promise<OpenedAttachment> {
    return inWriteTransaction(this.db, () => this.openWithin(ctx, owner, id, action));
  }

  /**
   * Decrypts the file for the caller and records that it was handed out, inside the caller's transaction.
   * An attachment of another owner is not found (the URL names the owner; the id alone is not a licence).
   */
  openWithin(
    ctx: RequestContext,
    owner: AttachmentOwner,
    id: number,
    action: AuditAction = 'attachment.downloaded',
  ): OpenedAttachment {
    requireTransaction(this.db, 'UploadService.openWithin');
    const row = repo.findSealedAttachment(this.db, id);
    if (!row || row.owner_type !== owner.type || row.owner_id !== owner.id) throw notFound('Attachment');
    const dataKey = this.dataKeyOf(row);
    if (!dataKey) throw destroyed();
    // A failure here is not destruction but tampering or a bug (wrong AAD, altered blob): it stays a logged 500.
    const aad = associatedData(row.id, owner);
    const fileName = dataKey.open(row.file_name_enc, `${aad}:file_name`).toString('utf8');
    const content = dataKey.open(row.content_enc, `${aad}:content`);
    const record: AttachmentRecord = {
      id: row.id,
      owner_type: row.owner_type,
      owner_id: row.owner_id,
      file_name: fileName,
      media_type: row.media_type,
      size: row.size,
      sha256: row.sha256,
      key_kind: row.key_kind,
      created_at: row.created_at,
      created_by_login: row.created_by_login,
    };
    this.audit.recordWithin(ctx, {
      action,
      entityType: 'attachment',
      entityId: row.id,
      subjectId: row.subject_id,
      details: auditDetails(record),
    });
    return { record, content };
  }

  private dataKeyOf(row: { key_kind: repo.KeyKind; subject_id: number | null; owner_key_id: number | null }) {
    return row.key_kind === 'subject'
      ? subjectDataKey(this.keyring, row.subject_id!)
      : this.ownerKeys.find(row.owner_key_id!);
  }
}

// Binds both ciphertexts of a row to that row: a blob copied onto another attachment, or another owner, fails to open.
const associatedData = (id: number, owner: AttachmentOwner) => `attachment:${id}:${owner.type}:${owner.id}`;

const auditDetails = (r: AttachmentRecord) => ({
  owner_type: r.owner_type,
  owner_id: r.owner_id,
  media_type: r.media_type,
  size: r.size,
  sha256: r.sha256,
  key: r.key_kind,
});

/** The last path segment (some browsers send a path), without control characters, NFC (macOS sends decomposed Cyrillic). */
function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const visible = [...base.normalize('NFC')]
    .filter((ch) => !isControl(ch.codePointAt(0)!))
    .join('')
    .trim();
  return [...visible].slice(0, MAX_NAME_CHARS).join('') || 'file';
}

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

const unsupportedMediaType = (message: string) =>
  new AppError(400, message, 'unsupported_media_type', {
    errors: { file: message },
    codes: { file: 'unsupported_media_type' },
  });

// 410: the row is there, its key is not; the bytes are gone for good, which is what destruction promised.
const destroyed = () =>
  new AppError(410, 'The attachment has been destroyed: its data key no longer exists', 'attachment_destroyed');
