// Destruction of rejected website submissions that never became a subject (issue 12 §4): an operator proposes a
// batch, a compliance officer who is not the proposer approves (every payload of the batch erased, one act for all of
// it, in one transaction) or rejects with a comment. Real SQLite file, real HTTP app, the act's PDF parsed back, and
// the forensic search of the files for the submitters' values afterwards.
import fs from 'node:fs';
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { binary, pdfText } from '../helpers/pdf.js';
import {
  PASSWORD,
  auditRows,
  jsonParams,
  logIn,
  loginAs,
  publishDocuments,
  useTestApp,
  websiteSubmission,
  type LoggedIn,
  type PublishedDocuments,
} from '../helpers/testApp.js';

const t = useTestApp({ publicRateLimit: 1000 });
let docs: PublishedDocuments;
let op: LoggedIn;
let op2: LoggedIn;
let compliance: LoggedIn;

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);

beforeEach(async () => {
  t.clock.now = at('2026-03-02T12:00:00');
  docs = await publishDocuments(t, '1', '2025-09-01');
  const staff = async (login: string, role: 'operator' | 'compliance', full_name: string, position: string) => {
    await t.services.staff.create(systemContext(), { login, role, password: PASSWORD, full_name, position });
    return logIn(t, login);
  };
  op = await staff('petrova', 'operator', 'Петрова Анна Игоревна', 'Администратор');
  op2 = await staff('sidorov', 'operator', 'Сидоров Олег Петрович', 'Администратор');
  compliance = await staff('orlova', 'compliance', 'Орлова Наталья Сергеевна', 'Ответственный за обработку ПДн');
  const current = t.services.settings.current();
  await t.services.settings.update(systemContext(), {
    ...current,
    responsible_name: 'Орлова Наталья Сергеевна',
    responsible_position: 'Ответственный за обработку ПДн',
    signer_name: 'Васильев Игорь Николаевич',
    signer_position: 'Главный врач',
  });
});

let counter = 0;
/** A website submission, rejected in review unless `reject` is false: answers its id. */
async function submission(
  { rejectReason = 'Реклама', ...over }: Record<string, unknown> = {},
  reject = true,
  headers: Record<string, string> = {},
) {
  counter += 1;
  const body = websiteSubmission(docs, {
    service: 'callback',
    lastName: `Отказова${counter}`,
    phone: `+7 (916) 200-00-${String(counter % 100).padStart(2, '0')}`,
    email: `rejected${counter}@example.ru`,
    ...over,
  });
  let req = request(t.app).post('/api/public/submissions');
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  await req.send(body).expect(201);
  const id = t.db.prepare('SELECT max(id) FROM submissions').pluck().get() as number;
  if (reject) {
    await op.post(`/api/submissions/${id}/reject`).send({ category: 'spam', reason: rejectReason }).expect(200);
  }
  return id;
}

const proposal = (submission_ids: unknown, over: Record<string, unknown> = {}) => ({
  submission_ids,
  reason: 'purpose_achieved',
  reason_text: 'Обращения отклонены, цель обработки достигнута',
  ...over,
});
const propose = async (ids: number[], who: LoggedIn = op) =>
  (await who.post('/api/submission-destructions').send(proposal(ids)).expect(201)).body;
const row = (id: number) => t.db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as Record<string, any>;
const getPdf = (url: string) => compliance.get(url).buffer(true).parse(binary);

