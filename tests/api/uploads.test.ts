import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { loadMasterKey } from '../../server/crypto/masterKey.js';
import { inWriteTransaction } from '../../server/db/groupCommit.js';
import { loadSession, requireSession } from '../../server/http/auth.js';
import { assignRequestId } from '../../server/http/context.js';
import { errorHandler } from '../../server/http/errorHandler.js';
import { notFound } from '../../server/shared/errors.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { createSubjectBody } from '../../server/subjects/subjects.schema.js';
import { OwnerKeyring } from '../../server/uploads/dataKeys.js';
import { uploadRoutes } from '../../server/uploads/uploads.routes.js';
import { UploadService } from '../../server/uploads/uploads.service.js';
import type { Role } from '../../server/contract/index.js';
import { PASSWORD, auditRows, createStaff, createTestApp, sampleSubject, type TestApp } from '../helpers/testApp.js';
import { binary, makeExe, makePdf, makePng, pdfOfSize } from '../helpers/files.js';

// The upload mechanism itself: these tests mount it the way a resource does (the letters do, see
// letters.attachments.test.ts), behind the real session and CSRF middleware, on the real services and a real SQLite
// file. The file builders are shared with the letters' tests (tests/helpers/files.ts).

const SMALL_LIMIT = 64 * 1024;

interface Harness {
  t: TestApp;
  app: Express;
  ownerKeys: OwnerKeyring;
  login(role: Role): Promise<{ agent: ReturnType<typeof request.agent>; csrf: string; cookie: string }>;
}

/**
 * The real app plus, in front of it, two mounts of the upload router behind loadSession + requireSession:
 * /test/subjects/:ownerId/attachments (sealed with the subject's key, default limits) and
 * /test/owned/:ownerId/attachments (the owner's own key, a 64 kB limit). Everything else falls through to the
 * real app, so signing in is the real login.
 */
function harness(): Harness {
  const t = createTestApp();
  const ownerKeys = new OwnerKeyring(t.db, loadMasterKey(t.config.masterKey, t.config.databasePath));
  const uploads = new UploadService(t.db, t.services.audit, t.services.keyring, ownerKeys, t.services.now);
  const { audit } = t.services;

  const test = express.Router();
  test.use(assignRequestId, express.json({ limit: '100kb' }), loadSession(t.services.auth), requireSession);
  test.use(
    '/subjects/:ownerId/attachments',
    uploadRoutes(uploads, audit, {
      ownerType: 'test-subject',
      findOwner: (req) => {
        const id = Number(req.params.ownerId);
        if (!t.services.subjects.findForUpdate(id)) throw notFound('Subject');
        return { id, key: { kind: 'subject', subjectId: id } };
      },
      permissions: { upload: 'subjects.edit', download: 'subjects.show' },
    }),
  );
  test.use(
    '/owned/:ownerId/attachments',
    uploadRoutes(uploads, audit, {
      ownerType: 'test',
      findOwner: (req) => ({ id: Number(req.params.ownerId), key: { kind: 'owner' } }),
      permissions: { upload: 'subjects.edit', download: 'subjects.show' },
      maxBytes: SMALL_LIMIT,
    }),
  );

  const app = express();
  app.use('/test', test, errorHandler(pino({ level: 'silent' })));
  app.use(t.app);

  return {
    t,
    app,
    ownerKeys,
    async login(role) {
      const staff = await createStaff(t, role);
      const agent = request.agent(app);
      const res = await agent.post('/api/auth/login').send({ login: staff.login, password: PASSWORD }).expect(200);
      const cookie = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
      return { agent, csrf: res.body.csrfToken as string, cookie };
    },
  };
}

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.t.close());

