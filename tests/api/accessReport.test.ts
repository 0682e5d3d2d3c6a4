// The access report (152-FZ art. 14 p.7): every section, each field with its source, nobody else's data (art. 14
// p.2), the medical information only ticked in with a reason (and then logged as a reveal), one entry per generation.
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACCESS_REPORT_SECTIONS } from '../../server/contract/index.js';
import {
  auditRows,
  createSubject,
  logIn,
  loginAs,
  publishDocuments,
  useTestApp,
  websiteSubmission,
  type LoggedIn,
  type PublishedDocuments,
} from '../helpers/testApp.js';
import { binary, pdfFirstPagePng, pdfText } from '../helpers/pdf.js';

const t = useTestApp();
let op: LoggedIn;
let docs: PublishedDocuments;
let petrovna: number;
let pavlovna: number;
let petrovnaReceipt: string;
let pavlovnaReceipt: string;
let pavlovnaLetter: string;

const MEDICAL_A = 'Сахарный диабет 2 типа (маркер A-9917)';
/** Values of the other «Иванова Мария», none of which may appear in the first one's report. */
const OTHERS = {
  patronymic: 'Павловна',
  phone: '+79035556677',
  phoneShown: '(903) 555-66-77',
  email: 'm.pavlovna@example.ru',
  birth: '1988-11-23',
  birthShown: '23.11.1988',
  medical: 'маркер B-4471',
  consentDay: '2026-10-14',
  letterSender: 'Иванова М. П., ул. Лесная',
};

const submit = async (over: Record<string, unknown>) => {
  const res = await request(t.app).post('/api/public/submissions').send(websiteSubmission(docs, over)).expect(201);
  const { id } = t.db.prepare('SELECT id FROM submissions WHERE receipt_id = ?').get(res.body.receiptId) as {
    id: number;
  };
  return { id, receipt: res.body.receiptId as string };
};

beforeEach(async () => {
  t.clock.now = Date.parse('2026-11-25T12:00:00+03:00');
  docs = await publishDocuments(t);
  op = await loginAs(t, 'operator');

  // Иванова Мария Петровна: from a website callback, her e-mail corrected later by staff, medical information added.
  const a = await submit({
    service: 'callback',
    lastName: 'Иванова',
    firstName: 'Мария',
    patronymic: 'Петровна',
    birthDate: '1990-03-07',
    phone: '+7 (916) 111-22-33',
    email: 'maria.i@example.ru',
    consents: [
      { formId: docs.forms.medical_services, accepted: true },
      { formId: docs.forms.marketing, accepted: true },
    ],
  });
  petrovnaReceipt = a.receipt;
  const created = (await op.post(`/api/submissions/${a.id}/create-subject`).expect(201)).body.subject;
  petrovna = created.id;
  // The next day: yesterday's session has expired.
  t.clock.advanceMinutes(24 * 60);
  op = await logIn(t, op.login);
  await op
    .put(`/api/subjects/${petrovna}`)
    .send({
      ...created,
      email: 'm.petrovna@example.ru',
      medical_info: MEDICAL_A,
      correction_reason: 'Звонок пациентки 26.11.2026',
    })
    .expect(200);
  const marketing = (
    t.db.prepare("SELECT id FROM consents WHERE subject_id = ? AND purpose = 'marketing'").get(petrovna) as {
      id: number;
    }
  ).id;
  await op.post(`/api/consents/${marketing}/withdraw`).send({ basis: 'Просьба по телефону' }).expect(200);
  const letter = (
    await op
      .post('/api/letters')
      .send({
        kind: 'access',
        received_on: '2026-11-26',
        sender_name: 'Иванова Мария Петровна',
        sender_address: '620014, г. Екатеринбург, ул. Малышева, д. 5',
      })
      .expect(201)
  ).body;
  await op
    .post(`/api/letters/${letter.id}/identify`)
    .send({
      subject_id: petrovna,
      method: 'matching_fields',
      fields_matched: ['last_name', 'first_name', 'patronymic'],
      note: 'ФИО совпадают',
    })
    .expect(200);

  // Иванова Мария Павловна: entered by staff, a paper consent, a website booking linked to her, her own letter.
  pavlovna = (
    await createSubject(op, {
      last_name: 'Иванова',
      first_name: 'Мария',
      patronymic: OTHERS.patronymic,
      birth_date: OTHERS.birth,
      phone: OTHERS.phone,
      email: OTHERS.email,
      medical_info: `Бронхиальная астма (${OTHERS.medical})`,
    })
  ).id;
  await op
    .post('/api/consents')
    .send({ subject_id: pavlovna, consent_form_id: docs.forms.health_data, given_at: '2026-10-14', channel: 'paper' })
    .expect(201);
  const b = await submit({
    service: 'consultation',
    lastName: 'Иванова',
    firstName: 'Мария',
    patronymic: OTHERS.patronymic,
    birthDate: OTHERS.birth,
    phone: OTHERS.phone,
    email: OTHERS.email,
  });
  pavlovnaReceipt = b.receipt;
  const bVersion = (await op.get(`/api/subjects/${pavlovna}`).expect(200)).body.version;
  await op
    .post(`/api/submissions/${b.id}/link`)
    .send({ subject_id: pavlovna, subject_version: bVersion, take: [] })
    .expect(200);
  const bLetter = (
    await op
      .post('/api/letters')
      .send({
        kind: 'correction',
        received_on: '2026-11-26',
        sender_name: OTHERS.letterSender,
        sender_address: 'Москва',
      })
      .expect(201)
  ).body;
  await op
    .post(`/api/letters/${bLetter.id}/identify`)
    .send({ subject_id: pavlovna, method: 'signature', note: 'Подпись совпадает' })
    .expect(200);
  pavlovnaLetter = bLetter.reg_number;
});

