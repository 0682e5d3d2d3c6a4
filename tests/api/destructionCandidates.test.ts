// Destruction candidates (152-FZ art. 21 p.4, purpose achieved): website leads that never became anything more and
// rejected submissions, listed once their purpose ended at least the configured days ago; and the bulk proposal
// that gives each chosen subject a proposal of its own, decided and recorded in an act on its own.
import request from 'supertest';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { DESTRUCTION_CATEGORIES } from '../../server/contract/index.js';
import {
  auditRows,
  createStaff,
  createTestApp,
  jsonParams,
  logIn,
  loginAs,
  publishDocuments,
  useTestApp,
  websiteSubmission,
  type LoggedIn,
  type PublishedDocuments,
  type TestApp,
} from '../helpers/testApp.js';

// Each lead is a website submission; the per-IP limit of the public route is not what these tests are about.
const t = useTestApp({ publicRateLimit: 1000 });
let docs: PublishedDocuments;
let op: LoggedIn;
let compliance: LoggedIn;

const START = '2026-01-05T12:00:00+03:00';
const DAY_MS = 86_400_000;

beforeEach(async () => {
  t.clock.now = Date.parse(START);
  docs = await publishDocuments(t, '1', '2025-09-01');
  op = await loginAs(t, 'operator');
  compliance = await loginAs(t, 'compliance');
});

/** Moves the clock to `days` after the start; sessions would have timed out, so both sign in again. */
async function dayAfterStart(days: number) {
  t.clock.now = Date.parse(START) + days * DAY_MS;
  op = await logIn(t, op.login);
  compliance = await logIn(t, compliance.login);
}

let leadCounter = 0;
async function submit(app: TestApp, service: string, over: Record<string, unknown> = {}) {
  leadCounter += 1;
  const body = websiteSubmission(docs, {
    service,
    lastName: `Лидова${leadCounter}`,
    phone: `+7 (916) 100-00-${String(leadCounter % 100).padStart(2, '0')}`,
    email: `lead${leadCounter}@example.ru`,
    ...over,
  });
  await request(app.app).post('/api/public/submissions').send(body).expect(201);
  return app.db.prepare('SELECT max(id) FROM submissions').pluck().get() as number;
}

/** A subject created in review from a website submission of `service`. */
async function lead(service = 'callback', who: LoggedIn = op, app: TestApp = t) {
  const submissionId = await submit(app, service);
  const res = await who.post(`/api/submissions/${submissionId}/create-subject`).send({}).expect(201);
  return { subjectId: res.body.subject.id as number, submissionId };
}

const candidates = async (params: Record<string, unknown> = {}, who: LoggedIn = op) => {
  const res = await who.get('/api/destruction-candidates').query(jsonParams(params)).expect(200);
  return res.body as Array<Record<string, any>>;
};
const leadIds = (rows: Array<Record<string, any>>) =>
  rows.filter((r) => r.kind === 'lead_without_interaction').map((r) => r.subject_id);

const destroyAll = () => DESTRUCTION_CATEGORIES.map((category) => ({ category, action: 'destroy' }));
const bulkBody = (subject_ids: unknown, over: Record<string, unknown> = {}) => ({
  subject_ids,
  reason: 'purpose_achieved',
  reason_text: 'Цель обработки достигнута: обращение с сайта без продолжения',
  plan: destroyAll(),
  ...over,
});
const proposeOne = async (subjectId: number) =>
  (
    await op
      .post('/api/destructions')
      .send({ ...bulkBody(undefined), subject_ids: undefined, subject_id: subjectId })
      .expect(201)
  ).body;
const subjectStatus = (id: number) => t.db.prepare('SELECT status FROM subjects WHERE id = ?').pluck().get(id);

