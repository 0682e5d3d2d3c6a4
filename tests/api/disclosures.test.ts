// Requests from authorities over HTTP on a real SQLite file: registration and Roskomnadzor's term on the production
// calendar, roles, the state machine, four eyes, the categories an approval may allow (medical information only on a
// 323-FZ art. 13 p.4 basis), the disclosure in every subject's history, attachments, and what the disk holds in clear.
import crypto from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { disclosuresOfSubject } from '../../server/disclosures/disclosures.repo.js';
import { registerDisclosureBody } from '../../server/disclosures/disclosures.schema.js';
import type { RequestContext } from '../../server/shared/requestContext.js';
import { binary, makeExe, makePdf } from '../helpers/files.js';
import { auditRows, createSubject, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let compliance: LoggedIn;
let subjectA: number;
let subjectB: number;

/** Noon of that day in Moscow: the clinic's "today". */
const onDay = (day: string) => {
  t.clock.now = Date.parse(`${day}T12:00:00+03:00`);
};

beforeEach(async () => {
  onDay('2026-05-13');
  op = await loginAs(t, 'operator');
  compliance = await loginAs(t, 'compliance');
  subjectA = (await createSubject(op)).id;
  subjectB = (await createSubject(op, { last_name: 'Соколов', first_name: 'Игорь', sex: 'male' })).id;
});

const MEDICAL_BASIS = 'п. 3 ч. 4 ст. 13 Федерального закона от 21.11.2011 № 323-ФЗ';
const PD_BASIS = 'п. 3 ч. 1 ст. 6 152-ФЗ';

const sample = (over: Record<string, unknown> = {}) => ({
  body_type: 'court',
  body_name: 'Хамовнический районный суд г. Москвы',
  official: 'Судья Кузнецова А. В.',
  document_number: '2-1234/2026',
  document_date: '2026-05-06',
  legal_basis: MEDICAL_BASIS,
  case_number: '2-1234/2026',
  received_on: '2026-05-08',
  subject_ids: [subjectA, subjectB],
  categories_requested: ['identity', 'contacts', 'medical'],
  ...over,
});

const register = async (over: Record<string, unknown> = {}, who = op) =>
  (await who.post('/api/disclosures').send(sample(over)).expect(201)).body;
const row = (id: number) => t.db.prepare('SELECT * FROM disclosures WHERE id = ?').get(id) as Record<string, any>;
const approve = (id: number, body: Record<string, unknown>, who = compliance) =>
  who.post(`/api/disclosures/${id}/approve`).send(body);
const refuse = (id: number, comment = 'Запрос не подписан', who = compliance) =>
  who.post(`/api/disclosures/${id}/refuse`).send({ comment });
const disclosure = (over: Record<string, unknown> = {}) => ({
  disclosed_on: '2026-05-13',
  channel: 'courier',
  reference: 'ИСХ-2026-118',
  disclosed_content: 'Копия медицинской карты Петровой М. И. на 12 листах',
  ...over,
});
const disclose = (id: number, over: Record<string, unknown> = {}, who = op) =>
  who.post(`/api/disclosures/${id}/disclose`).send(disclosure(over));

const contextOf = (who: LoggedIn, role: string): RequestContext => ({
  actor: { id: who.id, login: who.login, role },
  requestId: null,
  ip: null,
});

describe('registration', () => {
  it('registers the request with its subjects, makes its key and audits no personal value', async () => {
    const created = await register();
    expect(created).toMatchObject({
      body_type: 'court',
      document_number: '2-1234/2026',
      received_on: '2026-05-08',
      due_on: null,
      due_on_computed: false,
      subject_ids: [subjectA, subjectB],
      categories_requested: ['identity', 'contacts', 'medical'],
      categories_approved: null,
      status: 'registered',
      registered_by: op.id,
      decided_by: null,
      decision_comment: null,
      disclosed_content: null,
      personal_destroyed: false,
      version: 1,
    });
    expect(t.db.prepare("SELECT count(*) FROM owner_keys WHERE owner_type = 'disclosure'").pluck().get()).toBe(1);
    const [entry] = auditRows(t, "action = 'disclosure.registered'");
    expect(entry).toMatchObject({ entity_type: 'disclosure', entity_id: String(created.id), actor_login: op.login });
    expect(JSON.parse(entry.details)).toMatchObject({
      body_type: 'court',
      subject_ids: [subjectA, subjectB],
      categories_requested: ['identity', 'contacts', 'medical'],
    });
  });

  it('counts Roskomnadzor’s term as 10 working days on the production calendar when the request sets none', async () => {
    // Received Wed 29.04.2026; the day of receipt is not counted. Thu 30.04 (short day, worked) 1; Fri 01.05 holiday;
    // Sat 02, Sun 03; Mon 04.05 2, Tue 05 3, Wed 06 4, Thu 07 5, Fri 08 (short day) 6; Sat 09 holiday, Sun 10,
    // Mon 11.05 day off (moved from the 9th); Tue 12 7, Wed 13 8, Thu 14 9, Fri 15.05 10. On plain weekdays it would
    // have been Wed 13.05.
    const rkn = await register({
      body_type: 'roskomnadzor',
      body_name: 'Управление Роскомнадзора по ЦФО',
      legal_basis: 'ч. 4 ст. 20 152-ФЗ',
      document_date: '2026-04-28',
      received_on: '2026-04-29',
      case_number: null,
      categories_requested: ['consents'],
    });
    // Today is Wed 13.05: the 15th is within the deadlines' "due soon" window.
    expect(rkn).toMatchObject({ due_on: '2026-05-15', due_on_computed: true, due_state: 'due_soon' });
    // A term the authority sets itself is kept, for Roskomnadzor too; other bodies have none unless they set one.
    const given = await register({
      body_type: 'roskomnadzor',
      document_date: '2026-04-28',
      received_on: '2026-04-29',
      due_on: '2026-05-20',
    });
    expect(given).toMatchObject({ due_on: '2026-05-20', due_on_computed: false });
    expect(await register({ due_on: '2026-05-25' })).toMatchObject({ due_on: '2026-05-25', due_state: 'open' });
    const late = await register({ due_on: '2026-05-12' });
    expect(late).toMatchObject({ due_state: 'overdue' });
    // Answered, the authority waits no more.
    await approve(late.id, { categories: ['identity'] }).expect(200);
    expect((await disclose(late.id).expect(200)).body.due_state).toBeNull();
  });

  it('refuses unknown or destroyed subjects, impossible days and unknown categories, and stores nothing', async () => {
    t.db.prepare("UPDATE subjects SET status = 'destroyed' WHERE id = ?").run(subjectB);
    const cases: [Record<string, unknown>, string][] = [
      [{ subject_ids: [subjectA, 99999] }, 'subject_ids'],
      [{ subject_ids: [subjectB] }, 'subject_ids'],
      [{ subject_ids: [] }, 'subject_ids'],
      [{ subject_ids: [subjectA, subjectA] }, 'subject_ids'],
      [{ received_on: '2026-05-14' }, 'received_on'],
      [{ document_date: '2026-05-09' }, 'document_date'],
      [{ due_on: '2026-05-07' }, 'due_on'],
      [{ categories_requested: ['diagnosis'] }, 'categories_requested'],
      [{ categories_requested: [] }, 'categories_requested'],
      [{ body_type: 'fsb' }, 'body_type'],
      [{ legal_basis: ' ' }, 'legal_basis'],
    ];
    for (const [over, field] of cases) {
      const res = await op.post('/api/disclosures').send(sample(over)).expect(400);
      // An element of a list is named by its index (categories_requested.0).
      expect(
        Object.keys(res.body.errors).map((k) => k.split('.')[0]),
        JSON.stringify(over),
      ).toContain(field);
    }
    expect(t.db.prepare('SELECT count(*) FROM disclosures').pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM disclosure_subjects').pluck().get()).toBe(0);
  });
});

describe('roles', () => {
  it('lets operators register and record, compliance read and decide, and the administrator nothing', async () => {
    const admin = await loginAs(t, 'admin');
    await compliance.post('/api/disclosures').send(sample()).expect(403);
    const { id } = await register();
    await admin.get('/api/disclosures').expect(403);
    await admin.get(`/api/disclosures/${id}`).expect(403);
    await admin.get(`/api/disclosures/${id}/attachments`).expect(403);
    await approve(id, { categories: ['identity'] }, op).expect(403);
    await refuse(id, 'Нет основания', op).expect(403);
    await approve(id, { categories: ['identity'] }, admin).expect(403);
    expect(row(id)).toMatchObject({ status: 'registered', version: 1 });

    await compliance.get('/api/disclosures').expect(200);
    await compliance.get(`/api/disclosures/${id}`).expect(200);
    await approve(id, { categories: ['identity'] }).expect(200);
    await disclose(id, {}, compliance).expect(403);
    await disclose(id, {}, admin).expect(403);
    expect(row(id)).toMatchObject({ status: 'approved', version: 2 });
    await disclose(id).expect(200);
    expect(auditRows(t, "action = 'auth.denied'").length).toBe(9);
  });

  it('never deletes or edits a request (405)', async () => {
    const { id } = await register();
    await op.delete(`/api/disclosures/${id}`).expect(405);
    await op.put(`/api/disclosures/${id}`).send(sample()).expect(405);
    expect(() => t.db.prepare('DELETE FROM disclosures WHERE id = ?').run(id)).toThrow(/never deleted/);
    expect(row(id)).toMatchObject({ status: 'registered' });
  });
});

describe('the state machine', () => {
  const transitions = (id: number) => ({
    approve: () => approve(id, { categories: ['identity'] }),
    refuse: () => refuse(id),
    disclose: () => disclose(id),
  });

  /** Every transition the state does not allow answers 409 invalid_transition and changes nothing. */
  const refusesAllBut = async (id: number, allowed: string[]) => {
    const before = row(id);
    const entries = auditRows(t).length;
    for (const [name, run] of Object.entries(transitions(id))) {
      if (allowed.includes(name)) continue;
      const res = await run().expect(409);
      expect(res.body.code, name).toBe('invalid_transition');
    }
    expect(row(id)).toEqual(before);
    expect(auditRows(t).length).toBe(entries);
  };

  it('goes registered → approved → disclosed, each step audited, and refuses every other move', async () => {
    const { id } = await register();
    await refusesAllBut(id, ['approve', 'refuse']);
    const approved = (
      await approve(id, { categories: ['identity', 'medical'], comment: 'Основание проверено' }).expect(200)
    ).body;
    expect(approved).toMatchObject({
      status: 'approved',
      categories_approved: ['identity', 'medical'],
      decided_by: compliance.id,
      decision_comment: 'Основание проверено',
      version: 2,
    });
    await refusesAllBut(id, ['disclose']);
    const made = (await disclose(id).expect(200)).body;
    expect(made).toMatchObject({
      status: 'disclosed',
      disclosed_on: '2026-05-13',
      channel: 'courier',
      reference: 'ИСХ-2026-118',
      disclosed_content: 'Копия медицинской карты Петровой М. И. на 12 листах',
      disclosed_by: op.id,
      version: 3,
    });
    await refusesAllBut(id, []);
    expect(
      auditRows(t, "action LIKE 'disclosure.%' AND action <> 'disclosure.viewed'").map((e) => [e.action, e.subject_id]),
    ).toEqual([
      ['disclosure.registered', null],
      ['disclosure.approved', null],
      ['disclosure.made', Math.min(subjectA, subjectB)],
      ['disclosure.made', Math.max(subjectA, subjectB)],
    ]);
  });

  it('ends at refused, with the reason required and sealed', async () => {
    const { id } = await register();
    const short = await refuse(id, 'no').expect(400);
    expect(short.body.codes).toEqual({ comment: 'too_small' });
    const refused = (await refuse(id, 'Запрос не подписан судьёй').expect(200)).body;
    expect(refused).toMatchObject({ status: 'refused', decided_by: compliance.id, categories_approved: null });
    expect(refused.decision_comment).toBe('Запрос не подписан судьёй');
    await refusesAllBut(id, []);
    expect(auditRows(t, "action = 'disclosure.refused'")).toHaveLength(1);
  });

  it('refuses a stale version with the current state', async () => {
    const { id } = await register();
    const res = await approve(id, { categories: ['identity'], version: 7 }).expect(409);
    expect(res.body.code).toBe('version_conflict');
    expect(row(id)).toMatchObject({ status: 'registered', version: 1 });
  });
});

describe('four eyes', () => {
  it('never lets the one who registered a request decide it', async () => {
    // Compliance may not register over HTTP; a colleague who did (through the service) is the situation to refuse.
    const registered = await t.services.disclosures.register(
      contextOf(compliance, 'compliance'),
      registerDisclosureBody.parse(sample()),
    );
    for (const res of [
      await approve(registered.id, { categories: ['identity'] }).expect(409),
      await refuse(registered.id).expect(409),
    ]) {
      expect(res.body.code).toBe('own_request');
    }
    expect(row(registered.id)).toMatchObject({ status: 'registered', version: 1, decided_by: null });
    const colleague = await loginAs(t, 'compliance');
    await approve(registered.id, { categories: ['identity'] }, colleague).expect(200);
    // The database keeps the rule too.
    expect(() =>
      t.db.prepare('UPDATE disclosures SET decided_by = registered_by WHERE id = ?').run(registered.id),
    ).toThrow(/CHECK/);
  });
});

describe('what an approval allows', () => {
  it('allows only categories the request asked for, at least one, in the request’s order', async () => {
    const { id } = await register({ categories_requested: ['identity', 'contacts'], legal_basis: PD_BASIS });
    const extra = await approve(id, { categories: ['identity', 'consents'] }).expect(400);
    expect(extra.body.codes).toEqual({ categories: 'category_not_requested' });
    const none = await approve(id, { categories: [] }).expect(400);
    expect(Object.keys(none.body.codes)).toEqual(['categories']);
    expect(row(id)).toMatchObject({ status: 'registered', version: 1 });
    const ok = await approve(id, { categories: ['contacts', 'identity'] }).expect(200);
    expect(ok.body.categories_approved).toEqual(['identity', 'contacts']);
  });

  it('refuses medical information without a basis of 323-FZ art. 13 p.4, and allows the rest', async () => {
    const { id } = await register({ legal_basis: PD_BASIS });
    const res = await approve(id, { categories: ['identity', 'medical'] }).expect(400);
    expect(res.body.code).toBe('medical_basis_required');
    expect(res.body.codes).toEqual({ categories: 'medical_basis_required' });
    expect(row(id)).toMatchObject({ status: 'registered', version: 1 });
    const allowed = await approve(id, { categories: ['identity'] }).expect(200);
    expect(allowed.body.categories_approved).toEqual(['identity']);
  });

  it('allows medical information on a basis citing 323-FZ art. 13 p.4, however it is written', async () => {
    for (const legal_basis of [
      MEDICAL_BASIS,
      'ст. 13 ч. 4 323-ФЗ',
      '323-FZ art. 13 p.4',
      `${PD_BASIS}; части 4 статьи 13 Федерального закона № 323-ФЗ`,
    ]) {
      const { id } = await register({ legal_basis });
      const res = await approve(id, { categories: ['medical'] }).expect(200);
      expect(res.body.categories_approved, legal_basis).toEqual(['medical']);
    }
    // Another article or part of 323-FZ, or the marks spread over two citations, is not the exception.
    for (const legal_basis of ['ч. 4 ст. 130 323-ФЗ', 'ч. 1 ст. 13 323-ФЗ', 'ст. 13 152-ФЗ; ч. 4 ст. 6 323-ФЗ']) {
      const { id } = await register({ legal_basis });
      const res = await approve(id, { categories: ['medical'] }).expect(400);
      expect(res.body.code, legal_basis).toBe('medical_basis_required');
    }
  });
});

describe('the disclosure', () => {
  it('takes a day between receipt and today', async () => {
    const { id } = await register();
    await approve(id, { categories: ['identity'] }).expect(200);
    for (const disclosed_on of ['2026-05-07', '2026-05-14', '2026-02-30']) {
      const res = await disclose(id, { disclosed_on }).expect(400);
      expect(Object.keys(res.body.errors)).toEqual(['disclosed_on']);
    }
    const noWords = await disclose(id, { disclosed_content: '' }).expect(400);
    expect(Object.keys(noWords.body.errors)).toEqual(['disclosed_content']);
    expect(row(id)).toMatchObject({ status: 'approved', version: 2 });
    await disclose(id, { disclosed_on: '2026-05-08', reference: null, channel: 'in_person' }).expect(200);
  });

  it('shows in each subject’s history and access-report list, and in no one else’s', async () => {
    const other = (await createSubject(op, { last_name: 'Орлова' })).id;
    const { id } = await register();
    await approve(id, { categories: ['identity', 'medical'] }).expect(200);
    await disclose(id).expect(200);
    for (const subjectId of [subjectA, subjectB]) {
      const history = (await op.get(withFilter('/api/audit-log', { subject_id: subjectId })).expect(200)).body;
      const made = history.filter((e: any) => e.action === 'disclosure.made');
      expect(made).toHaveLength(1);
      expect(made[0]).toMatchObject({ entity_type: 'disclosure', entity_id: String(id), subject_id: subjectId });
      expect(made[0].details).toMatchObject({
        // What the history's summary shows («Причина: …»).
        reason: 'запрос № 2-1234/2026 от 06.05.2026, Хамовнический районный суд г. Москвы',
        body_type: 'court',
        document_number: '2-1234/2026',
        categories_disclosed: ['identity', 'medical'],
        disclosed_on: '2026-05-13',
        disclosure_channel: 'courier',
      });
      expect(disclosuresOfSubject(t.db, subjectId)).toEqual([
        {
          id,
          body_type: 'court',
          body_name: 'Хамовнический районный суд г. Москвы',
          document_number: '2-1234/2026',
          document_date: '2026-05-06',
          legal_basis: MEDICAL_BASIS,
          categories_approved: ['identity', 'medical'],
          disclosed_on: '2026-05-13',
          channel: 'courier',
          reference: 'ИСХ-2026-118',
        },
      ]);
    }
    const history = (await op.get(withFilter('/api/audit-log', { subject_id: other })).expect(200)).body;
    expect(history.some((e: any) => e.action.startsWith('disclosure.'))).toBe(false);
    expect(disclosuresOfSubject(t.db, other)).toEqual([]);
  });

  it('lists only what was disclosed, in the order it was, for the access report', async () => {
    const later = await register({ received_on: '2026-05-08' });
    const earlier = await register({ subject_ids: [subjectA] });
    const refused = await register({ subject_ids: [subjectA] });
    const pending = await register({ subject_ids: [subjectA] });
    for (const { id } of [later, earlier]) await approve(id, { categories: ['identity'] }).expect(200);
    await disclose(later.id, { disclosed_on: '2026-05-12' }).expect(200);
    await disclose(earlier.id, { disclosed_on: '2026-05-11' }).expect(200);
    await refuse(refused.id).expect(200);
    expect(pending.status).toBe('registered');
    expect(disclosuresOfSubject(t.db, subjectA).map((d) => d.id)).toEqual([earlier.id, later.id]);
  });
});

describe('the list', () => {
  it('filters by status, body and subject, and pages with a total', async () => {
    const court = await register({ subject_ids: [subjectA] });
    await register({ body_type: 'police', body_name: 'ОМВД по району Хамовники', subject_ids: [subjectB] });
    await approve(court.id, { categories: ['identity'] }).expect(200);
    const ids = async (filter: object) =>
      (await op.get(withFilter('/api/disclosures', filter)).expect(200)).body.map((d: any) => d.id);
    expect(await ids({ status: 'approved' })).toEqual([court.id]);
    expect((await ids({ body_type: 'police' })).length).toBe(1);
    expect(await ids({ subject_id: subjectA })).toEqual([court.id]);
    const res = await op.get('/api/disclosures?range=[0,0]').expect(200);
    expect(res.headers['content-range']).toBe('disclosures 0-0/2');
    // The list carries nothing sealed; the card does, and opening it is audited.
    expect(res.body[0]).not.toHaveProperty('decision_comment');
    await compliance.get(`/api/disclosures/${court.id}`).expect(200);
    expect(auditRows(t, "action = 'disclosure.viewed'").map((e) => e.actor_login)).toEqual([compliance.login]);
    await op.get(withFilter('/api/disclosures', { kind: 'court' })).expect(400);
  });
});

describe('attachments and what the disk holds', () => {
  it('takes PDF, JPEG or PNG under the request’s key, refuses anything else, audits each step', async () => {
    const { id } = await register();
    const pdf = makePdf(`request-${crypto.randomUUID()}`);
    const upload = (file: Buffer, name: string) =>
      op
        .post(`/api/disclosures/${id}/attachments`)
        .attach('file', file, { filename: name, contentType: 'application/pdf' });
    const stored = (await upload(pdf, 'Запрос суда.pdf').expect(201)).body;
    expect(stored).toMatchObject({
      owner_type: 'disclosure',
      owner_id: id,
      key_kind: 'owner',
      media_type: 'application/pdf',
    });
    const refused = await upload(makeExe(), 'ответ.pdf').expect(400);
    expect(refused.body.code).toBe('unsupported_media_type');
    expect(t.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(1);
    const down = await compliance
      .get(`/api/disclosures/${id}/attachments/${stored.id}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(Buffer.compare(down.body as Buffer, pdf)).toBe(0);
    await compliance.post(`/api/disclosures/${id}/attachments`).attach('file', pdf, 'x.pdf').expect(403);
    expect(auditRows(t, "action = 'disclosure.attachment_added'")).toHaveLength(1);
    expect(auditRows(t, "action = 'disclosure.attachment_downloaded'").map((e) => e.actor_login)).toEqual([
      compliance.login,
    ]);
    await op.get('/api/disclosures/99999/attachments').expect(404);
  });

  it('keeps the decision’s comment and what was given sealed: not in the row, not in the log', async () => {
    const comment = 'Петрова М. И. наблюдается с 2019 года';
    const content = 'Выписка из карты Соколова И. с диагнозом J45.0';
    const { id } = await register();
    await approve(id, { categories: ['identity', 'medical'], comment }).expect(200);
    await disclose(id, { disclosed_content: content }).expect(200);
    const raw = row(id);
    for (const [column, plain] of [
      ['decision_comment_enc', comment],
      ['disclosed_content_enc', content],
    ] as const) {
      expect(Buffer.isBuffer(raw[column])).toBe(true);
      expect((raw[column] as Buffer).includes(Buffer.from(plain, 'utf8'))).toBe(false);
    }
    expect(raw).not.toHaveProperty('decision_comment');
    expect(raw).not.toHaveProperty('disclosed_content');
    for (const entry of auditRows(t)) {
      expect(entry.details ?? '').not.toContain('Петрова М. И.');
      // 'J45.0' rather than 'J45': a dot is outside base64, so sealed values cannot spell it by chance
      expect(entry.details ?? '').not.toContain('J45.0');
    }
    const card = (await compliance.get(`/api/disclosures/${id}`).expect(200)).body;
    expect(card).toMatchObject({ decision_comment: comment, disclosed_content: content });
  });
});