const report = (who: LoggedIn, id: number, query = '') => who.get(`/api/subjects/${id}/access-report${query}`);

describe('access report', () => {
  it('holds every section, each field with its source, the consents, submissions and letters', async () => {
    const { body } = await report(op, petrovna).expect(200);
    expect(body.sections).toEqual([...ACCESS_REPORT_SECTIONS]);
    for (const section of ACCESS_REPORT_SECTIONS) expect(body).toHaveProperty(section);
    expect(body.confirmation).toMatchObject({ processed: true });
    expect(body.confirmation.methods).toContain('при непосредственном участии сотрудника Оператора');
    expect(body.confirmation.safeguards).toContain('ст. 18.1');
    expect(body.confirmation.text).toContain(
      'подтверждает, что обрабатывает персональные данные субъекта с 25.11.2026',
    );

    const fields = Object.fromEntries(body.personal_data.map((f: any) => [f.field, f]));
    expect(fields.last_name).toMatchObject({
      value: 'Иванова',
      source: 'website',
      service: 'callback',
      reference: petrovnaReceipt,
      source_date: '2026-11-25',
    });
    expect(fields.phone).toMatchObject({ value: '+79161112233', source: 'website' });
    expect(fields.email).toMatchObject({ value: 'm.petrovna@example.ru', source: 'staff', source_date: '2026-11-26' });
    expect(fields).not.toHaveProperty('legal_rep_name');
    expect(body.medical).toEqual({ held: true, included: false, text: null });

    expect(body.purposes.find((p: any) => p.consent_purpose === 'medical_services').state).toBe('active');
    expect(body.purposes.find((p: any) => p.consent_purpose === 'marketing').state).toBe('withdrawn');
    expect(body.purposes.find((p: any) => p.consent_purpose === 'health_data').state).toBe('none');
    expect(body.purposes.every((p: any) => p.legal_basis.includes('152-ФЗ'))).toBe(true);

    expect(body.consents.map((c: any) => [c.purpose, c.channel, c.status, c.form_version, c.policy_version])).toEqual([
      ['medical_services', 'website', 'active', '1', '1'],
      ['marketing', 'website', 'withdrawn', '1', '1'],
    ]);
    expect(body.consents[1]).toMatchObject({ withdrawal_basis: 'Просьба по телефону' });
    expect(body.submissions).toEqual([
      expect.objectContaining({ receipt_id: petrovnaReceipt, service: 'callback', status: 'created' }),
    ]);
    expect(body.letters).toEqual([
      expect.objectContaining({ kind: 'access', received_on: '2026-11-26', status: 'identified' }),
    ]);
    expect(body.recipients.disclosures).toEqual([]);
    expect(body.recipients.processors.length).toBeGreaterThan(0);
    expect(body.retention.length).toBeGreaterThan(0);
    const rights = body.rights.map((r: any) => `${r.right} ${r.how} ${r.basis}`).join('\n');
    expect(rights).toContain('п. 6.2 Политики');
    expect(rights).toContain(body.operator.postal_address);
    expect(rights).toContain('Роскомнадзор');
    expect(body.operator.operator_name).toBe('ООО «Натамед»');
    expect(body.printable.title).toBe('Сведения об обработке персональных данных');
  });

  it('names the letter a correction was made under as the source of the fields it changed', async () => {
    const current = (await op.get(`/api/subjects/${pavlovna}`).expect(200)).body;
    const letterId = (t.db.prepare('SELECT id FROM letters WHERE reg_number = ?').get(pavlovnaLetter) as { id: number })
      .id;
    await op
      .put(`/api/subjects/${pavlovna}`)
      .send({ ...current, phone: '+79035550000', letter_id: letterId, correction_reason: 'Письмо субъекта' })
      .expect(200);
    const { body } = await report(op, pavlovna).expect(200);
    const fields = Object.fromEntries(body.personal_data.map((f: any) => [f.field, f]));
    expect(fields.phone).toMatchObject({ value: '+79035550000', source: 'letter', reference: pavlovnaLetter });
    expect(fields.last_name).toMatchObject({ source: 'staff', reference: null });
  });

  it("never holds another subject's values, on either side", async () => {
    const a = JSON.stringify((await report(op, petrovna).expect(200)).body);
    for (const value of [...Object.values(OTHERS), pavlovnaReceipt, pavlovnaLetter, 'consultation', 'correction']) {
      expect(a, value).not.toContain(value);
    }
    expect(a).not.toContain('A-9917');
    const b = JSON.stringify((await report(op, pavlovna).expect(200)).body);
    expect(b).toContain(OTHERS.patronymic);
    for (const value of [
      'Петровна',
      '+79161112233',
      'm.petrovna',
      'maria.i',
      '1990-03-07',
      petrovnaReceipt,
      'callback',
    ]) {
      expect(b, value).not.toContain(value);
    }
    expect(JSON.parse(b).letters).toEqual([
      expect.objectContaining({ reg_number: pavlovnaLetter, kind: 'correction' }),
    ]);
  });

  it('includes the medical information only with a reason, logged as a reveal in the same commit', async () => {
    const noReason = await report(op, petrovna, '?include_medical=true').expect(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    const short = await report(op, petrovna, '?include_medical=true&reason=ab').expect(400);
    expect(Object.keys(short.body.errors)).toEqual(['reason']);
    expect(auditRows(t, "action IN ('subject.access_report', 'subject.medical_viewed')")).toHaveLength(0);

    const reason = encodeURIComponent('Запрос пациентки о сведениях, письмо от 26.11.2026');
    const { body } = await report(op, petrovna, `?include_medical=true&reason=${reason}`).expect(200);
    expect(body.medical).toEqual({ held: true, included: true, text: MEDICAL_A });
    expect(JSON.stringify(body.printable)).toContain(MEDICAL_A);
    const [reveal, generated] = auditRows(
      t,
      "action IN ('subject.access_report', 'subject.medical_viewed') AND subject_id = ?",
      petrovna,
    );
    expect([reveal.action, generated.action]).toEqual(['subject.medical_viewed', 'subject.access_report']);
    expect(JSON.parse(generated.details)).toMatchObject({ medical_included: true, format: 'screen' });
    // The reason is sealed under her key, as every reveal's is.
    expect(reveal.details).not.toContain('Запрос пациентки');
  });

  it('logs each generation once, naming the sections and counts and never a value', async () => {
    await report(op, petrovna).expect(200);
    await report(op, petrovna).expect(200);
    const entries = auditRows(t, "action = 'subject.access_report'");
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ subject_id: petrovna, entity_type: 'subject', actor_login: op.login });
    const details = JSON.parse(entries[0].details);
    expect(details).toEqual({
      format: 'screen',
      sections: [...ACCESS_REPORT_SECTIONS],
      medical_included: false,
      counts: { fields: 7, consents: 2, submissions: 1, letters: 1, disclosures: 0 },
    });
    for (const value of ['Иванова', 'Петровна', '+7916', 'petrovna', '1990']) {
      expect(entries[0].details).not.toContain(value);
    }
  });

  it('is for operators and compliance; compliance may not tick in the medical information; admin gets 403', async () => {
    const compliance = await loginAs(t, 'compliance');
    await report(compliance, petrovna).expect(200);
    await report(compliance, petrovna, '?include_medical=true&reason=Проверка').expect(403);
    const admin = await loginAs(t, 'admin');
    await report(admin, petrovna).expect(403);
    await admin.get(`/api/subjects/${petrovna}/access-report.pdf`).expect(403);
    expect(auditRows(t, "action = 'subject.access_report'")).toHaveLength(1);
    expect(auditRows(t, "action = 'auth.denied'").map((e) => JSON.parse(e.details).permission)).toEqual([
      'subjects.reveal_medical',
      'subjects.access_report',
      'subjects.access_report',
    ]);
  });

  it('answers 404 for an unknown subject, 400 for an unknown parameter', async () => {
    await report(op, 999_999).expect(404);
    const res = await report(op, petrovna, '?include_medicine=true').expect(400);
    expect(res.body.errors).toHaveProperty('include_medicine');
    expect(auditRows(t, "action = 'subject.access_report'")).toHaveLength(0);
  });

  it("says a destroyed subject's data has been destroyed and shows none of it", async () => {
    t.db.prepare("UPDATE subjects SET status = 'destroyed' WHERE id = ?").run(petrovna);
    const { body } = await report(op, petrovna).expect(200);
    expect(body.confirmation.processed).toBe(false);
    expect(body.confirmation.text).toContain('уничтожены');
    expect(body.personal_data).toEqual([]);
    expect(body.medical).toEqual({ held: false, included: false, text: null });
    const text = JSON.stringify(body);
    for (const value of ['Петровна', '+79161112233', 'm.petrovna', '1990-03-07']) expect(text).not.toContain(value);
    await report(op, petrovna, '?include_medical=true&reason=Проверка').expect(409);
  });

  it('prints a real PDF: the Cyrillic title, her name, the dates as DD.MM.YYYY, nobody else, audited like the JSON', async () => {
    const res = await op.get(`/api/subjects/${petrovna}/access-report.pdf`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="access-report-\d+\.pdf"$/);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    pdfFirstPagePng(pdf, 'screenshots/pdf-access-report');
    // Table cells wrap: compare the text with its line breaks folded into spaces.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Сведения об обработке персональных данных');
    expect(text).toContain('Дата формирования: 26.11.2026');
    expect(text).toContain('Иванова Мария Петровна');
    expect(text).toContain('07.03.1990');
    expect(text).toContain('+7 (916) 111-22-33');
    expect(text).toContain('m.petrovna@example.ru');
    expect(text).toContain(`заявка ${petrovnaReceipt}, 25.11.2026`);
    expect(text).toContain('внесено сотрудником Оператора, 26.11.2026');
    expect(text).toContain('отозвано 26.11.2026');
    for (const heading of [
      '1. Подтверждение факта',
      '3. Обрабатываемые персональные данные',
      '7. Получатели',
      '10. Оператор',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Роскомнадзор');
    expect(text).toContain('Способы обработки');
    expect(text).toContain('ООО «Натамед»');
    for (const value of [OTHERS.patronymic, OTHERS.phoneShown, OTHERS.email, OTHERS.birthShown, pavlovnaReceipt]) {
      expect(text, value).not.toContain(value);
    }
    expect(text).not.toContain('A-9917');
    const [entry] = auditRows(t, "action = 'subject.access_report'");
    expect(JSON.parse(entry.details)).toMatchObject({ format: 'pdf', medical_included: false });

    const reason = encodeURIComponent('Запрос пациентки о сведениях');
    const withMedical = await op
      .get(`/api/subjects/${petrovna}/access-report.pdf?include_medical=true&reason=${reason}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdfText(withMedical.body as Buffer).replace(/\s+/g, ' ')).toContain(MEDICAL_A);
    expect(auditRows(t, "action = 'subject.medical_viewed'")).toHaveLength(1);
  });
});