describe('proposing a batch', () => {
  it('takes rejected submissions only, shows the batch with its words to the reader, audits ids and counts only', async () => {
    const a = await submission();
    const b = await submission();
    const batch = await propose([a, b]);
    expect(batch).toMatchObject({
      status: 'proposed',
      reason: 'purpose_achieved',
      reason_text: 'Обращения отклонены, цель обработки достигнута',
      submissions_count: 2,
      proposed_by_login: 'petrova',
      act_id: null,
    });
    expect(batch.submissions.map((s: any) => [s.submission_id, s.payload_held, s.reject_category])).toEqual([
      [a, true, 'spam'],
      [b, true, 'spam'],
    ]);
    // The list carries no words; the card is an audited read.
    const list = (await compliance.get('/api/submission-destructions').expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ id: batch.id, reason_text: null, submissions_count: 2 })]);
    const card = (await compliance.get(`/api/submission-destructions/${batch.id}`).expect(200)).body;
    expect(card.reason_text).toBe('Обращения отклонены, цель обработки достигнута');
    const [proposed] = auditRows(t, "action = 'submission_destruction.proposed'");
    expect(JSON.parse(proposed.details)).toEqual({
      reason: 'purpose_achieved',
      submissions_count: 2,
      submission_ids: [a, b],
    });
    expect(proposed.details + proposed.personal_enc).not.toMatch(/Обращения отклонены|Отказова/);
    expect(auditRows(t, "action = 'submission_destruction.viewed'")).toHaveLength(1);

    // The candidates list names the open batch of each rejection in it.
    t.clock.now = at('2026-04-15T12:00:00');
    op = await logIn(t, 'petrova');
    const candidates = (
      await op
        .get('/api/destruction-candidates')
        .query(jsonParams({ filter: { kind: 'rejected_submission' } }))
        .expect(200)
    ).body;
    expect(candidates.map((c: any) => [c.submission_id, c.open_submission_destruction_id])).toEqual([
      [a, batch.id],
      [b, batch.id],
    ]);
  });

  it('refuses, naming them, submissions that are new, became a subject, or are in another batch; nothing is written', async () => {
    const rejected = await submission();
    const fresh = await submission({}, false);
    const becameSubject = await submission({}, false);
    await op.post(`/api/submissions/${becameSubject}/create-subject`).send({}).expect(201);
    await propose([rejected]);
    const res = await op
      .post('/api/submission-destructions')
      .send(proposal([rejected, fresh, becameSubject, 999_999]))
      .expect(409);
    expect(res.body).toMatchObject({
      code: 'submission_not_destroyable',
      submission_ids: [rejected, fresh, becameSubject, 999_999],
    });
    expect(t.db.prepare('SELECT count(*) FROM submission_destructions').pluck().get()).toBe(1);
    expect(t.db.prepare('SELECT count(*) FROM submission_destruction_items').pluck().get()).toBe(1);
  });

  it('validates the body, naming the field', async () => {
    const a = await submission();
    const cases: [unknown, string][] = [
      [proposal([]), 'submission_ids'],
      [proposal([a, a]), 'submission_ids'],
      [proposal([a], { reason: 'withdrawal' }), 'reason'],
      [proposal([a], { reason_text: ' ' }), 'reason_text'],
      [{ ...proposal([a]), plan: [] }, 'plan'],
      [proposal(Array.from({ length: 501 }, (_, i) => i + 1)), 'submission_ids'],
    ];
    for (const [body, field] of cases) {
      const res = await op
        .post('/api/submission-destructions')
        .send(body as object)
        .expect(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    }
    expect(t.db.prepare('SELECT count(*) FROM submission_destructions').pluck().get()).toBe(0);
  });

  it('is for operators to propose and compliance to decide; nobody edits or deletes a batch', async () => {
    const a = await submission();
    await compliance
      .post('/api/submission-destructions')
      .send(proposal([a]))
      .expect(403);
    const admin = await loginAs(t, 'admin');
    await admin.get('/api/submission-destructions').expect(403);
    const batch = await propose([a]);
    await op2.post(`/api/submission-destructions/${batch.id}/approve`).send({}).expect(403);
    await op.put(`/api/submission-destructions/${batch.id}`).send({}).expect(405);
    await op.delete(`/api/submission-destructions/${batch.id}`).expect(405);
    expect(row(a).wrapped_key.length).toBeGreaterThan(0);
  });
});

