// Replies: drafted from a template for a kind that fits the letter, edited while a draft, sent in one transaction
// (numbered ИСХ-<year>-<5 digits> without gaps also under 100 concurrent sends, frozen, the letter answered and its
// term closed — late when it is — or the term extended once), sealed under the subject's or the letter's key.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import type { RequestContext } from '../../server/shared/requestContext.js';
import {
  auditRows,
  createSubject,
  logIn,
  loginAs,
  publishDocuments,
  useTestApp,
  withFilter,
  type LoggedIn,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let subjectId: number;

/** Noon of that day in Moscow; the sessions of another day have expired, so the operator signs in again. */
const onDay = async (day: string) => {
  t.clock.now = Date.parse(`${day}T12:00:00+03:00`);
  if (op) op = await logIn(t, op.login);
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

const register = async (kind: string, received_on = '2026-02-02') =>
  (
    await op
      .post('/api/letters')
      .send({
        kind,
        received_on,
        sender_name: 'Петрова Мария Игоревна',
        sender_address: '620014, г. Екатеринбург, ул. Малышева, д. 5, кв. 9',
      })
      .expect(201)
  ).body;
const identify = (id: number) =>
  op
    .post(`/api/letters/${id}/identify`)
    .send({
      subject_id: subjectId,
      method: 'matching_fields',
      fields_matched: ['last_name', 'first_name', 'patronymic'],
      note: 'ФИО и подпись совпадают с договором',
    })
    .expect(200);
const letterOf = async (id: number) => (await op.get(`/api/letters/${id}`).expect(200)).body;
const draft = (letter_id: number, kind: string, over: Record<string, unknown> = {}) =>
  op.post('/api/replies').send({ letter_id, kind, ...over });
const send = (id: number, over: Record<string, unknown> = {}) =>
  op
    .post(`/api/replies/${id}/send`)
    .send({ sent_on: '2026-02-02', channel: 'post', tracking: '62001492123456', ...over });

describe('a withdrawal answered', () => {
  it('drafts from the template, edits, sends: numbered, frozen, letter answered, the destruction term left open', async () => {
    const letter = await register('withdrawal');
    await identify(letter.id);
    await onDay('2026-02-04');

    const drafted = await draft(letter.id, 'withdrawal_done').expect(201);
    const reply = drafted.body;
    expect(reply).toMatchObject({ status: 'draft', out_number: null, subject_id: subjectId, kind: 'withdrawal_done' });
    expect(reply.text).toContain('Уважаемая Мария Игоревна!');
    expect(reply.text).toContain(`вх. № ${letter.reg_number} от 02.02.2026`);
    // 30 calendar days from 02.02.2026: 04.03.2026, a Wednesday.
    expect(reply.text).toContain('не позднее **04.03.2026**');
    expect(reply.text).toContain('п. 4 ч. 2 ст. 10');
    expect(reply.text).toContain('323-ФЗ');
    expect(reply.text).toContain('info@medistars.ru');

    // The text is sealed: neither the words nor the name are in the row.
    const stored = t.db.prepare('SELECT text_enc, text_sha256 FROM replies WHERE id = ?').get(reply.id) as {
      text_enc: Buffer;
      text_sha256: string;
    };
    expect(stored.text_enc.toString('utf8')).not.toContain('Мария');
    expect(stored.text_sha256).toBe(reply.text_sha256);

    const edited = await op
      .put(`/api/replies/${reply.id}`)
      .send({ ...reply, text: `${reply.text}\n\nДополнительно сообщаем, что рассылки прекращены.` })
      .expect(200);
    expect(edited.body.version).toBe(2);
    expect(edited.body.text).toContain('рассылки прекращены');
    await op.put(`/api/replies/${reply.id}`).send({ text: 'устарело', version: 1 }).expect(409);

    const sent = await send(reply.id, { sent_on: '2026-02-04', version: 2 }).expect(200);
    expect(sent.body).toMatchObject({
      status: 'sent',
      out_number: 'ИСХ-2026-00001',
      sent_on: '2026-02-04',
      channel: 'post',
      tracking: '62001492123456',
      text_sha256: edited.body.text_sha256,
    });

    const sealed = t.db.prepare('SELECT tracking_enc FROM replies WHERE id = ?').pluck().get(reply.id) as Buffer;
    expect(sealed.toString('latin1')).not.toContain('62001492123456');

    const answered = await letterOf(letter.id);
    expect(answered).toMatchObject({
      status: 'answered',
      answered_out_number: 'ИСХ-2026-00001',
      answered_on: '2026-02-04',
    });
    // The destruction itself is a later workflow's: its term keeps running.
    const destroy = answered.deadlines.find((d: { kind: string }) => d.kind === 'destroy_after_withdrawal');
    expect(destroy.closed_on).toBeNull();

    // Immutable: no edit, no second send, not even by SQL; never deleted.
    const refused = await op.put(`/api/replies/${reply.id}`).send({ text: 'другое', version: 3 }).expect(409);
    expect(refused.body.code).toBe('reply_sent');
    expect((await send(reply.id).expect(409)).body.code).toBe('reply_sent');
    expect(() => t.db.prepare('UPDATE replies SET text_sha256 = ? WHERE id = ?').run('0'.repeat(64), reply.id)).toThrow(
      /never changed/,
    );
    expect(() => t.db.prepare('DELETE FROM replies WHERE id = ?').run(reply.id)).toThrow(/never deleted/);
    await op.delete(`/api/replies/${reply.id}`).expect(405);

    const actions = auditRows(t, "entity_type = 'reply'").map((r) => r.action);
    expect(actions).toEqual(['reply.drafted', 'reply.edited', 'reply.sent']);
    const sentEntry = auditRows(t, "action = 'reply.sent'")[0];
    expect(sentEntry.details).not.toContain('6200149');
    expect(auditRows(t, "action = 'letter.answered'")).toHaveLength(1);
    expect(verifyChain(t.db).ok).toBe(true);

    // Opening it is an audited read.
    await op.get(`/api/replies/${reply.id}`).expect(200);
    expect(auditRows(t, "action = 'reply.viewed'")).toHaveLength(1);
  });

  it('refuses kinds that do not fit the letter, and a sent day outside the letter’s time', async () => {
    const letter = await register('withdrawal');
    const unidentified = await draft(letter.id, 'withdrawal_done').expect(409);
    expect(unidentified.body.code).toBe('letter_not_identified');
    await identify(letter.id);
    const wrong = await draft(letter.id, 'access_report').expect(400);
    expect(wrong.body.codes.kind).toBe('reply_kind_not_allowed');
    expect((await draft(letter.id, 'identity_not_established').expect(400)).body.codes.kind).toBe(
      'reply_kind_not_allowed',
    );
    const extension = await draft(letter.id, 'extension_notice').expect(400);
    expect(extension.body.codes.kind).toBe('reply_kind_not_allowed');

    const reply = (await draft(letter.id, 'withdrawal_done').expect(201)).body;
    await send(reply.id, { sent_on: '2026-02-01' }).expect(400);
    await send(reply.id, { sent_on: '2026-02-03' }).expect(400);
    await send(reply.id, { channel: 'pigeon' }).expect(400);
    // Nothing of the refused sends was kept: the first number is still free.
    expect((await send(reply.id).expect(200)).body.out_number).toBe('ИСХ-2026-00001');
    // An answered letter takes no further reply.
    expect((await draft(letter.id, 'other').expect(409)).body.code).toBe('invalid_transition');
  });
});

describe('templates', () => {
  it('drafts every kind that fits each letter in formal Russian, naming the letter, with the reason where one is given', async () => {
    const fits: Record<string, string[]> = {
      withdrawal: ['withdrawal_done', 'other'],
      access: ['access_report', 'extension_notice', 'refusal'],
      correction: ['correction_done', 'refusal'],
      destruction: ['destruction_scheduled', 'refusal'],
      stop_processing: ['stop_done', 'extension_notice', 'refusal'],
      other: ['other', 'refusal'],
    };
    for (const [letterKind, kinds] of Object.entries(fits)) {
      const letter = await register(letterKind);
      await identify(letter.id);
      for (const kind of kinds) {
        const { text } = (
          await draft(letter.id, kind, { reason: 'Запрошенные сведения не относятся к Вам' }).expect(201)
        ).body;
        expect(text, `${letterKind}/${kind}`).toMatch(/^Уважаемая Мария Игоревна!/);
        expect(text, `${letterKind}/${kind}`).toContain(`${letter.reg_number} от 02.02.2026`);
        expect(text, `${letterKind}/${kind}`).toContain('ООО «Натамед»');
        if (kind === 'refusal' || kind === 'extension_notice') {
          expect(text).toContain('Запрошенные сведения не относятся к Вам');
        }
      }
    }
    // A demand to destroy: the destruction's own due date (7 working days from 02.02.2026: 11.02.2026).
    const destruction = (await op.get(withFilter('/api/replies', { kind: 'destruction_scheduled' })).expect(200))
      .body[0];
    const opened = (await op.get(`/api/replies/${destruction.id}`).expect(200)).body;
    expect(opened.text).toContain('не позднее **11.02.2026**');
  });
});

describe('terms', () => {
  it('an access report sent after the due date closes the term late', async () => {
    const letter = await register('access');
    await identify(letter.id);
    const reply = (await draft(letter.id, 'access_report').expect(201)).body;
    expect(reply.text).toContain('ч. 7 ст. 14');
    const due = (await letterOf(letter.id)).due_on;
    await onDay('2026-03-02');
    expect('2026-03-02' > due).toBe(true);
    await send(reply.id, { sent_on: '2026-03-02', channel: 'email', tracking: null }).expect(200);
    const answered = await letterOf(letter.id);
    expect(answered.status).toBe('answered');
    const item = answered.deadlines.find((d: { kind: string }) => d.kind === 'answer_access_request');
    expect(item).toMatchObject({ closed_on: '2026-03-02', state: 'closed_late' });
  });

  it('an access report sent in time closes the term as met', async () => {
    const letter = await register('access');
    await identify(letter.id);
    const reply = (await draft(letter.id, 'access_report').expect(201)).body;
    await send(reply.id).expect(200);
    const item = (await letterOf(letter.id)).deadlines[0];
    expect(item).toMatchObject({ closed_on: '2026-02-02', state: 'closed' });
  });

  it('an extension notice moves the due date once, only for access and stop requests', async () => {
    const letter = await register('access');
    await identify(letter.id);
    const before = await letterOf(letter.id);
    expect(before.extendable).toBe(true);
    const notice = (
      await draft(letter.id, 'extension_notice', { reason: 'Сведения запрошены в архиве филиала' }).expect(201)
    ).body;
    expect(notice.text).toContain('Причина продления: Сведения запрошены в архиве филиала');
    const sent = await send(notice.id).expect(200);
    const after = await letterOf(letter.id);
    expect(after.status).toBe('identified');
    expect(after.extended_due_on).not.toBeNull();
    expect(after.extended_due_on > after.due_on).toBe(true);
    expect(notice.text).toContain(
      `до **${after.extended_due_on.slice(8, 10)}.${after.extended_due_on.slice(5, 7)}.${after.extended_due_on.slice(0, 4)}**`,
    );
    expect(after.extendable).toBe(false);
    expect(auditRows(t, "action = 'deadline.extended'")).toHaveLength(1);
    expect(sent.body.out_number).toBe('ИСХ-2026-00001');

    // Once: a second notice is not drafted; and one drafted before the first was sent is refused on sending.
    expect((await draft(letter.id, 'extension_notice').expect(409)).body.code).toBe('reply_kind_not_allowed');

    // Then the answer itself closes the extended term.
    const report = (await draft(letter.id, 'access_report').expect(201)).body;
    expect((await send(report.id).expect(200)).body.out_number).toBe('ИСХ-2026-00002');
    expect((await letterOf(letter.id)).deadlines[0].state).toBe('closed');
  });

  it('a second extension notice drafted before the first was sent is refused when sent, and takes no number', async () => {
    const letter = await register('stop_processing');
    await identify(letter.id);
    const first = (await draft(letter.id, 'extension_notice').expect(201)).body;
    const second = (await draft(letter.id, 'extension_notice').expect(201)).body;
    await send(first.id).expect(200);
    expect((await send(second.id).expect(409)).body.code).toBe('already_extended');
    expect(t.db.prepare('SELECT status FROM replies WHERE id = ?').pluck().get(second.id)).toBe('draft');
    const other = await register('other');
    await identify(other.id);
    const reply = (await draft(other.id, 'other').expect(201)).body;
    expect((await send(reply.id).expect(200)).body.out_number).toBe('ИСХ-2026-00002');
  });

  it('no extension notice for a withdrawal, a correction or another letter', async () => {
    for (const kind of ['withdrawal', 'correction', 'other']) {
      const letter = await register(kind);
      await identify(letter.id);
      expect((await draft(letter.id, 'extension_notice').expect(400)).body.codes.kind).toBe('reply_kind_not_allowed');
    }
  });

  it('a correction is not answered while its check is pending', async () => {
    const letter = await register('correction');
    await identify(letter.id);
    const reply = (await draft(letter.id, 'correction_done').expect(201)).body;
    expect((await send(reply.id).expect(409)).body.code).toBe('correction_pending');
    expect(t.db.prepare('SELECT count(*) FROM reply_numbers').pluck().get()).toBe(0);
  });
});

describe('a sender not identified', () => {
  it('is told what identifies them, under the letter’s own key; the letter then waits for details', async () => {
    const letter = await register('access');
    expect((await draft(letter.id, 'access_report').expect(409)).body.code).toBe('letter_not_identified');
    const reply = (await draft(letter.id, 'identity_not_established').expect(201)).body;
    expect(reply.subject_id).toBeNull();
    expect(reply.text).toContain('Уважаемый(-ая) Петрова Мария Игоревна!');
    expect(reply.text).toContain('ч. 3 ст. 14');
    await send(reply.id).expect(200);
    const after = await letterOf(letter.id);
    expect(after.status).toBe('awaiting_details');
    expect(after.deadlines[0].closed_on).toBeNull();
    expect((await op.get(`/api/replies/${reply.id}`).expect(200)).body.text).toContain('ч. 3 ст. 14');

    // Destroying the letter's key makes the reply unreadable too.
    t.db.prepare("DELETE FROM owner_keys WHERE owner_type = 'letter' AND owner_id = ?").run(letter.id);
    const gone = (await op.get(`/api/replies/${reply.id}`).expect(200)).body;
    expect(gone).toMatchObject({ text: null, text_destroyed: true, out_number: 'ИСХ-2026-00001' });
  });

  it('the subject’s key destroyed, the reply’s text is gone and its hash stays', async () => {
    const letter = await register('withdrawal');
    await identify(letter.id);
    const reply = (await draft(letter.id, 'withdrawal_done').expect(201)).body;
    t.db.prepare('DELETE FROM subject_keys WHERE subject_id = ?').run(subjectId);
    t.services.keyring.forget(subjectId);
    const gone = (await op.get(`/api/replies/${reply.id}`).expect(200)).body;
    expect(gone).toMatchObject({ text: null, text_destroyed: true, text_sha256: reply.text_sha256 });
  });
});

describe('numbering', () => {
  it('gives 100 concurrent sends 100 distinct consecutive numbers', async () => {
    const ctx: RequestContext = {
      actor: { id: op.id, login: op.login, role: 'operator' },
      requestId: null,
      ip: null,
    };
    const letters = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.services.letters.register(ctx, {
          kind: 'other',
          received_on: '2026-02-02',
          sender_name: `Отправитель ${i}`,
          sender_address: 'г. Москва',
          registered_mail_number: null,
          summary: null,
          assignee_id: op.id,
        }),
      ),
    );
    // Half identified (answered with `other`), half not (told what identifies them): both paths take numbers.
    await Promise.all(
      letters
        .filter((_, i) => i % 2 === 0)
        .map((l) =>
          t.services.letters.identify(ctx, l.id, {
            subject_id: subjectId,
            method: 'in_person',
            note: 'Лично, по паспорту',
          }),
        ),
    );
    const drafts = await Promise.all(
      letters.map((l, i) =>
        t.services.replies.draft(ctx, { letter_id: l.id, kind: i % 2 === 0 ? 'other' : 'identity_not_established' }),
      ),
    );
    const answers = await Promise.all(drafts.map((d) => send(d.id, { tracking: null })));
    expect(answers.map((a) => a.status)).toEqual(drafts.map(() => 200));
    const numbers = answers.map((a) => a.body.out_number as string).sort();
    expect(new Set(numbers).size).toBe(100);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => `ИСХ-2026-${String(i + 1).padStart(5, '0')}`));
    expect(t.db.prepare('SELECT last FROM reply_numbers WHERE year = 2026').pluck().get()).toBe(100);
    expect(verifyChain(t.db).ok).toBe(true);
  });

  it('numbers each year from 1', async () => {
    await onDay('2026-12-30');
    const a = await register('other', '2026-12-30');
    await identify(a.id);
    const first = (await draft(a.id, 'other').expect(201)).body;
    await onDay('2027-01-11');
    const b = await register('other', '2027-01-11');
    await identify(b.id);
    const second = (await draft(b.id, 'other').expect(201)).body;
    expect((await send(first.id, { sent_on: '2026-12-30' }).expect(200)).body.out_number).toBe('ИСХ-2026-00001');
    expect((await send(second.id, { sent_on: '2027-01-11' }).expect(200)).body.out_number).toBe('ИСХ-2027-00001');
  });
});