const attachmentCount = () => (h.t.db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
const ownerKeyCount = () => (h.t.db.prepare('SELECT count(*) AS n FROM owner_keys').get() as { n: number }).n;
const storedEntries = () => auditRows(h.t, "action = 'attachment.stored'");

async function newSubject(): Promise<number> {
  return (await h.t.services.subjects.create(systemContext(), createSubjectBody.parse(sampleSubject()))).id;
}

/** The raw bytes of the database file and of its WAL, as a thief with a copy of the disk would read them. */
const databaseBytes = () =>
  Buffer.concat([h.t.dbPath, `${h.t.dbPath}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));

describe('upload and download', () => {
  it('stores a real PDF under the subject’s key and gives it back byte-identical, as a download with its Cyrillic name', async () => {
    const operator = await h.login('operator');
    const subjectId = await newSubject();
    const pdf = makePdf(`marker-${crypto.randomUUID()}`);
    const name = 'Иванов_паспорт (копия).pdf';

    const up = await operator.agent
      .post(`/test/subjects/${subjectId}/attachments`)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdf, { filename: name, contentType: 'application/pdf' })
      .expect(201);
    expect(up.body).toMatchObject({
      owner_type: 'test-subject',
      owner_id: subjectId,
      file_name: name,
      media_type: 'application/pdf',
      size: pdf.length,
      sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
      key_kind: 'subject',
    });

    const down = await operator.agent
      .get(`/test/subjects/${subjectId}/attachments/${up.body.id}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(down.body as Buffer, pdf)).toBe(0);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['cache-control']).toBe('no-store');
    const disposition = down.headers['content-disposition'] as string;
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).toContain(`filename="attachment-${up.body.id}.pdf"`);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    expect(encoded).toBeDefined();
    expect(encoded).not.toMatch(/[^A-Za-z0-9%!#$&+\-.^_`|~]/);
    expect(decodeURIComponent(encoded!)).toBe(name);
  });

  it('stores a real PNG under an owner’s own key and gives it back byte-identical, with an ASCII name as it is', async () => {
    const operator = await h.login('operator');
    const png = makePng();
    const up = await operator.agent
      .post('/test/owned/7/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', png, { filename: 'envelope.png', contentType: 'image/png' })
      .expect(201);
    expect(up.body).toMatchObject({
      owner_type: 'test',
      owner_id: 7,
      media_type: 'image/png',
      size: png.length,
      key_kind: 'owner',
    });
    expect(ownerKeyCount()).toBe(1);

    const down = await operator.agent
      .get(`/test/owned/7/attachments/${up.body.id}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(down.body as Buffer, png)).toBe(0);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="envelope.png"; filename*=UTF-8''envelope.png`,
    );
  });

  it('refuses an attachment through another owner’s URL', async () => {
    const operator = await h.login('operator');
    const up = await operator.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'a.png')
      .expect(201);
    const res = await operator.agent.get(`/test/owned/2/attachments/${up.body.id}`).expect(404);
    expect(res.body.code).toBe('not_found');
  });
});

