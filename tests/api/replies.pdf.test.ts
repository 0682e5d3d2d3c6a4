// The printed reply is a real PDF: A4, the operator's letterhead, the outgoing number and dates as DD.MM.YYYY, the
// addressee, the text, the signature and page numbers, read back with pdftotext; its first page is rendered with
// pdftoppm to screenshots/ for a person to look at. A draft prints as «ПРОЕКТ» without a number; each print is audited.
import crypto from 'node:crypto';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  auditRows,
  createSubject,
  logIn,
  loginAs,
  publishDocuments,
  useTestApp,
  type LoggedIn,
} from '../helpers/testApp.js';
import { binary, pdfFirstPagePng, pdfFonts, pdfInfo, pdfText } from '../helpers/pdf.js';
import { systemContext } from '../../server/shared/requestContext.js';

const t = useTestApp();
let op: LoggedIn;
let subjectId: number;
const SCREENSHOTS = path.resolve('screenshots');

const onDay = async (day: string) => {
  t.clock.now = Date.parse(`${day}T12:00:00+03:00`);
  if (op) op = await logIn(t, op.login);
};

/** The administrator names the signer and the responsible person: documents print only then. */
const completeSettings = async () => {
  const admin = await loginAs(t, 'admin');
  const current = (await admin.get('/api/settings').expect(200)).body;
  await admin
    .put('/api/settings')
    .send({
      ...current,
      inn: '7714000000',
      ogrn: '1027700000000',
      responsible_name: 'Сидорова Анна Петровна',
      responsible_position: 'Ответственный за организацию обработки персональных данных',
      signer_name: 'Иванов Иван Иванович',
      signer_position: 'Генеральный директор',
    })
    .expect(200);
};

beforeEach(async () => {
  op = undefined as unknown as LoggedIn;
  await onDay('2026-02-02');
  const docs = await publishDocuments(t, '1', '2025-09-01');
  op = await loginAs(t, 'operator');
  subjectId = (await createSubject(op)).id;
  await op
    .post('/api/consents')
    .send({
      subject_id: subjectId,
      consent_form_id: docs.forms.medical_services,
      given_at: '2025-11-20',
      channel: 'paper',
    })
    .expect(201);
});

const identifiedLetter = async (kind: string) => {
  const letter = (
    await op
      .post('/api/letters')
      .send({
        kind,
        received_on: '2026-02-02',
        sender_name: 'Петрова Мария Игоревна',
        sender_address: '620014, г. Екатеринбург, ул. Малышева, д. 5, кв. 9',
      })
      .expect(201)
  ).body;
  await op
    .post(`/api/letters/${letter.id}/identify`)
    .send({ subject_id: subjectId, method: 'in_person', note: 'Лично, паспорт предъявлен' })
    .expect(200);
  return letter;
};
const pdfOf = async (who: LoggedIn, id: number) => {
  const res = await who.get(`/api/replies/${id}/pdf`).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.body as Buffer;
};