describe('deciding a batch', () => {
  it('rejection needs a comment, changes no submission, and frees them for another batch', async () => {
    const a = await submission();
    const batch = await propose([a]);
    const bad = await compliance.post(`/api/submission-destructions/${batch.id}/reject`).send({}).expect(400);
    expect(Object.keys(bad.body.errors)).toEqual(['comment']);
    const before = row(a);
    const rejected = (
      await compliance
        .post(`/api/submission-destructions/${batch.id}/reject`)
        .send({ comment: 'Проверим ещё раз' })
        .expect(200)
    ).body;
    expect(rejected).toMatchObject({ status: 'rejected', comment: 'Проверим ещё раз', act_id: null });
    expect(row(a)).toEqual(before);
    await compliance.post(`/api/submission-destructions/${batch.id}/approve`).send({}).expect(409);
    const second = await propose([a], op2);
    expect(second.status).toBe('proposed');
    // Once the people are destroyed, the rejected batch's words about them can no longer be read either.
    await compliance.post(`/api/submission-destructions/${second.id}/approve`).send({}).expect(200);
    const earlier = (await compliance.get(`/api/submission-destructions/${batch.id}`).expect(200)).body;
    expect(earlier).toMatchObject({ status: 'rejected', reason_text: null, comment: null });
    expect(
      t.db.prepare("SELECT count(*) FROM owner_keys WHERE owner_type = 'submission_destruction'").pluck().get(),
    ).toBe(0);
  });

  it('the proposer never decides their own batch (the database refuses it too)', async () => {
    const a = await submission();
    const batch = await propose([a]);
    const res = await t.services.submissionDestructions
      .approve(
        { ...systemContext(), actor: { ...systemContext().actor, id: batch.proposed_by, login: 'petrova' } },
        batch.id,
        '',
      )
      .catch((e: { code?: string }) => e);
    expect(res).toMatchObject({ code: 'own_proposal' });
    expect(() =>
      t.db
        .prepare(
          "UPDATE submission_destructions SET status = 'rejected', decided_by = proposed_by, decided_by_login = 'x', decided_at = 'now', comment_enc = X'00' WHERE id = ?",
        )
        .run(batch.id),
    ).toThrow(/CHECK/);
  });

  it('approval erases every payload, writes one act naming each submitter, and deletes the batch key', async () => {
    const a = await submission({ lastName: 'Пустовойтова', firstName: 'Ия', email: 'iya@example.ru' });
    const b = await submission({ lastName: 'Ярошенко', phone: '+7 (903) 111-22-33' });
    const other = await submission();
    const batch = await propose([a, b]);
    const res = await compliance
      .post(`/api/submission-destructions/${batch.id}/approve`)
      .send({ comment: 'Согласовано' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'executed',
      reason_text: null,
      comment: null,
      act_number: 'АКТ-2026-0001',
    });
    expect(res.body.submissions.map((s: any) => s.payload_held)).toEqual([false, false]);
    for (const id of [a, b]) {
      expect(row(id)).toMatchObject({
        last_name: '—',
        first_name: '—',
        phone: '—',
        email: null,
        message_enc: null,
        ip: null,
        user_agent: null,
        reject_reason: null,
        status: 'rejected',
      });
      expect(row(id).wrapped_key.length).toBe(0);
    }
    expect(row(other).last_name).toMatch(/^Отказова/);
    expect(
      t.db
        .prepare("SELECT count(*) FROM owner_keys WHERE owner_type = 'submission_destruction' AND owner_id = ?")
        .pluck()
        .get(batch.id),
    ).toBe(0);
    expect(auditRows(t, "action = 'submission.destroyed'").map((e) => Number(e.entity_id))).toEqual([a, b]);
    expect(verifyChain(t.db)).toMatchObject({ ok: true });

    // The register: kind, count, no person; the act's content names both; its PDFs carry them.
    const register = (await compliance.get('/api/destruction-acts').expect(200)).body;
    expect(register).toEqual([
      expect.objectContaining({
        number: 'АКТ-2026-0001',
        kind: 'submissions',
        subject_id: null,
        destruction_id: null,
        submission_destruction_id: batch.id,
        submissions_count: 2,
        reason: 'purpose_achieved',
      }),
    ]);
    expect(JSON.stringify(register)).not.toMatch(/Пустовойтова|Ярошенко/);
    const byKind = async (kind: string) =>
      (
        await compliance
          .get('/api/destruction-acts')
          .query(jsonParams({ filter: { kind } }))
          .expect(200)
      ).body.length;
    expect([await byKind('submissions'), await byKind('subject')]).toEqual([1, 0]);
    const act = (await compliance.get(`/api/destruction-acts/${res.body.act_id}`).expect(200)).body;
    expect(act.content).toMatchObject({
      kind: 'submissions',
      subject: null,
      reason_text: 'Обращения отклонены, цель обработки достигнута',
      comment: 'Согласовано',
      proposer: { full_name: 'Петрова Анна Игоревна' },
      approver: { full_name: 'Орлова Наталья Сергеевна' },
      destroyed: [{ category: 'submissions', action: 'destroy' }],
      retained: [],
    });
    expect(act.content.submissions.map((s: any) => [s.id, s.last_name, s.email])).toEqual([
      [a, 'Пустовойтова', 'iya@example.ru'],
      [b, 'Ярошенко', `rejected${counter - 1}@example.ru`],
    ]);
    expect(act.content.log.map((l: any) => l.action)).toEqual([
      'submission_destruction.proposed',
      'submission_destruction.approved',
      'submission.destroyed',
      'submission.destroyed',
      'destruction_act.created',
    ]);
    const text = pdfText((await getPdf(`/api/destruction-acts/${res.body.act_id}/pdf`).expect(200)).body);
    expect(text).toContain('Акт об уничтожении персональных данных № АКТ-2026-0001');
    expect(text).toContain('Пустовойтова Ия');
    expect(text).toContain('+7 (903) 111-22-33');
    expect(text).toContain('Обращения с Сайта');
    expect(text).toContain('Петрова Анна Игоревна');
    const extract = pdfText((await getPdf(`/api/destruction-acts/${res.body.act_id}/extract.pdf`).expect(200)).body);
    expect(extract).toContain('Ярошенко');
    expect(extract).toContain('Выгрузка из журнала');
    expect(extract.match(/Данные\s+обращения\s+уничтожены/g)).toHaveLength(2);

    // Gone from the candidates, and not proposable again.
    t.clock.now = at('2026-04-15T12:00:00');
    op = await logIn(t, 'petrova');
    const left = (await op.get('/api/destruction-candidates').expect(200)).body.map((c: any) => c.submission_id);
    expect(left).toEqual([other]);
    const again = await op
      .post('/api/submission-destructions')
      .send(proposal([a]))
      .expect(409);
    expect(again.body.submission_ids).toEqual([a]);
  });

  it('is atomic: a failure at the last step leaves every submission, the batch and its key as they were', async () => {
    const a = await submission();
    const batch = await propose([a]);
    const before = row(a);
    t.db.exec(`CREATE TRIGGER fail_act BEFORE UPDATE OF content_enc ON destruction_acts
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    await compliance.post(`/api/submission-destructions/${batch.id}/approve`).send({}).expect(500);
    t.db.exec('DROP TRIGGER fail_act');
    expect(row(a)).toEqual(before);
    expect(t.db.prepare('SELECT count(*) FROM destruction_acts').pluck().get()).toBe(0);
    expect(auditRows(t, "action = 'submission.destroyed'")).toHaveLength(0);
    const card = (await compliance.get(`/api/submission-destructions/${batch.id}`).expect(200)).body;
    expect(card).toMatchObject({ status: 'proposed', reason_text: 'Обращения отклонены, цель обработки достигнута' });
    // And it can still be approved.
    await compliance.post(`/api/submission-destructions/${batch.id}/approve`).send({}).expect(200);
  });

  it('a batch act expires with the others after 3 years: content and key go, the register stays', async () => {
    const a = await submission();
    const batch = await propose([a]);
    const { act_id } = (await compliance.post(`/api/submission-destructions/${batch.id}/approve`).send({})).body;
    t.clock.now = at('2029-03-03T09:00:00');
    const result = await t.services.retention.run(systemContext());
    expect(result.expired_acts).toEqual([{ id: act_id, number: 'АКТ-2026-0001' }]);
    const act = t.db.prepare('SELECT * FROM destruction_acts WHERE id = ?').get(act_id) as Record<string, any>;
    expect(act).toMatchObject({ status: 'expired', content_enc: null, kind: 'submissions', submissions_count: 1 });
  });
});

it('leaves no byte of a destroyed batch in the database file, its WAL or its shm', async () => {
  const M = {
    surname: 'Отклонёнкинамаркер',
    firstName: 'Спамелия',
    patronymic: 'Рекламовна',
    phone: '+79994440177',
    email: 'spam.marker@example.org',
    message: 'Сообщениеспаммаркер',
    ip: '198.51.100.211',
    userAgent: 'SpamBotMarker/7.7',
    rejectReason: 'Причинаотказамаркер',
    batchReason: 'Причинапартиимаркер',
  };
  const local = markerForms(M);
  const id = await submission(
    {
      lastName: M.surname,
      firstName: M.firstName,
      patronymic: M.patronymic,
      phone: M.phone,
      email: M.email,
      message: M.message,
      rejectReason: M.rejectReason,
    },
    true,
    { 'X-Forwarded-For': M.ip, 'User-Agent': M.userAgent },
  );
  expect(row(id)).toMatchObject({ user_agent: M.userAgent, ip: M.ip, reject_reason: M.rejectReason });
  const batch = (
    await op
      .post('/api/submission-destructions')
      .send(proposal([id], { reason: 'not_needed', reason_text: M.batchReason }))
      .expect(201)
  ).body;
  await compliance
    .post(`/api/submission-destructions/${batch.id}/approve`)
    .send({ comment: 'Согласовано' })
    .expect(200);

  const files = [t.dbPath, `${t.dbPath}-wal`, `${t.dbPath}-shm`].filter((f) => fs.existsSync(f));
  expect(fs.statSync(`${t.dbPath}-wal`).size).toBe(0);
  const found: string[] = [];
  for (const value of local) {
    for (const f of files) if (fs.readFileSync(f).includes(Buffer.from(value, 'utf8'))) found.push(`${value} in ${f}`);
  }
  expect(found).toEqual([]);
});

/** Each marker as written and in lower case (no search index folds a submission's values). */
function markerForms(markers: Record<string, string>): string[] {
  return [...new Set(Object.values(markers).flatMap((v) => [v, v.toLowerCase()]))];
}