describe('refusals store nothing', () => {
  it('refuses a Windows executable renamed .pdf and sent as application/pdf: 400 unsupported_media_type on `file`', async () => {
    const operator = await h.login('operator');
    const res = await operator.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makeExe(), { filename: 'scan.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'unsupported_media_type', codes: { file: 'unsupported_media_type' } });
    expect(res.body.errors.file).toEqual(expect.any(String));
    expect(res.body.message).toContain('application/x-msdownload');
    expect(attachmentCount()).toBe(0);
    expect(ownerKeyCount()).toBe(0);
    expect(storedEntries()).toEqual([]);
  });

  it('refuses a plain-text file named .png, and an empty file', async () => {
    const operator = await h.login('operator');
    for (const content of [Buffer.from('just text, not an image'), Buffer.alloc(0)]) {
      const res = await operator.agent
        .post('/test/owned/1/attachments')
        .set('X-CSRF-Token', operator.csrf)
        .attach('file', content, { filename: 'photo.png', contentType: 'image/png' })
        .expect(400);
      expect(res.body.code).toBe('unsupported_media_type');
    }
    expect(attachmentCount()).toBe(0);
  });

  it('answers 400 naming `file` when there is no file, or the file is in another field, or the body is not multipart', async () => {
    const operator = await h.login('operator');
    const url = '/test/owned/1/attachments';
    const noFile = await operator.agent.post(url).set('X-CSRF-Token', operator.csrf).field('title', 'x').expect(400);
    const otherField = await operator.agent
      .post(url)
      .set('X-CSRF-Token', operator.csrf)
      .attach('document', makePng(), 'a.png')
      .expect(400);
    const json = await operator.agent.post(url).set('X-CSRF-Token', operator.csrf).send({ file: 'x' }).expect(400);
    for (const res of [noFile, otherField, json]) {
      expect(res.body.code).toBe('validation_failed');
      expect(Object.keys(res.body.errors)).toEqual(['file']);
    }
    expect(attachmentCount()).toBe(0);
  });

  it('refuses a second file in the same request', async () => {
    const operator = await h.login('operator');
    const res = await operator.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'a.png')
      .attach('file', makePng(), 'b.png')
      .expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['file']);
    expect(attachmentCount()).toBe(0);
  });

  it('takes a file of exactly the mount’s limit and answers 413 payload_too_large one byte past it', async () => {
    const operator = await h.login('operator');
    const url = '/test/owned/1/attachments';
    await operator.agent
      .post(url)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdfOfSize(SMALL_LIMIT), 'exact.pdf')
      .expect(201);
    const over = await operator.agent
      .post(url)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdfOfSize(SMALL_LIMIT + 1), 'over.pdf')
      .expect(413);
    expect(over.body).toMatchObject({ code: 'payload_too_large', codes: { file: 'too_big' } });
    const far = await operator.agent
      .post(url)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdfOfSize(5 * SMALL_LIMIT), 'far.pdf')
      .expect(413);
    expect(far.body.code).toBe('payload_too_large');
    expect(attachmentCount()).toBe(1);
    expect(storedEntries()).toHaveLength(1);
  });

  it('answers 413 at the real 10 MB default to an 11 MB file, and stores nothing', async () => {
    const operator = await h.login('operator');
    const subjectId = await newSubject();
    const res = await operator.agent
      .post(`/test/subjects/${subjectId}/attachments`)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdfOfSize(11 * 1024 * 1024), 'big.pdf')
      .expect(413);
    expect(res.body.code).toBe('payload_too_large');
    expect(attachmentCount()).toBe(0);
    expect(storedEntries()).toEqual([]);
  });

  it('answers 413 while the client is still sending, not after reading the whole body', async () => {
    const operator = await h.login('operator');
    const server = h.app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const boundary = 'x-upload-boundary';
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({
          port,
          method: 'POST',
          path: '/test/owned/1/attachments',
          headers: {
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
            Cookie: operator.cookie,
            'X-CSRF-Token': operator.csrf,
          },
        });
        req.on('response', (res) => {
          resolve(res.statusCode!);
          req.destroy();
        });
        req.on('error', (error) => reject(error));
        setTimeout(() => reject(new Error('no answer while the body was still being sent')), 5_000).unref();
        req.write(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.pdf"\r\n` +
            'Content-Type: application/pdf\r\n\r\n',
        );
        // Past the limit, then nothing more: the body never ends, so only an early answer resolves.
        req.write(pdfOfSize(SMALL_LIMIT + 4096));
      });
      expect(status).toBe(413);
    } finally {
      server.closeAllConnections();
      server.close();
    }
    expect(attachmentCount()).toBe(0);
  });

  it('checks the permission and the CSRF token before reading the body', async () => {
    const compliance = await h.login('compliance');
    const denied = await compliance.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', compliance.csrf)
      .attach('file', makePng(), 'a.png')
      .expect(403);
    expect(denied.body.code).toBe('forbidden');
    expect(auditRows(h.t, "action = 'auth.denied'").at(-1)!.details).toContain('subjects.edit');

    const operator = await h.login('operator');
    const noCsrf = await operator.agent
      .post('/test/owned/1/attachments')
      .attach('file', makePng(), 'a.png')
      .expect(403);
    expect(noCsrf.body.code).toBe('csrf_failed');
    expect(attachmentCount()).toBe(0);

    const up = await operator.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'a.png')
      .expect(201);
    const admin = await h.login('admin');
    await admin.agent.get(`/test/owned/1/attachments/${up.body.id}`).expect(403);
  });
});

