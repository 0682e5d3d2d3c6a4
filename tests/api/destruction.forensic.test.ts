// The forensic test of destruction: a subject whose every personal value is a marker goes through the website, a few
// corrections, a withdrawal letter with an attachment and a sent reply, then is destroyed. Afterwards no marker may be
// found in any byte of the database file, its WAL or its shared-memory file, in UTF-8 as written or in the folded
// forms the search columns use — with the app's own connection settings (secure_delete, WAL, the checkpoint after).
import fs from 'node:fs';
import request from 'supertest';
import { expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { DESTRUCTION_CATEGORIES } from '../../server/contract/index.js';
import { normalizeName } from '../../server/shared/text.js';
import { makePdf } from '../helpers/files.js';
import { loginAs, publishDocuments, useTestApp, websiteSubmission, withFilter } from '../helpers/testApp.js';

const t = useTestApp({ publicOrigins: ['https://natamed.example'] });

const M = {
  oldSurname: 'Прежняяфамилияыкс',
  surname: 'Зюзябликова',
  firstName: 'Ёлкинаида',
  patronymic: 'Квазимодовна',
  oldPhone: '+79995550101',
  phone: '+79995550177',
  email: 'zyuzyablik.marker@example.org',
  medical: 'Медмаркерглюкоза',
  correction: 'Причинамаркерправки',
  message: 'Сообщениемаркер',
  ip: '203.0.113.177',
  userAgent: 'UserAgentMarker/9.9',
  sender: 'Отправительмаркер',
  address: 'Адресмаркерный переулок',
  summary: 'Суммамаркерная',
  mailNumber: 'RM7788MARKER',
  note: 'Заметкамаркер',
  attachment: 'ATTACHMENTMARKER42',
  reply: 'Ответмаркерный',
  tracking: 'TRACK55MARKER',
  reason: 'Причинамаркеруничтожения',
  comment: 'Комментариймаркерутверждения',
  disclosed: 'Выданомаркерсуду',
  disclosureFile: 'DISCLOSUREFILEMARKER7',
};

/** Every form a marker may take in storage: as written, lower case, and as the name search folds it. */
const forms = (value: string) => [...new Set([value, value.toLowerCase(), normalizeName(value)])];

it('leaves no byte of a destroyed subject in the database file, its WAL or its shm', async () => {
  t.clock.now = Date.parse('2026-02-02T12:00:00+03:00');
  const docs = await publishDocuments(t, '1', '2025-09-01');
  const op = await loginAs(t, 'operator');
  const compliance = await loginAs(t, 'compliance');

  await request(t.app)
    .post('/api/public/submissions')
    .set('X-Forwarded-For', M.ip)
    .set('User-Agent', M.userAgent)
    .send(
      websiteSubmission(docs, {
        lastName: M.oldSurname,
        firstName: M.firstName,
        patronymic: M.patronymic,
        phone: M.oldPhone,
        email: M.email,
        message: M.message,
      }),
    )
    .expect(201);
  const [submission] = (await op.get(withFilter('/api/submissions', { status: 'new' })).expect(200)).body;
  const created = await op.post(`/api/submissions/${submission.id}/create-subject`).send({}).expect(201);
  const subjectId: number = created.body.subject.id;
  expect((await op.get(`/api/consents?filter={"subject_id":${subjectId}}`)).body[0].ip).toBe(M.ip);

  const correct = async (change: Record<string, unknown>) => {
    const current = (await op.get(`/api/subjects/${subjectId}`).expect(200)).body;
    await op
      .put(`/api/subjects/${subjectId}`)
      .send({ ...current, ...change, correction_reason: M.correction })
      .expect(200);
  };
  await correct({ last_name: M.surname });
  await correct({ phone: M.phone, medical_info: M.medical });
  await correct({ medical_info: `${M.medical} уточнено` });

  const letter = (
    await op
      .post('/api/letters')
      .send({
        kind: 'withdrawal',
        received_on: '2026-02-02',
        sender_name: `${M.surname} ${M.firstName} ${M.sender}`,
        sender_address: M.address,
        registered_mail_number: M.mailNumber,
        summary: M.summary,
      })
      .expect(201)
  ).body;
  await op
    .post(`/api/letters/${letter.id}/attachments`)
    .attach('file', makePdf(M.attachment), { filename: `${M.surname}.pdf`, contentType: 'application/pdf' })
    .expect(201);
  await op
    .post(`/api/letters/${letter.id}/identify`)
    .send({ subject_id: subjectId, method: 'matching_fields', fields_matched: ['last_name'], note: M.note })
    .expect(200);
  const draft = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'withdrawal_done' }).expect(201))
    .body;
  const edited = (
    await op
      .put(`/api/replies/${draft.id}`)
      .send({ ...draft, text: `${draft.text}\n\n${M.reply}` })
      .expect(200)
  ).body;
  await op
    .post(`/api/replies/${draft.id}/send`)
    .send({ sent_on: '2026-02-02', channel: 'post', tracking: M.tracking, version: edited.version })
    .expect(200);

  // A court's request about this patient alone: what was given, and the copy attached, are sealed under its key.
  const courtRequest = (
    await op
      .post('/api/disclosures')
      .send({
        body_type: 'court',
        body_name: 'Хамовнический районный суд г. Москвы',
        official: 'Судья Кузнецова А. В.',
        document_number: '2-77/2026',
        document_date: '2026-02-01',
        legal_basis: 'п. 3 ч. 4 ст. 13 Федерального закона № 323-ФЗ',
        received_on: '2026-02-02',
        subject_ids: [subjectId],
        categories_requested: ['identity'],
      })
      .expect(201)
  ).body;
  await op
    .post(`/api/disclosures/${courtRequest.id}/attachments`)
    .attach('file', makePdf(M.disclosureFile), { filename: 'ответ.pdf', contentType: 'application/pdf' })
    .expect(201);
  await compliance
    .post(`/api/disclosures/${courtRequest.id}/approve`)
    .send({ categories: ['identity'] })
    .expect(200);
  await op
    .post(`/api/disclosures/${courtRequest.id}/disclose`)
    .send({ disclosed_on: '2026-02-02', channel: 'courier', reference: 'ИСХ-77', disclosed_content: M.disclosed })
    .expect(200);

  // The search finds the markers while they are there (the surname in clear in the subject's row).
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  expect(fs.readFileSync(t.dbPath).includes(Buffer.from(normalizeName(M.surname), 'utf8'))).toBe(true);

  const proposal = await op
    .post('/api/destructions')
    .send({
      subject_id: subjectId,
      letter_id: letter.id,
      reason: 'withdrawal',
      reason_text: M.reason,
      plan: DESTRUCTION_CATEGORIES.map((category) => ({ category, action: 'destroy' })),
    })
    .expect(201);
  await compliance.post(`/api/destructions/${proposal.body.id}/approve`).send({ comment: M.comment }).expect(200);
  expect(verifyChain(t.db)).toMatchObject({ ok: true });
  const left = (sql: string, ...params: unknown[]) =>
    t.db
      .prepare(sql)
      .pluck()
      .get(...params);
  expect(left('SELECT count(*) FROM subject_keys WHERE subject_id = ?', subjectId)).toBe(0);
  expect(left("SELECT count(*) FROM owner_keys WHERE owner_type = 'letter' AND owner_id = ?", letter.id)).toBe(0);
  expect(left('SELECT count(*) FROM letter_search_tokens WHERE letter_id = ?', letter.id)).toBe(0);
  expect(left('SELECT count(*) FROM letter_notes WHERE letter_id = ?', letter.id)).toBe(0);
  expect(left('SELECT count(*) FROM attachments')).toBe(0);
  // What was only ever stored sealed is gone with its key: the subject's, the letter's, the request's; the
  // submission's own key (wrapped in its row) is erased with its message.
  expect(
    left("SELECT count(*) FROM owner_keys WHERE owner_type = 'disclosure' AND owner_id = ?", courtRequest.id),
  ).toBe(0);
  expect(
    left(
      "SELECT count(*) FROM submissions WHERE subject_id = ? AND (wrapped_key <> X'' OR message_enc IS NOT NULL)",
      subjectId,
    ),
  ).toBe(0);
  expect(left('SELECT count(*) FROM subject_keys')).toBe(0);

  const files = [t.dbPath, `${t.dbPath}-wal`, `${t.dbPath}-shm`].filter((f) => fs.existsSync(f));
  const bytes = files.map((f) => ({ f, data: fs.readFileSync(f) }));
  expect(bytes[0].data.length).toBeGreaterThan(0);
  // The checkpoint after the destruction emptied the WAL of the frames that held the old pages.
  expect(fs.statSync(`${t.dbPath}-wal`).size).toBe(0);
  const found: string[] = [];
  for (const value of Object.values(M)) {
    for (const form of forms(value)) {
      for (const { f, data } of bytes) if (data.includes(Buffer.from(form, 'utf8'))) found.push(`${form} in ${f}`);
    }
  }
  expect(found).toEqual([]);
});
