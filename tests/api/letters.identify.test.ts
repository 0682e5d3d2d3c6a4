// What identifying a letter does, in one transaction: withdrawal (block, consents, marketing list, the term), the
// blocks of destruction, stop and correction requests, the correction under its letter and the unblock that ends
// it; and the letters' terms against real days of the 2025–2027 production calendar, worked out by hand in the
// comments (see also deadlines.test.ts), extension, replies, and a calendar change.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import {
  auditRows,
  createSubject,
  jsonParams,
  logIn,
  loginAs,
  publishDocuments,
  useTestApp,
  withFilter,
  type LoggedIn,
  type PublishedDocuments,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let docs: PublishedDocuments;
let subjectId: number;

/** Noon of that day in Moscow; the sessions of another day have expired, so the operator signs in again. */
const onDay = async (day: string) => {
  t.clock.now = Date.parse(`${day}T12:00:00+03:00`);
  if (op) op = await logIn(t, op.login);
};

beforeEach(async () => {
  op = undefined as unknown as LoggedIn;
  await onDay('2026-02-02');
  docs = await publishDocuments(t, '1', '2025-09-01');
  op = await loginAs(t, 'operator');
  subjectId = (await createSubject(op)).id;
  for (const form of [docs.forms.medical_services, docs.forms.marketing]) {
    await op
      .post('/api/consents')
      .send({ subject_id: subjectId, consent_form_id: form, given_at: '2025-11-20', channel: 'paper' })
      .expect(201);
  }
});

const register = async (kind: string, received_on: string, over: Record<string, unknown> = {}) =>
  (
    await op
      .post('/api/letters')
      .send({
        kind,
        received_on,
        sender_name: 'Петрова Мария Игоревна',
        sender_address: '620014, г. Екатеринбург, ул. Малышева, д. 5, кв. 9',
        ...over,
      })
      .expect(201)
  ).body;
const identify = (id: number, over: Record<string, unknown> = {}) =>
  op.post(`/api/letters/${id}/identify`).send({
    subject_id: subjectId,
    method: 'matching_fields',
    fields_matched: ['last_name', 'first_name', 'patronymic'],
    note: 'ФИО и подпись совпадают с договором',
    ...over,
  });
const show = async (id: number) => (await op.get(`/api/letters/${id}`).expect(200)).body;
const subject = () =>
  t.db.prepare('SELECT status, version FROM subjects WHERE id = ?').get(subjectId) as {
    status: string;
    version: number;
  };
const activeConsents = () =>
  t.db
    .prepare("SELECT purpose FROM consents WHERE subject_id = ? AND status = 'active' ORDER BY purpose")
    .pluck()
    .all(subjectId);
const onMarketingList = async () =>
  ((await op.get('/api/marketing-list').expect(200)).body as { subject_id: number }[]).some(
    (r) => r.subject_id === subjectId,
  );
const itemsOf = async (letterId: number) =>
  (
    await op
      .get('/api/deadlines')
      .query(jsonParams({ filter: { letter_id: letterId }, sort: ['id', 'ASC'] }))
      .expect(200)
  ).body as Record<string, any>[];
const correct = (over: Record<string, unknown>) =>
  op
    .put(`/api/subjects/${subjectId}`)
    .send({ ...(t.services.subjects.findForUpdate(subjectId) as object), correction_reason: 'По письму', ...over });

describe('the suggestions', () => {
  it('name a subject with a hyphenated surname from the sender as written', async () => {
    const hyphenated = (
      await createSubject(op, { last_name: 'Воскресенская-Преображенская', first_name: 'Анна', patronymic: null })
    ).id;
    const letter = await register('access', '2026-01-30', { sender_name: 'Воскресенская-Преображенская А. М.' });
    expect((await show(letter.id)).matches).toMatchObject([
      { subject: { id: hyphenated }, matched_fields: ['last_name'] },
    ]);
  });
});