describe('encryption at rest', () => {
  it('leaves neither the bytes nor the file name of an upload anywhere in the database file or its WAL', async () => {
    const operator = await h.login('operator');
    const subjectId = await newSubject();
    const marker = `plaintext-marker-${crypto.randomUUID()}`;
    const pdf = makePdf(marker);
    const png = makePng();
    const pdfName = `Петров_заявление_${crypto.randomUUID()}.pdf`;
    const pngName = `конверт_${crypto.randomUUID()}.png`;
    const a = await operator.agent
      .post(`/test/subjects/${subjectId}/attachments`)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdf, pdfName)
      .expect(201);
    const b = await operator.agent
      .post('/test/owned/3/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', png, pngName)
      .expect(201);
    await operator.agent.get(`/test/subjects/${subjectId}/attachments/${a.body.id}`).expect(200);
    await operator.agent.get(`/test/owned/3/attachments/${b.body.id}`).expect(200);

    const raw = databaseBytes();
    // The search does reach the rows: their hashes are stored in clear.
    expect(raw.includes(Buffer.from(a.body.sha256))).toBe(true);
    expect(raw.includes(Buffer.from(b.body.sha256))).toBe(true);
    expect(raw.includes(Buffer.from(marker))).toBe(false);
    expect(raw.includes(pdf.subarray(0, 200))).toBe(false);
    expect(raw.includes(png.subarray(33, 33 + 64))).toBe(false); // inside IDAT: random pixels, compressed
    for (const name of [pdfName, pngName]) {
      expect(raw.includes(Buffer.from(name, 'utf8'))).toBe(false);
      expect(raw.includes(Buffer.from(name.slice(0, 8), 'utf8'))).toBe(false);
    }
  });

  it('binds each ciphertext to its row: a blob copied onto another row does not decrypt', async () => {
    const operator = await h.login('operator');
    const first = await operator.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'first.png')
      .expect(201);
    const second = await operator.agent
      .post('/test/owned/1/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'second.png')
      .expect(201);
    h.t.db
      .prepare('UPDATE attachments SET content_enc = (SELECT content_enc FROM attachments WHERE id = ?) WHERE id = ?')
      .run(first.body.id, second.body.id);
    const res = await operator.agent.get(`/test/owned/1/attachments/${second.body.id}`).expect(500);
    expect(res.body).toEqual({ message: 'Internal server error', code: 'internal' });
  });
});