describe('lists and roles', () => {
  it('filters by letter, status, kind and subject, without decrypting; compliance reads, the administrator does not', async () => {
    const one = await register('withdrawal');
    await identify(one.id);
    const two = await register('access');
    const r1 = (await draft(one.id, 'withdrawal_done').expect(201)).body;
    const r2 = (await draft(two.id, 'identity_not_established').expect(201)).body;
    await send(r1.id).expect(200);

    const ids = async (filter: object) =>
      ((await op.get(withFilter('/api/replies', filter)).expect(200)).body as { id: number }[]).map((r) => r.id);
    expect(await ids({ letter_id: one.id })).toEqual([r1.id]);
    expect(await ids({ status: 'draft' })).toEqual([r2.id]);
    expect(await ids({ kind: 'identity_not_established' })).toEqual([r2.id]);
    expect(await ids({ subject_id: subjectId })).toEqual([r1.id]);
    const list = await op.get('/api/replies').expect(200);
    expect(list.headers['content-range']).toBe('replies 0-1/2');
    expect(list.body[0]).toMatchObject({ id: r2.id, text: null, letter_reg_number: two.reg_number });
    await op.get(withFilter('/api/replies', { nope: 1 })).expect(400);

    const compliance = await loginAs(t, 'compliance');
    await compliance.get('/api/replies').expect(200);
    await compliance.get(`/api/replies/${r1.id}`).expect(200);
    await compliance.post('/api/replies').send({ letter_id: two.id, kind: 'identity_not_established' }).expect(403);
    await compliance.post(`/api/replies/${r2.id}/send`).send({ sent_on: '2026-02-02', channel: 'post' }).expect(403);
    const admin = await loginAs(t, 'admin');
    await admin.get('/api/replies').expect(403);
    await admin.get(`/api/replies/${r1.id}`).expect(403);
  });
});
