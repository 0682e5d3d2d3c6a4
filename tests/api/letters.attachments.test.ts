// Attachments through the letters' own route, and what a copy of the disk would show of a letter: no personal value
// in the database file, in its WAL, or in any audit entry; and what destroying the letter's key leaves.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../../server/db/groupCommit.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { auditRows, createSubject, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';
import { binary, makeExe, makePdf, makePng, pdfOfSize } from '../helpers/files.js';

const t = useTestApp();
let op: LoggedIn;
let letterId: number;

beforeEach(async () => {
  t.clock.now = Date.parse('2026-05-13T12:00:00+03:00');
  op = await loginAs(t, 'operator');
  letterId = (
    await op
      .post('/api/letters')
      .send({
        kind: 'withdrawal',
        received_on: '2026-05-12',
        sender_name: 'Кузьмина Ольга',
        sender_address: 'г. Тверь',
      })
      .expect(201)
  ).body.id;
});

const upload = (file: Buffer, name: string, who = op, id = letterId) =>
  who.post(`/api/letters/${id}/attachments`).attach('file', file, { filename: name, contentType: 'application/pdf' });
const attachments = () => t.db.prepare('SELECT count(*) FROM attachments').pluck().get() as number;
const added = () => auditRows(t, "action = 'letter.attachment_added'");

describe('attachments of a letter', () => {
  it('takes a real PDF and PNG under the letter’s key and gives them back byte-identical, each step audited', async () => {
    const pdf = makePdf(`scan-${crypto.randomUUID()}`);
    const png = makePng();
    const a = await upload(pdf, 'Скан письма Кузьминой.pdf').expect(201);
    const b = await upload(png, 'конверт.png').expect(201);
    expect(a.body).toMatchObject({
      owner_type: 'letter',
      owner_id: letterId,
      file_name: 'Скан письма Кузьминой.pdf',
      media_type: 'application/pdf',
      size: pdf.length,
      sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
      key_kind: 'owner',
    });
    expect(b.body).toMatchObject({ media_type: 'image/png', size: png.length });
    // One key per letter: the one its values are sealed with since registration.
    expect(t.db.prepare("SELECT count(*) FROM owner_keys WHERE owner_type = 'letter'").pluck().get()).toBe(1);

    const list = await op.get(`/api/letters/${letterId}/attachments`).expect(200);
    expect(list.body.map((f: any) => [f.id, f.file_name, f.media_type])).toEqual([
      [a.body.id, 'Скан письма Кузьминой.pdf', 'application/pdf'],
      [b.body.id, 'конверт.png', 'image/png'],
    ]);

    const compliance = await loginAs(t, 'compliance');
    for (const [who, id, bytes, type] of [
      [op, a.body.id, pdf, 'application/pdf'],
      [compliance, b.body.id, png, 'image/png'],
    ] as const) {
      const down = await who.get(`/api/letters/${letterId}/attachments/${id}`).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(down.body as Buffer, bytes)).toBe(0);
      expect(down.headers['content-type']).toBe(type);
      expect(down.headers['content-disposition']).toMatch(/^attachment; /);
      expect(down.headers['x-content-type-options']).toBe('nosniff');
    }
    expect(added().map((e) => [e.entity_type, Number(e.entity_id)])).toEqual([
      ['attachment', a.body.id],
      ['attachment', b.body.id],
    ]);
    const downloads = auditRows(t, "action = 'letter.attachment_downloaded'");
    expect(downloads.map((e) => e.actor_login)).toEqual([op.login, compliance.login]);
    for (const e of [...added(), ...downloads]) {
      expect(JSON.parse(e.details)).toMatchObject({ owner_type: 'letter', owner_id: letterId });
      expect(e.details).not.toContain('Кузьмин');
    }
    expect(auditRows(t, "action IN ('attachment.stored', 'attachment.downloaded')")).toEqual([]);
  });

  it('refuses a Windows executable renamed .pdf and an 11 MB PDF, and stores nothing', async () => {
    const exe = await upload(makeExe(), 'scan.pdf').expect(400);
    expect(exe.body).toMatchObject({ code: 'unsupported_media_type', codes: { file: 'unsupported_media_type' } });
    const big = await upload(pdfOfSize(11 * 1024 * 1024), 'big.pdf').expect(413);
    expect(big.body.code).toBe('payload_too_large');
    expect(attachments()).toBe(0);
    expect(added()).toEqual([]);
    expect((await op.get(`/api/letters/${letterId}/attachments`).expect(200)).body).toEqual([]);
  });

  it('is for the roles that may: compliance and the administrator upload nothing, a missing letter is 404', async () => {
    const compliance = await loginAs(t, 'compliance');
    const admin = await loginAs(t, 'admin');
    await upload(makePng(), 'a.png', compliance).expect(403);
    await upload(makePng(), 'a.png', admin).expect(403);
    await admin.get(`/api/letters/${letterId}/attachments`).expect(403);
    expect(auditRows(t, "action = 'auth.denied'")).toHaveLength(3);
    await upload(makePng(), 'a.png', op, 9999).expect(404);
    await op.get('/api/letters/9999/attachments').expect(404);
    expect(attachments()).toBe(0);
  });
});