describe('leads without interaction', () => {
  it('lists a callback lead untouched for 31 days, not a chat lead at 29 days, and no personal value', async () => {
    const old = await lead('callback');
    await dayAfterStart(2);
    const recent = await lead('chat');
    const appointment = await lead('appointment');
    await dayAfterStart(31);

    const res = await op.get('/api/destruction-candidates').expect(200);
    expect(res.headers['content-range']).toBe('destruction-candidates 0-0/1');
    expect(res.body).toEqual([
      {
        id: `lead_without_interaction:${old.subjectId}`,
        kind: 'lead_without_interaction',
        subject_id: old.subjectId,
        submission_id: old.submissionId,
        channel: 'callback',
        purpose_ended_on: '2026-01-05',
        days_since: 31,
        open_destruction_id: null,
        open_submission_destruction_id: null,
      },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/Лидова|Мария|example\.ru|916/);
    // The chat lead is 29 days old; an appointment is not a lead of this kind, however old.
    expect(leadIds(await candidates({ filter: { older_than_days: 29 } }))).toEqual([old.subjectId, recent.subjectId]);
    expect(leadIds(await candidates({ filter: { older_than_days: 0 } }))).not.toContain(appointment.subjectId);
  });

  it('leaves out a lead with a letter, a second submission, a correction, a paper consent or its data destroyed', async () => {
    const plain = await lead();
    const withLetter = await lead();
    const withSecond = await lead('chat');
    const corrected = await lead();
    const withConsent = await lead();
    const destroyed = await lead();

    const letter = (
      await op
        .post('/api/letters')
        .send({ kind: 'access', received_on: '2026-01-05', sender_name: 'Лидова', sender_address: 'Москва' })
        .expect(201)
    ).body;
    await op
      .post(`/api/letters/${letter.id}/identify`)
      .send({
        subject_id: withLetter.subjectId,
        method: 'matching_fields',
        fields_matched: ['last_name'],
        note: 'совпадает',
      })
      .expect(200);
    const second = await submit(t, 'appointment');
    await op
      .post(`/api/submissions/${second}/link`)
      .send({ subject_id: withSecond.subjectId, subject_version: 1, take: [] })
      .expect(200);
    const card = (await op.get(`/api/subjects/${corrected.subjectId}`).expect(200)).body;
    await op
      .put(`/api/subjects/${corrected.subjectId}`)
      .send({ ...card, phone: '+79160009999', correction_reason: 'Перезвонил с другого номера' })
      .expect(200);
    await op
      .post('/api/consents')
      .send({
        subject_id: withConsent.subjectId,
        consent_form_id: docs.forms.marketing,
        given_at: '2026-01-05',
        channel: 'paper',
      })
      .expect(201);
    const d = await proposeOne(destroyed.subjectId);
    await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'Согласовано' }).expect(200);

    await dayAfterStart(31);
    expect(leadIds(await candidates())).toEqual([plain.subjectId]);
  });
});

describe('rejected submissions', () => {
  it('are listed 30 days after the rejection, until their payload is erased', async () => {
    const id = await submit(t, 'consultation');
    await op.post(`/api/submissions/${id}/reject`).send({ category: 'spam', reason: 'Реклама услуг' }).expect(200);
    await dayAfterStart(29);
    expect(await candidates()).toEqual([]);
    await dayAfterStart(30);
    expect(await candidates()).toEqual([
      {
        id: `rejected_submission:${id}`,
        kind: 'rejected_submission',
        subject_id: null,
        submission_id: id,
        channel: 'consultation',
        purpose_ended_on: '2026-01-05',
        days_since: 30,
        open_destruction_id: null,
        open_submission_destruction_id: null,
      },
    ]);
    // What a destruction of the payload leaves (as eraseSubmissionsOf does for a subject's): no key, no candidate.
    t.db.prepare("UPDATE submissions SET wrapped_key = X'' WHERE id = ?").run(id);
    expect(await candidates()).toEqual([]);
  });
});