describe('a withdrawal', () => {
  it('blocks the subject, withdraws every consent, leaves the marketing list and gives the 30-day term its subject', async () => {
    const letter = await register('withdrawal', '2026-01-30');
    // Fri 30.01.2026 + 30 days = Sun 01.03.2026 → Mon 02.03.2026 (Civil Code art. 193).
    expect(letter).toMatchObject({ due_on: '2026-03-02', extendable: false });
    expect((await show(letter.id)).matches).toMatchObject([
      { subject: { id: subjectId }, matched_fields: ['last_name', 'first_name', 'patronymic'], score: 30 },
    ]);
    expect(await onMarketingList()).toBe(true);

    const res = await identify(letter.id).expect(200);
    expect(res.body).toMatchObject({
      status: 'identified',
      subject_id: subjectId,
      identification_method: 'matching_fields',
      fields_matched: ['last_name', 'first_name', 'patronymic'],
      purposes: null,
      holds_block: true,
      due_on: '2026-03-02',
      matches: [],
    });
    expect(subject().status).toBe('blocked');
    // The banner's question: which letters hold this subject blocked (an access request on it holds nothing).
    const access = await register('access', '2026-01-30');
    await identify(access.id).expect(200);
    const holding = await op.get(withFilter('/api/letters', { subject_id: subjectId, holds_block: true })).expect(200);
    expect(holding.body.map((l: { id: number }) => l.id)).toEqual([letter.id]);
    expect(activeConsents()).toEqual([]);
    expect(await onMarketingList()).toBe(false);
    expect(await itemsOf(letter.id)).toMatchObject([
      { kind: 'destroy_after_withdrawal', subject_id: subjectId, due_on: '2026-03-02', state: 'open' },
    ]);
    const bases = t.db.prepare('SELECT withdrawal_basis FROM consents WHERE subject_id = ?').pluck().all(subjectId);
    expect(bases).toEqual(Array(2).fill('Письмо ВХ-2026-00001 от 30.01.2026 (отзыв согласия)'));

    // One request, one transaction: every entry of it carries the same request id.
    const [identified] = auditRows(t, "action = 'letter.identified'");
    const entries = auditRows(t, 'request_id = ?', identified.request_id);
    expect(entries.map((e) => e.action)).toEqual([
      'subject.blocked',
      'consent.withdrawn',
      'consent.withdrawn',
      'letter.identified',
    ]);
    expect(JSON.parse(entries[0].details)).toMatchObject({ source: 'letter', source_id: letter.id });
    expect(JSON.parse(identified.details)).toMatchObject({
      reg_number: 'ВХ-2026-00001',
      kind: 'withdrawal',
      method: 'matching_fields',
      blocked: true,
      block_applied: true,
      consents_withdrawn: expect.arrayContaining([expect.any(Number)]),
      deadline_ids: [res.body.deadlines[0].id],
      personal_enc: expect.any(String),
    });
    expect(identified.subject_id).toBe(subjectId);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('naming only the marketing consent withdraws that one and blocks nothing', async () => {
    const letter = await register('withdrawal', '2026-01-30');
    const res = await identify(letter.id, { purposes: ['marketing'] }).expect(200);
    expect(res.body).toMatchObject({ purposes: ['marketing'], holds_block: false });
    expect(subject().status).toBe('active');
    expect(activeConsents()).toEqual(['medical_services']);
    expect(await onMarketingList()).toBe(false);
    expect(await itemsOf(letter.id)).toMatchObject([{ kind: 'destroy_after_withdrawal', subject_id: subjectId }]);
  });

  it('a withdrawal whose 30th day is a Sunday followed by a day off', async () => {
    await onDay('2026-04-13');
    // Fri 10.04.2026 + 30 = Sun 10.05.2026; Mon 11.05 is the day off moved from Sat 9 May → Tue 12.05.2026.
    expect((await register('withdrawal', '2026-04-10')).due_on).toBe('2026-05-12');
  });

  // A failure at the very end (the letter's own entry) and one in the middle (after the block and the withdrawals,
  // when the terms get their subject) leave nothing of the identification behind.
  it.each([
    ["the letter's audit entry", "BEFORE INSERT ON audit_log WHEN NEW.action = 'letter.identified'"],
    ['the deadline items', 'BEFORE UPDATE OF subject_id ON deadline_items'],
  ])('fails as a whole when %s cannot be written', async (_what, when) => {
    const letter = await register('withdrawal', '2026-01-30');
    // Reads are audited too (the checks below make some): count the writes.
    const writes = () => auditRows(t, "action NOT LIKE '%viewed' AND action NOT LIKE 'auth.%'").length;
    const entries = writes();
    t.db.exec(`CREATE TEMP TRIGGER injected ${when} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const res = await identify(letter.id).expect(500);
    expect(res.body).toEqual({ message: 'Internal server error', code: 'internal' });
    t.db.exec('DROP TRIGGER temp.injected');

    expect(subject()).toMatchObject({ status: 'active' });
    expect(activeConsents()).toEqual(['marketing', 'medical_services']);
    expect(await onMarketingList()).toBe(true);
    expect(await itemsOf(letter.id)).toMatchObject([{ kind: 'destroy_after_withdrawal', subject_id: null }]);
    expect(await show(letter.id)).toMatchObject({ status: 'registered', subject_id: null, version: 1, notes: [] });
    expect(writes()).toBe(entries);
    expect((await verifyChain(t.db)).ok).toBe(true);
    // Nothing is stuck: the same identification goes through afterwards.
    await identify(letter.id).expect(200);
    expect(subject().status).toBe('blocked');
  });
});

describe('a correction request', () => {
  it('blocks for the check; corrections are refused until made under the letter; unblocking closes the term', async () => {
    // Received Fri 30.01.2026; 7 working days: Mon 2.02 (1) … Fri 6 (5), Mon 9 (6), Tue 10 (7).
    const letter = await register('correction', '2026-01-30', { summary: 'Просит исправить номер телефона' });
    const access = await register('access', '2026-01-30');
    await identify(access.id).expect(200);
    expect(subject().status).toBe('active');
    const identified = (await identify(letter.id).expect(200)).body;
    expect(identified).toMatchObject({ due_on: '2026-02-10', holds_block: true });
    expect(subject().status).toBe('blocked');

    const plain = await correct({ phone: '+79990001122' }).expect(409);
    expect(plain.body.code).toBe('subject_blocked');
    const wrongLetter = await correct({ phone: '+79990001122', letter_id: access.id }).expect(422);
    expect(wrongLetter.body.code).toBe('correction_letter_invalid');
    const corrected = await correct({ phone: '+79990001122', letter_id: letter.id }).expect(200);
    expect(corrected.body).toMatchObject({ phone: '+79990001122', status: 'blocked' });
    const [entry] = auditRows(t, "action = 'subject.corrected'");
    expect(JSON.parse(entry.details)).toMatchObject({
      fields: ['phone'],
      source: 'letter',
      letter_id: letter.id,
      reg_number: 'ВХ-2026-00001',
    });

    const early = await op
      .post(`/api/letters/${letter.id}/mark-answered`)
      .send({ out_number: 'ИСХ-2026-00007', sent_on: '2026-02-02' })
      .expect(409);
    expect(early.body.code).toBe('correction_pending');

    const unblocked = await op
      .post(`/api/subjects/${subjectId}/unblock`)
      .send({ letter_id: letter.id, reason: 'Номер подтверждён, данные уточнены' })
      .expect(200);
    expect(unblocked.body).toMatchObject({ subject: { id: subjectId, status: 'active' }, still_blocked_by: [] });
    expect(await itemsOf(letter.id)).toMatchObject([
      { kind: 'correct_data', state: 'closed', close_reason: 'fulfilled', closed_on: '2026-02-02' },
    ]);
    const [lifted] = auditRows(t, "action = 'subject.unblocked'");
    expect(JSON.parse(lifted.details)).toMatchObject({ source: 'letter', source_id: letter.id });
    expect(lifted.details).not.toContain('подтверждён');
    expect((await show(letter.id)).notes.map((n: any) => n.step)).toEqual(['identified', 'unblocked']);

    const again = await op
      .post(`/api/subjects/${subjectId}/unblock`)
      .send({ letter_id: letter.id, reason: 'Ещё раз' })
      .expect(409);
    expect(again.body.code).toBe('subject_not_blocked');
    // Active again: corrected as usual, and the letter can be answered.
    await correct({ email: 'new@example.ru' }).expect(200);
    await op
      .post(`/api/letters/${letter.id}/mark-answered`)
      .send({ out_number: 'ИСХ-2026-00007', sent_on: '2026-02-02' })
      .expect(200);
  });

  it('lifting its block keeps the subject blocked while a withdrawal still holds it', async () => {
    const withdrawal = await register('withdrawal', '2026-01-29');
    const correction = await register('correction', '2026-01-30');
    await identify(withdrawal.id).expect(200);
    await identify(correction.id).expect(200);
    const res = await op
      .post(`/api/subjects/${subjectId}/unblock`)
      .send({ letter_id: correction.id, reason: 'Данные проверены' })
      .expect(200);
    expect(res.body).toMatchObject({ subject: { status: 'blocked' }, still_blocked_by: [withdrawal.id] });
    expect(subject().status).toBe('blocked');
    expect(auditRows(t, "action = 'subject.unblocked'")).toHaveLength(0);
    expect((await itemsOf(correction.id))[0]).toMatchObject({ state: 'closed' });
    // Its check is over: the correction letter no longer lets a blocked subject be changed.
    expect((await correct({ phone: '+79990003344', letter_id: correction.id }).expect(409)).body.code).toBe(
      'subject_blocked',
    );
  });

  it('the unblock route takes only an identified correction letter of this subject', async () => {
    const withdrawal = await register('withdrawal', '2026-01-29');
    await identify(withdrawal.id).expect(200);
    const unidentified = await register('correction', '2026-01-30');
    for (const letter_id of [withdrawal.id, unidentified.id, 9999]) {
      const res = await op.post(`/api/subjects/${subjectId}/unblock`).send({ letter_id, reason: 'Снять' }).expect(422);
      expect(res.body.code).toBe('correction_letter_invalid');
    }
    await op.post('/api/subjects/9999/unblock').send({ letter_id: withdrawal.id, reason: 'Снять' }).expect(404);
    expect(subject().status).toBe('blocked');
  });
});

describe('destruction and stop requests', () => {
  it('a destruction request blocks at once: the 3-day stop is met by the block, the 7-day destruction stays', async () => {
    await onDay('2025-10-31');
    // Received Thu 30.10.2025. Stop (art. 21 p.3): Fri 31 (1), Sat 1.11 worked (2), Sun 2, Mon 3 day off, Tue 4
    // holiday, Wed 5 (3). Destroy, the stricter 7 working days (art. 20 p.3): Thu 6 (4), Fri 7 (5), Mon 10 (6),
    // Tue 11.11.2025 (7).
    const letter = await register('destruction', '2025-10-30');
    expect(letter.due_on).toBe('2025-11-05');
    const res = await identify(letter.id, {
      method: 'identity_document',
      fields_matched: undefined,
      document_type: 'passport',
      document_number: '6509 123456',
    }).expect(200);
    expect(subject().status).toBe('blocked');
    expect(res.body).toMatchObject({
      due_on: '2025-11-11',
      identification_document_type: 'passport',
      identification_document_number: '6509 123456',
    });
    expect(res.body.deadlines.map((d: any) => [d.kind, d.due_on, d.state])).toEqual([
      ['stop_unlawful_processing', '2025-11-05', 'closed'],
      ['destroy_unneeded_data', '2025-11-11', 'open'],
    ]);
    // No consent is withdrawn by a destruction request: the destruction workflow decides what goes.
    expect(activeConsents()).toEqual(['marketing', 'medical_services']);
  });

  it('a stop request across the New Year holidays, extended once by 5 working days, closed by the reply', async () => {
    await onDay('2025-12-29');
    // Received Thu 25.12.2025: Fri 26 (1), Mon 29 (2), Tue 30 (3); Wed 31.12 day off; 1–8.01.2026 holidays, Fri
    // 9.01 day off; Mon 12 (4) … Fri 16 (8), Mon 19 (9), Tue 20 (10). Extension: Wed 21 … Tue 27.01.2026.
    const letter = await register('stop_processing', '2025-12-25');
    expect(letter).toMatchObject({ due_on: '2026-01-20', extendable: true });
    await identify(letter.id).expect(200);
    expect(subject().status).toBe('blocked');
    const extended = await op
      .post(`/api/letters/${letter.id}/extend`)
      .send({ reason: 'Проверяем, не обязывает ли закон хранить записи' })
      .expect(200);
    expect(extended.body).toMatchObject({ due_on: '2026-01-20', extended_due_on: '2026-01-27', extendable: false });
    const [entry] = auditRows(t, "action = 'letter.extended'");
    expect(entry.details).not.toContain('закон');
    expect(JSON.parse(entry.details)).toMatchObject({
      extended_due_on: '2026-01-27',
      personal_enc: expect.any(String),
    });
    const twice = await op.post(`/api/letters/${letter.id}/extend`).send({ reason: 'Ещё раз' }).expect(409);
    expect(twice.body.code).toBe('already_extended');

    await onDay('2026-01-23');
    await op
      .post(`/api/letters/${letter.id}/mark-answered`)
      .send({ out_number: 'ИСХ-2026-00003', sent_on: '2026-01-22' })
      .expect(200);
    expect((await itemsOf(letter.id))[0]).toMatchObject({ state: 'closed', closed_on: '2026-01-22' });
    // The block stays: the person asked to stop, and nothing here resumes the processing.
    expect(subject().status).toBe('blocked');
  });

  it('terms that the rule does not extend answer 409 extension_not_allowed', async () => {
    for (const kind of ['withdrawal', 'correction', 'destruction', 'other']) {
      const letter = await register(kind, '2026-01-30');
      const res = await op.post(`/api/letters/${letter.id}/extend`).send({ reason: 'Нужно время' }).expect(409);
      expect(res.body.code, kind).toBe('extension_not_allowed');
    }
    expect(auditRows(t, "action IN ('letter.extended', 'deadline.extended')")).toHaveLength(0);
  });
});

describe('an access request', () => {
  it('before the May holidays: blocks nothing, extends before identification, goes overdue, closes by the reply', async () => {
    await onDay('2026-05-06');
    // Received Thu 30.04.2026; May 2026: Fri 1 holiday, Sat 2, Sun 3; Mon 4 (1) … Fri 8 (5); Sat 9 holiday, Sun 10,
    // Mon 11 day off; Tue 12 (6) … Fri 15 (9), Mon 18 (10). Plain weekdays would give Thu 14.05.
    const letter = await register('access', '2026-04-30');
    expect(letter.due_on).toBe('2026-05-18');
    // Identity not clear yet: more details asked, and the term extended with a notice. Mon 18 + 5 working days:
    // Tue 19 … Mon 25.05.2026.
    await op.post(`/api/letters/${letter.id}/request-details`).send({ note: 'Просим копию паспорта' }).expect(200);
    const extended = await op
      .post(`/api/letters/${letter.id}/extend`)
      .send({ reason: 'Ожидаем копию паспорта от Петровой' })
      .expect(200);
    expect(extended.body).toMatchObject({ status: 'awaiting_details', extended_due_on: '2026-05-25' });
    // Not identified: no key of a subject to seal the reason for the log, so the log has none of it; the letter
    // keeps it under its own key.
    for (const e of auditRows(t, "action IN ('letter.extended', 'deadline.extended')")) {
      expect(e.subject_id).toBeNull();
      expect(e.details).not.toContain('Петровой');
      expect(JSON.parse(e.details)).not.toHaveProperty('personal_enc');
    }
    expect(extended.body.notes.map((n: any) => n.note)).toEqual([
      'Просим копию паспорта',
      'Ожидаем копию паспорта от Петровой',
    ]);

    await identify(extended.body.id, {
      method: 'identity_document',
      fields_matched: undefined,
      document_type: 'passport',
      document_number: '4510 000111',
    }).expect(200);
    expect(subject().status).toBe('active');
    expect(await onMarketingList()).toBe(true);

    await onDay('2026-05-26');
    const overdue = (await op.get(withFilter('/api/letters', { overdue: true })).expect(200)).body;
    expect(overdue).toMatchObject([{ id: letter.id, deadline_state: 'overdue', overdue: true }]);
    await op
      .post(`/api/letters/${letter.id}/mark-answered`)
      .send({ out_number: 'ИСХ-2026-00012', sent_on: '2026-05-26' })
      .expect(200);
    expect((await itemsOf(letter.id))[0]).toMatchObject({ state: 'closed_late', closed_on: '2026-05-26' });
    expect((await op.get(withFilter('/api/letters', { overdue: true })).expect(200)).body).toEqual([]);
    await op.post(`/api/letters/${letter.id}/close`).send({}).expect(200);
  });

  it('a calendar change moves the letter’s due date with its term', async () => {
    await onDay('2026-05-06');
    const letter = await register('access', '2026-04-30');
    const admin = await loginAs(t, 'admin');
    // Thu 14.05.2026 made a holiday: … Wed 13 (7), Fri 15 (8), Mon 18 (9), Tue 19 (10).
    await admin.post('/api/calendar').send({ date: '2026-05-14', kind: 'holiday', note: 'Проверка' }).expect(201);
    expect((await show(letter.id)).due_on).toBe('2026-05-19');
    expect(auditRows(t, "action = 'deadline.recomputed'")).toHaveLength(1);
  });
});
