import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditWriter } from '../audit/auditWriter.js';
import { UPLOAD_MAX_BYTES, UPLOAD_MEDIA_TYPES, type AuditAction, type Permission } from '../contract/index.js';
import { requirePermission } from '../http/auth.js';
import { requestContext } from '../http/context.js';
import { validate } from '../http/validate.js';
import { receiveFile } from './receiveFile.js';
import type { KeyChoice, UploadService } from './uploads.service.js';

/** What a resource that has attachments tells the router about them. */
export interface UploadMount {
  /** Stored with each row and checked on download, e.g. 'letter'. */
  ownerType: string;
  /**
   * The owner the URL names (the router is mounted with mergeParams, e.g. under /letters/:id/attachments) and the
   * key its files are sealed with; throws notFound when there is no such owner. Called before the body is read.
   */
  findOwner(req: Request): { id: number; key: KeyChoice } | Promise<{ id: number; key: KeyChoice }>;
  permissions: { upload: Permission; download: Permission };
  /** The resource's own audit actions, if it has them; else attachment.stored / attachment.downloaded. */
  actions?: { stored: AuditAction; downloaded: AuditAction };
  maxBytes?: number;
  mediaTypes?: readonly string[];
}

const attachmentParam = z.object({
  attachmentId: z.coerce.number({ message: 'Expected a numeric id' }).int().positive('Expected a numeric id'),
});

/**
 * POST / (multipart/form-data, one file in field `file`) → 201 and the attachment record;
 * GET / → the owner's attachments (names, types, sizes, hashes; no bytes);
 * GET /:attachmentId → the decrypted bytes, as a download.
 */
export function uploadRoutes(uploads: UploadService, audit: AuditWriter, mount: UploadMount): Router {
  const router = Router({ mergeParams: true });
  const maxBytes = mount.maxBytes ?? UPLOAD_MAX_BYTES;
  const mediaTypes = mount.mediaTypes ?? UPLOAD_MEDIA_TYPES;

  router.post('/', requirePermission(audit, mount.permissions.upload), async (req, res) => {
    const owner = await mount.findOwner(req);
    const received = await receiveFile(req, maxBytes);
    const file = await uploads.inspect(received.fileName, received.content, mediaTypes);
    const record = await uploads.store(
      requestContext(req, res),
      { type: mount.ownerType, id: owner.id },
      owner.key,
      file,
      mount.actions?.stored,
    );
    res.status(201).json(record);
  });

  router.get('/', requirePermission(audit, mount.permissions.download), async (req, res) => {
    const owner = await mount.findOwner(req);
    res.json(uploads.list({ type: mount.ownerType, id: owner.id }));
  });

  router.get('/:attachmentId', requirePermission(audit, mount.permissions.download), async (req, res) => {
    const { attachmentId } = validate(attachmentParam, req.params, 'attachmentId');
    const owner = await mount.findOwner(req);
    const { record, content } = await uploads.download(
      requestContext(req, res),
      { type: mount.ownerType, id: owner.id },
      attachmentId,
      mount.actions?.downloaded,
    );
    res.status(200);
    res.setHeader('Content-Type', record.media_type);
    res.setHeader('Content-Length', content.length);
    res.setHeader('Content-Disposition', contentDisposition(record.file_name, `attachment-${record.id}`));
    // Never rendered as anything but its detected type, and never kept by a browser or proxy cache: it is personal data.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.end(content);
  });

  return router;
}

/**
 * `attachment` with the name twice: filename*=UTF-8''… (RFC 5987/6266) for the Cyrillic names browsers show, and a
 * plain-ASCII filename="…" for clients that know only that one. A name that is not plain ASCII falls back to
 * `<fallbackBase>.<its extension>` rather than to a row of underscores.
 */
function contentDisposition(fileName: string, fallbackBase: string): string {
  const plain = /^[\x20-\x7e]+$/.test(fileName) && !/["\\%]/.test(fileName);
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(fileName)?.[0] ?? '';
  const fallback = plain ? fileName : `${fallbackBase}${ext}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

// encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