describe('the list', () => {
  it('filters by kind and days, sorts by the whitelisted fields, and finds rows by id', async () => {
    const first = await lead();
    const rejected = await submit(t, 'callback');
    await dayAfterStart(3);
    await op.post(`/api/submissions/${rejected}/reject`).send({ category: 'test', reason: 'Проверка формы' });
    const later = await lead('chat');
    await dayAfterStart(40);

    const all = await candidates({ sort: ['days_since', 'DESC'] });
    expect(all.map((r) => [r.id, r.days_since])).toEqual([
      [`lead_without_interaction:${first.subjectId}`, 40],
      [`rejected_submission:${rejected}`, 37],
      [`lead_without_interaction:${later.subjectId}`, 37],
    ]);
    const newest = await candidates({ sort: ['purpose_ended_on', 'DESC'], range: [0, 0] });
    expect(newest.map((r) => r.purpose_ended_on)).toEqual(['2026-01-08']);
    expect((await candidates({ filter: { kind: 'rejected_submission' } })).map((r) => r.submission_id)).toEqual([
      rejected,
    ]);
    expect(leadIds(await candidates({ filter: { older_than_days: 38 } }))).toEqual([first.subjectId]);
    expect(await candidates({ filter: { older_than_days: '41' } })).toEqual([]);
    const byId = await candidates({ filter: { id: [`rejected_submission:${rejected}`] } });
    expect(byId.map((r) => r.id)).toEqual([`rejected_submission:${rejected}`]);
    const ids = await candidates({ sort: ['id', 'ASC'] });
    expect(ids.map((r) => r.kind)).toEqual([
      'lead_without_interaction',
      'lead_without_interaction',
      'rejected_submission',
    ]);
  });

  it('reads submissions through the partial indexes of migration 013 and each subject by its key, never a scan', () => {
    const statements: string[] = [];
    const prepare = t.db.prepare.bind(t.db);
    const spy = vi.spyOn(t.db, 'prepare').mockImplementation((sql: string) => {
      statements.push(sql);
      return prepare(sql);
    });
    const page = { sortField: 'days_since', sortOrder: 'DESC' as const, offset: 0, limit: 25 };
    t.services.destructionCandidates.list({ ...page, filter: {} });
    t.services.destructionCandidates.list({ ...page, filter: { kind: 'lead_without_interaction' } });
    spy.mockRestore();
    const plans = statements.map((sql) =>
      (
        prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
          ...sql
            .split('?')
            .slice(1)
            .map(() => '2026'),
        ) as any[]
      ).map((row) => row.detail as string),
    );
    expect(plans).toHaveLength(4);
    for (const plan of plans) {
      expect(plan).toContain('SEARCH sub USING INDEX submissions_live_leads (service=? AND decided_at<?)');
      expect(plan).toContain('SEARCH sub USING INDEX submissions_live_rejections (status=? AND decided_at<?)');
      expect(plan).toContain('SEARCH subj USING INTEGER PRIMARY KEY (rowid=?)');
      // Retained data past its term: found from the executed destructions by their status index.
      expect(plan).toContain('SEARCH dd USING INDEX destructions_by_status (status=?)');
      // The only scans are of the derived list itself and of a destruction's plan (its JSON array), never of a table.
      expect(
        plan.filter(
          (d) => d.startsWith('SCAN') && !/^SCAN (candidates|\(subquery-\d+\)|p VIRTUAL TABLE INDEX \d+:)$/.test(d),
        ),
      ).toEqual([]);
    }
  });

  it('answers 400 naming the filter or parameter that is wrong', async () => {
    const bad = async (params: Record<string, unknown>) =>
      (await op.get('/api/destruction-candidates').query(jsonParams(params)).expect(400)).body.errors;
    expect(await bad({ filter: { older_than_days: -1 } })).toHaveProperty(['filter.older_than_days']);
    expect(await bad({ filter: { older_than_days: 1.5 } })).toHaveProperty(['filter.older_than_days']);
    expect(await bad({ filter: { older_than_days: 'soon' } })).toHaveProperty(['filter.older_than_days']);
    expect(await bad({ filter: { kind: 'patient' } })).toHaveProperty(['filter.kind']);
    expect(await bad({ filter: { id: ['subject:1'] } })).toHaveProperty(['filter.id']);
    expect(await bad({ filter: { subject_id: 1 } })).toHaveProperty('filter');
    expect(await bad({ sort: ['channel', 'ASC'] })).toHaveProperty('sort');
  });

  it('is for operators only', async () => {
    await op.get('/api/destruction-candidates').expect(200);
    await compliance.get('/api/destruction-candidates').expect(403);
    const admin = await loginAs(t, 'admin');
    await admin.get('/api/destruction-candidates').expect(403);
    expect(auditRows(t, "action = 'auth.denied'")).toHaveLength(2);
  });

  it('takes its default period from PD_DESTRUCTION_CANDIDATE_DAYS', async () => {
    expect(loadConfig({}).destructionCandidateDays).toBe(30);
    expect(loadConfig({ PD_DESTRUCTION_CANDIDATE_DAYS: '10' }).destructionCandidateDays).toBe(10);
    expect(() => loadConfig({ PD_DESTRUCTION_CANDIDATE_DAYS: 'month' })).toThrow(/destructionCandidateDays/);

    const short = createTestApp({ destructionCandidateDays: 10, publicRateLimit: 1000 });
    try {
      short.clock.now = Date.parse(START);
      docs = await publishDocuments(short, '1', '2025-09-01');
      const { login } = await createStaff(short, 'operator');
      const who = await logIn(short, login);
      const l = await lead('callback', who, short);
      short.clock.now = Date.parse(START) + 10 * DAY_MS;
      const again = await logIn(short, login);
      const rows = (await again.get('/api/destruction-candidates').expect(200)).body;
      expect(rows.map((r: any) => [r.subject_id, r.days_since])).toEqual([[l.subjectId, 10]]);
    } finally {
      short.close();
    }
  });
});