describe('the reply as a PDF', () => {
  it('is refused until the signer and the responsible person are named', async () => {
    const letter = await identifiedLetter('withdrawal');
    const reply = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'withdrawal_done' }).expect(201))
      .body;
    expect((await op.get(`/api/replies/${reply.id}/pdf`).expect(409)).body.code).toBe('settings_incomplete');
  });

  it('prints a draft as «ПРОЕКТ» without a number, and the sent reply with its number, dates and signature', async () => {
    await completeSettings();
    // The operator who prepares it is named under the signature, with the position the administrator gave them.
    const me = t.services.staff.get(op.id);
    await t.services.staff.update(systemContext(), op.id, {
      full_name: 'Кузнецов Андрей Павлович',
      role: me.role,
      active: true,
      position: 'медицинский регистратор',
    });
    const letter = await identifiedLetter('withdrawal');
    const reply = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'withdrawal_done' }).expect(201))
      .body;
    await op
      .put(`/api/replies/${reply.id}`)
      .send({
        text: `${reply.text}\n\nТакже сообщаем:\n\n- рассылки **прекращены**;\n- запись *отменена*.`,
        version: 1,
      })
      .expect(200);

    const draftPdf = await pdfOf(op, reply.id);
    const draftText = pdfText(draftPdf);
    expect(draftText).toContain('Исх. № ______ от __.__.____');
    expect(draftText).not.toContain('ИСХ-');
    // The watermark's letters, drawn one by one across the page.
    expect(pdfText(draftPdf, { mode: 'raw' }).replace(/\s+/g, '')).toContain('ПРОЕКТ');
    pdfFirstPagePng(draftPdf, path.join(SCREENSHOTS, 'reply-pdf-draft'));

    await onDay('2026-02-04');
    await op.post(`/api/replies/${reply.id}/send`).send({ sent_on: '2026-02-04', channel: 'post' }).expect(200);
    const pdf = await pdfOf(op, reply.id);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info['Page size']).toContain('A4');
    expect(info.Title).toBe('О прекращении обработки персональных данных в связи с отзывом согласия');

    const text = pdfText(pdf);
    for (const expected of [
      'ООО «Натамед»',
      'Юридический адрес: 125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
      'ИНН 7714000000, ОГРН 1027700000000',
      'Исх. № ИСХ-2026-00001 от 04.02.2026',
      'Петрова Мария Игоревна',
      '620014, г. Екатеринбург, ул. Малышева, д. 5, кв. 9',
      'Уважаемая Мария Игоревна!',
      `вх. № ${letter.reg_number} от 02.02.2026`,
      'не позднее 04.03.2026',
      'рассылки прекращены;',
      'запись отменена.',
      'С уважением,',
      'Генеральный директор',
      'И. И. Иванов',
      'Исп. Кузнецов А. П., медицинский регистратор',
      'Страница 1 из 1',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected);
    }
    expect(pdfText(pdf, { mode: 'raw' }).replace(/\s+/g, '')).not.toContain('ПРОЕКТ');
    pdfFirstPagePng(pdf, path.join(SCREENSHOTS, 'reply-pdf-sent'));
    // The Cyrillic font shipped with pdfmake, embedded; **bold** and *italic* of the Markdown in their own faces.
    expect(pdfFonts(pdf)).toEqual(expect.arrayContaining(['Roboto-Regular', 'Roboto-Medium', 'Roboto-Italic']));

    const printed = auditRows(t, "action = 'reply.printed'");
    expect(printed).toHaveLength(2);
    expect(JSON.parse(printed[1].details)).toMatchObject({ format: 'pdf', out_number: 'ИСХ-2026-00001' });

    // The same content for the print view; compliance prints too, the administrator does not.
    const compliance = await loginAs(t, 'compliance');
    const [doc] = (await compliance.get(`/api/replies/${reply.id}/printable`).expect(200)).body;
    expect(doc).toMatchObject({ number: 'ИСХ-2026-00001', date: '2026-02-04', watermark: null });
    expect(doc.addressee[0]).toBe('Петрова Мария Игоревна');
    await pdfOf(compliance, reply.id);
    const admin = await loginAs(t, 'admin');
    await admin.get(`/api/replies/${reply.id}/pdf`).expect(403);
  });

  it('numbers the pages of a long reply', async () => {
    await completeSettings();
    const letter = await identifiedLetter('other');
    const reply = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'other' }).expect(201)).body;
    const long = Array.from(
      { length: 40 },
      (_, i) => `Абзац ${i + 1}. ${'Текст ответа по существу обращения. '.repeat(6)}`,
    );
    await op
      .put(`/api/replies/${reply.id}`)
      .send({ text: long.join('\n\n'), version: 1 })
      .expect(200);
    const text = pdfText(await pdfOf(op, reply.id));
    const pages = Number(/Страница 1 из (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Страница ${pages} из ${pages}`);
    expect(text).toContain('Абзац 40.');
  });

  it('encloses the access report after the reply', async () => {
    await completeSettings();
    const letter = await identifiedLetter('access');
    const reply = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'access_report' }).expect(201))
      .body;
    await op.post(`/api/replies/${reply.id}/send`).send({ sent_on: '2026-02-02', channel: 'in_person' }).expect(200);
    const pdf = await pdfOf(op, reply.id);
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('О предоставлении сведений об обработке персональных данных');
    expect(flat).toContain('приведены в приложении');
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThan(1);
    // The report starts on a page of its own, under its own title, and names the subject.
    const reportPages = text.split('\f').slice(1).join(' ').replace(/\s+/g, ' ');
    expect(reportPages).toContain('Петрова');
    expect(auditRows(t, "action = 'subject.access_report'").length).toBeGreaterThan(0);
    const docs = (await op.get(`/api/replies/${reply.id}/printable`).expect(200)).body;
    expect(docs).toHaveLength(2);
  });

  it('freezes the enclosed report when the reply is sent: printed later, it is what went', async () => {
    await completeSettings();
    const letter = await identifiedLetter('access');
    const reply = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'access_report' }).expect(201))
      .body;
    const sent = (
      await op.post(`/api/replies/${reply.id}/send`).send({ sent_on: '2026-02-02', channel: 'post' }).expect(200)
    ).body;
    expect(sent.enclosure_sha256).toMatch(/^[0-9a-f]{64}$/);
    const [, enclosed] = (await op.get(`/api/replies/${reply.id}/printable`).expect(200)).body;
    expect(crypto.createHash('sha256').update(JSON.stringify(enclosed), 'utf8').digest('hex')).toBe(
      sent.enclosure_sha256,
    );
    const generated = auditRows(t, "action = 'subject.access_report'").length;

    // The person's phone changes after the reply went: a new report shows it, the reply's enclosure does not.
    await op
      .put(`/api/subjects/${subjectId}`)
      .send({
        ...(t.services.subjects.findForUpdate(subjectId) as object),
        phone: '+79990001122',
        correction_reason: 'Новый номер по звонку субъекта',
      })
      .expect(200);
    const [, again] = (await op.get(`/api/replies/${reply.id}/printable`).expect(200)).body;
    expect(again).toEqual(enclosed);
    expect(auditRows(t, "action = 'subject.access_report'").length).toBe(generated);
    const fresh = (await op.get(`/api/subjects/${subjectId}/access-report`).expect(200)).body;
    expect(JSON.stringify(fresh.printable)).toContain('000-11-22');
    expect(JSON.stringify(again)).not.toContain('000-11-22');
    // Stored sealed, like the text.
    const raw = t.db.prepare('SELECT enclosure_enc FROM replies WHERE id = ?').get(reply.id) as {
      enclosure_enc: Buffer;
    };
    expect(raw.enclosure_enc.toString('latin1')).not.toContain('Петрова');
  });
});