describe('personal values of a letter', () => {
  /** The raw bytes of the database file and of its WAL, as a thief with a copy of the disk would read them. */
  const databaseBytes = () =>
    Buffer.concat([t.dbPath, `${t.dbPath}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));

  it('are not in the database file, its WAL or any audit entry in clear, and come back decrypted', async () => {
    const subjectId = (await createSubject(op)).id;
    const secret = {
      sender_name: 'Зоркальцевой Виолетты Ипполитовны',
      sender_address: '398059, г. Липецк, ул. Неглинная, д. 417, кв. 93',
      registered_mail_number: '39805974511236',
      summary: 'Прошу удалить сведения о моём лечении у дерматовенеролога',
    };
    const letter = (
      await op
        .post('/api/letters')
        .send({ kind: 'access', received_on: '2026-05-12', ...secret })
        .expect(201)
    ).body;
    const notes = {
      details: 'Попросили копию паспорта Зоркальцевой',
      extension: 'Ждём выписку из карты Зоркальцевой',
      identification: 'Сверили паспорт Зоркальцевой лично',
    };
    await op.post(`/api/letters/${letter.id}/request-details`).send({ note: notes.details }).expect(200);
    await op.post(`/api/letters/${letter.id}/extend`).send({ reason: notes.extension }).expect(200);
    const documentNumber = '4217 918273';
    await op
      .post(`/api/letters/${letter.id}/identify`)
      .send({
        subject_id: subjectId,
        method: 'identity_document',
        document_type: 'passport',
        document_number: documentNumber,
        note: notes.identification,
      })
      .expect(200);
    const current = (await op.get(`/api/letters/${letter.id}`).expect(200)).body;
    const renamed = 'Зоркальцева-Бельская В. И.';
    await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...current, sender_name: renamed })
      .expect(200);
    const fileName = 'Паспорт_Зоркальцевой.png';
    await upload(makePng(), fileName, op, letter.id).expect(201);

    const detail = (await op.get(`/api/letters/${letter.id}`).expect(200)).body;
    expect(detail).toMatchObject({ ...secret, sender_name: renamed, identification_document_number: documentNumber });
    expect(detail.notes.map((n: any) => n.note)).toEqual([notes.details, notes.extension, notes.identification]);
    expect((await op.get(withFilter('/api/letters', { q: 'зоркальцевой' })).expect(200)).body).toEqual([]);
    expect((await op.get(withFilter('/api/letters', { q: 'бельская' })).expect(200)).body).toHaveLength(1);

    const values = [
      ...Object.values(secret),
      ...Object.values(notes),
      renamed,
      documentNumber,
      fileName,
      // Pieces and search forms, not only the whole strings.
      'Зоркальцев',
      'зоркальцев',
      'Неглинная, д. 417',
      '39805974511236',
      'дерматовенеролог',
      '918273',
      'бельская',
    ];
    const raw = databaseBytes();
    // The scan sees what is stored in clear: the subject's own card is (by design), and so is the letter's number.
    expect(raw.includes(Buffer.from('Петрова', 'utf8'))).toBe(true);
    expect(raw.includes(Buffer.from(letter.reg_number, 'utf8'))).toBe(true);
    for (const value of values) expect(raw.includes(Buffer.from(value, 'utf8')), value).toBe(false);
    const entries = auditRows(t);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      for (const value of values) expect(entry.details ?? '', `${entry.action}: ${value}`).not.toContain(value);
    }
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('become unreadable at once when the letter’s key is destroyed: values, notes and files', async () => {
    await op.post(`/api/letters/${letterId}/request-details`).send({ note: 'Нужна подпись' }).expect(200);
    const file = await upload(makePdf('destroyed'), 'скан.pdf').expect(201);
    await inWriteTransaction(t.db, () => t.services.ownerKeys.destroyWithin('letter', letterId));

    const [listed] = (await op.get('/api/letters').expect(200)).body;
    expect(listed).toMatchObject({
      id: letterId,
      reg_number: 'ВХ-2026-00001',
      sender_name: null,
      sender_address: null,
      personal_destroyed: true,
    });
    expect((await op.get(`/api/letters/${letterId}`).expect(200)).body.notes).toMatchObject([
      { step: 'details_requested', note: null },
    ]);
    expect((await op.get(`/api/letters/${letterId}/attachments`).expect(200)).body).toMatchObject([
      { id: file.body.id, file_name: null },
    ]);
    await op.get(`/api/letters/${letterId}/attachments/${file.body.id}`).expect(410);
    // Nothing more is written to it.
    const res = await op.post(`/api/letters/${letterId}/reject`).send({ reason: 'Не обращение' }).expect(410);
    expect(res.body.code).toBe('letter_destroyed');
  });
});