describe('bulk proposal', () => {
  it('creates one proposal per subject, each blocking it, and reports the skipped ones with their codes', async () => {
    const a = await lead();
    const b = await lead('chat');
    const destroyed = await lead();
    const pending = await lead();
    const gone = await proposeOne(destroyed.subjectId);
    await compliance.post(`/api/destructions/${gone.id}/approve`).send({}).expect(200);
    const open = await proposeOne(pending.subjectId);
    await dayAfterStart(31);

    const listed = await candidates();
    expect(listed.map((r) => [r.subject_id, r.open_destruction_id])).toEqual([
      [a.subjectId, null],
      [b.subjectId, null],
      [pending.subjectId, open.id],
    ]);

    const res = await op
      .post('/api/destructions/bulk')
      .send(bulkBody([a.subjectId, destroyed.subjectId, b.subjectId, pending.subjectId, 999_999]))
      .expect(200);
    expect(res.body.skipped).toEqual([
      { subject_id: destroyed.subjectId, code: 'already_destroyed' },
      { subject_id: pending.subjectId, code: 'destruction_pending' },
      { subject_id: 999_999, code: 'not_found' },
    ]);
    expect(res.body.created.map((c: any) => c.subject_id)).toEqual([a.subjectId, b.subjectId]);
    for (const { subject_id, destruction_id } of res.body.created) {
      expect(subjectStatus(subject_id)).toBe('blocked');
      const d = (await op.get(`/api/destructions/${destruction_id}`).expect(200)).body;
      expect(d).toMatchObject({ subject_id, status: 'proposed', reason: 'purpose_achieved', letter_id: null });
    }
    const proposed = auditRows(t, "action = 'destruction.proposed' AND subject_id IN (?, ?)", a.subjectId, b.subjectId);
    expect(proposed).toHaveLength(2);
    expect(proposed.map((e) => e.details).join()).not.toContain('Цель обработки достигнута');

    // Still candidates, now with their proposals; each is approved on its own and gets an act of its own.
    const after = await candidates();
    expect(after.map((r) => r.open_destruction_id)).toEqual([
      res.body.created[0].destruction_id,
      res.body.created[1].destruction_id,
      open.id,
    ]);
    const numbers: string[] = [];
    for (const { destruction_id } of res.body.created) {
      const done = await compliance.post(`/api/destructions/${destruction_id}/approve`).send({}).expect(200);
      numbers.push(done.body.act_number);
    }
    expect(numbers).toEqual(['АКТ-2026-0002', 'АКТ-2026-0003']);
    expect([subjectStatus(a.subjectId), subjectStatus(b.subjectId)]).toEqual(['destroyed', 'destroyed']);
    expect(leadIds(await candidates())).toEqual([pending.subjectId]);
  });

  it('writes nothing for a bad body and names the field', async () => {
    const a = await lead();
    const before = t.db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const bad = async (body: Record<string, unknown>) =>
      (await op.post('/api/destructions/bulk').send(body).expect(400)).body.errors;
    expect(await bad(bulkBody([]))).toHaveProperty('subject_ids');
    expect(await bad(bulkBody([a.subjectId, a.subjectId]))).toHaveProperty('subject_ids');
    expect(await bad(bulkBody(Array.from({ length: 201 }, (_, i) => i + 1)))).toHaveProperty('subject_ids');
    expect(await bad(bulkBody(['x']))).toHaveProperty(['subject_ids.0']);
    expect(await bad(bulkBody([a.subjectId], { letter_id: 1 }))).toHaveProperty('letter_id');
    expect(await bad(bulkBody([a.subjectId], { reason: 'whim' }))).toHaveProperty('reason');
    expect(await bad(bulkBody([a.subjectId], { plan: destroyAll().slice(1) }))).toHaveProperty('plan');
    expect(await bad(bulkBody([a.subjectId], { reason_text: 'да' }))).toHaveProperty('reason_text');
    expect(t.db.prepare('SELECT count(*) FROM destructions').pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    expect(subjectStatus(a.subjectId)).toBe('active');
  });

  it('is refused to a compliance officer', async () => {
    const a = await lead();
    await compliance
      .post('/api/destructions/bulk')
      .send(bulkBody([a.subjectId]))
      .expect(403);
    expect(t.db.prepare('SELECT count(*) FROM destructions').pluck().get()).toBe(0);
  });
});