describe('destruction by deleting the key', () => {
  it('a deleted subject key leaves the attachment unreadable: 410, no bytes, and the chain still verifies', async () => {
    const operator = await h.login('operator');
    const subjectId = await newSubject();
    const pdf = makePdf(`marker-${crypto.randomUUID()}`);
    const up = await operator.agent
      .post(`/test/subjects/${subjectId}/attachments`)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdf, 'Сидоров.pdf')
      .expect(201);
    await operator.agent.get(`/test/subjects/${subjectId}/attachments/${up.body.id}`).expect(200);

    h.t.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?').run(subjectId);
    // The destruction workflow drops the cached key with the row; so does this test.
    h.t.services.keyring.forget(subjectId);

    const res = await operator.agent
      .get(`/test/subjects/${subjectId}/attachments/${up.body.id}`)
      .buffer(true)
      .parse(binary)
      .expect(410);
    const body = res.body as Buffer;
    expect(JSON.parse(body.toString('utf8'))).toMatchObject({ code: 'attachment_destroyed' });
    expect(body.includes(pdf.subarray(0, 32))).toBe(false);
    expect(body.toString('utf8')).not.toContain('Сидоров');
    expect(auditRows(h.t, "action = 'attachment.downloaded'")).toHaveLength(1);
    expect(verifyChain(h.t.db)).toEqual({ ok: true, checked: expect.any(Number) });
  });

  it('a deleted owner key leaves the attachment unreadable (410), an overwritten one too (500), never with the bytes', async () => {
    const operator = await h.login('operator');
    const png = makePng();
    const one = await operator.agent
      .post('/test/owned/5/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', png, 'one.png')
      .expect(201);
    const other = await operator.agent
      .post('/test/owned/6/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', png, 'other.png')
      .expect(201);

    expect(await inWriteTransaction(h.t.db, () => h.ownerKeys.destroyWithin('test', 5))).toBe(true);
    const gone = await operator.agent
      .get(`/test/owned/5/attachments/${one.body.id}`)
      .buffer(true)
      .parse(binary)
      .expect(410);
    expect(JSON.parse((gone.body as Buffer).toString('utf8')).code).toBe('attachment_destroyed');

    h.t.db
      .prepare("UPDATE owner_keys SET wrapped_key = ? WHERE owner_type = 'test' AND owner_id = 6")
      .run(crypto.randomBytes(60));
    const broken = await operator.agent
      .get(`/test/owned/6/attachments/${other.body.id}`)
      .buffer(true)
      .parse(binary)
      .expect(500);
    expect(JSON.parse((broken.body as Buffer).toString('utf8'))).toEqual({
      message: 'Internal server error',
      code: 'internal',
    });

    for (const res of [gone, broken]) expect((res.body as Buffer).includes(png.subarray(0, 64))).toBe(false);
    expect(auditRows(h.t, "action = 'attachment.downloaded'")).toEqual([]);
    expect(verifyChain(h.t.db).ok).toBe(true);
  });

  it('a new key for the same owner does not open what the destroyed one sealed', async () => {
    const operator = await h.login('operator');
    const before = await operator.agent
      .post('/test/owned/9/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'before.png')
      .expect(201);
    await inWriteTransaction(h.t.db, () => h.ownerKeys.destroyWithin('test', 9));
    const after = await operator.agent
      .post('/test/owned/9/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'after.png')
      .expect(201);
    await operator.agent.get(`/test/owned/9/attachments/${before.body.id}`).expect(410);
    await operator.agent.get(`/test/owned/9/attachments/${after.body.id}`).expect(200);
  });
});

describe('audit', () => {
  it('records the upload and the download in the chain, with the file name only encrypted under the subject’s key', async () => {
    const operator = await h.login('operator');
    const subjectId = await newSubject();
    const name = 'Иванова_полис.pdf';
    const pdf = makePdf('audit');
    const a = await operator.agent
      .post(`/test/subjects/${subjectId}/attachments`)
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', pdf, name)
      .expect(201);
    const b = await operator.agent
      .post('/test/owned/4/attachments')
      .set('X-CSRF-Token', operator.csrf)
      .attach('file', makePng(), 'Иванова_конверт.png')
      .expect(201);
    await operator.agent.get(`/test/subjects/${subjectId}/attachments/${a.body.id}`).expect(200);
    await operator.agent.get(`/test/owned/4/attachments/${b.body.id}`).expect(200);

    const stored = storedEntries();
    const downloaded = auditRows(h.t, "action = 'attachment.downloaded'");
    expect(stored.map((r) => Number(r.entity_id))).toEqual([a.body.id, b.body.id]);
    expect(downloaded.map((r) => Number(r.entity_id))).toEqual([a.body.id, b.body.id]);
    for (const row of [...stored, ...downloaded]) {
      expect(row).toMatchObject({ entity_type: 'attachment', actor_login: expect.stringMatching(/^operator/) });
      expect(row.details).not.toContain('Иванова');
    }
    const [subjectEntry, ownerEntry] = stored.map((r): Record<string, any> => ({
      ...r,
      details: JSON.parse(r.details),
    }));
    expect(subjectEntry.subject_id).toBe(subjectId);
    expect(subjectEntry.details).toMatchObject({
      owner_type: 'test-subject',
      owner_id: subjectId,
      media_type: 'application/pdf',
      size: pdf.length,
      sha256: a.body.sha256,
      personal_enc: expect.any(String),
    });
    const opened = h.t.services.keyring.open(
      subjectId,
      Buffer.from(subjectEntry.details.personal_enc, 'base64'),
      'audit',
    );
    expect(JSON.parse(opened!)).toEqual({ file_name: name });
    expect(ownerEntry.subject_id).toBeNull();
    expect(Object.keys(ownerEntry.details).sort()).toEqual([
      'key',
      'media_type',
      'owner_id',
      'owner_type',
      'sha256',
      'size',
    ]);
    expect(verifyChain(h.t.db)).toEqual({ ok: true, checked: expect.any(Number) });
  });
});
