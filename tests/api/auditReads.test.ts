// Auditing the auditor (issue 13 §2) and the log's list without personal values (§1): a search over subjects, a
// search of the log and the opening of one of its entries are each an audited read; the search text never reaches
// the log; the list carries the clear part only, and opening an entry is what decrypts it.
import { beforeEach, describe, expect, it } from 'vitest';
import { DESTRUCTION_CATEGORIES } from '../../server/contract/index.js';
import {
  auditRows,
  createSubject,
  jsonParams,
  loginAs,
  useTestApp,
  withFilter,
  type LoggedIn,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let compliance: LoggedIn;

beforeEach(async () => {
  op = await loginAs(t, 'operator');
  compliance = await loginAs(t, 'compliance');
});

const details = (action: string) => auditRows(t, 'action = ?', action).map((e) => JSON.parse(e.details ?? 'null'));

describe('subjects.searched', () => {
  it('logs each search with its filter keys and counts, never the words searched for', async () => {
    await createSubject(op, { last_name: 'Искомова', phone: '+79161234567' });
    await createSubject(op, { last_name: 'Другова' });
    const res = await op
      .get('/api/subjects')
      .query(jsonParams({ filter: { q: 'Искомова', status: 'active' }, range: [0, 24] }))
      .expect(200);
    expect(res.body).toHaveLength(1);
    await op
      .get('/api/subjects')
      .query(jsonParams({ filter: { q: '+7 916 123-45-67' } }))
      .expect(200);
    const [byName, byPhone] = auditRows(t, "action = 'subjects.searched'");
    expect(byName).toMatchObject({ actor_login: op.login, subject_id: null, entity_type: 'subjects' });
    expect(JSON.parse(byName.details)).toEqual({
      filters: ['q', 'status'],
      rows: 1,
      total: 1,
      sort: 'last_name',
      offset: 0,
    });
    expect(JSON.parse(byPhone.details)).toMatchObject({ filters: ['q'], rows: 1 });
    // Every stored value but the random and derived ones, which may hold "916" by chance (a request id, a time, a hash).
    const everything = JSON.stringify(
      auditRows(t, "action = 'subjects.searched'").map(
        ({ at: _a, request_id: _r, prev_hash: _p, hash: _h, ...rest }) => rest,
      ),
    );
    expect(everything).not.toMatch(/Искомова|искомова|916|1234567/);
  });

  it('logs a plain page of the list, but not a lookup by ids of subjects already on a screen', async () => {
    const a = await createSubject(op);
    await op.get('/api/subjects').expect(200);
    expect(details('subjects.searched')).toEqual([expect.objectContaining({ filters: [], rows: 1 })]);
    await op.get(withFilter('/api/subjects', { id: [a.id] })).expect(200);
    expect(details('subjects.searched')).toHaveLength(1);
  });
});

describe('audit_log.searched and audit_log.viewed', () => {
  it('a subject’s history is logged as a search naming the subject in its details, and does not lengthen it', async () => {
    const s = await createSubject(op);
    const first = (await op.get(withFilter('/api/audit-log', { subject_id: s.id })).expect(200)).body;
    const again = (await op.get(withFilter('/api/audit-log', { subject_id: s.id })).expect(200)).body;
    expect(again.map((e: any) => e.id)).toEqual(first.map((e: any) => e.id));
    const searches = auditRows(t, "action = 'audit_log.searched'");
    expect(searches).toHaveLength(2);
    expect(searches[0]).toMatchObject({ actor_login: op.login, subject_id: null });
    expect(JSON.parse(searches[0].details)).toMatchObject({ filters: ['subject_id'], subject_id: s.id, total: 1 });
  });

  it('opening an entry is logged on the subject, so its history shows who opened it', async () => {
    const s = await createSubject(op);
    const [created] = (await compliance.get(withFilter('/api/audit-log', { subject_id: s.id })).expect(200)).body;
    const opened = (await compliance.get(`/api/audit-log/${created.id}`).expect(200)).body;
    expect(opened.details.values).toMatchObject({ last_name: s.last_name });
    const [viewed] = auditRows(t, "action = 'audit_log.viewed'");
    expect(viewed).toMatchObject({
      actor_login: compliance.login,
      entity_type: 'audit_entry',
      entity_id: String(created.id),
      subject_id: s.id,
    });
    expect(JSON.parse(viewed.details)).toEqual({ action: 'subject.created', personal_opened: true });
    const history = (await op.get(withFilter('/api/audit-log', { subject_id: s.id })).expect(200)).body;
    expect(history.map((e: any) => e.action)).toContain('audit_log.viewed');
  });

  it('the administrator’s reads of the log are in it for compliance to see', async () => {
    const admin = await loginAs(t, 'admin');
    await admin.get(withFilter('/api/audit-log', { action: 'staff.created' })).expect(200);
    await admin.get('/api/audit-log/1').expect(200);
    const reads = (
      await compliance.get(withFilter('/api/audit-log', { action: ['audit_log.searched', 'audit_log.viewed'] }))
    ).body;
    expect(reads.filter((e: any) => e.actor_login === admin.login).map((e: any) => e.action)).toEqual([
      'audit_log.viewed',
      'audit_log.searched',
    ]);
    await compliance.get('/api/audit-log/999999').expect(404);
  });
});

describe('the list without personal values', () => {
  it('names the fields entered or changed, and leaves values and reasons to the opened entry', async () => {
    const s = await createSubject(op, { email: 'list@example.ru' });
    await op
      .put(`/api/subjects/${s.id}`)
      .send({ ...s, phone: '+79990000000', correction_reason: 'Звонок пациента' })
      .expect(200);
    const list = (await compliance.get(withFilter('/api/audit-log', { subject_id: s.id })).expect(200)).body;
    const byAction = (a: string) => list.find((e: any) => e.action === a);
    expect(byAction('subject.created').details).toMatchObject({
      entered_fields: expect.arrayContaining(['last_name', 'first_name', 'phone', 'email']),
      personal_sealed: true,
    });
    expect(byAction('subject.corrected').details).toMatchObject({ fields: ['phone'], personal_sealed: true });
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/79990000000|list@example\.ru|Звонок пациента/);
    expect(text).not.toContain(s.last_name);
  });

  it('says «destroyed» for a destroyed subject’s entries without opening any', async () => {
    const s = await createSubject(op);
    const plan = DESTRUCTION_CATEGORIES.map((category) => ({ category, action: 'destroy' }));
    const d = (
      await op
        .post('/api/destructions')
        .send({ subject_id: s.id, reason: 'not_needed', reason_text: 'Не нужна', plan })
        .expect(201)
    ).body;
    await compliance.post(`/api/destructions/${d.id}/approve`).send({}).expect(200);
    const list = (await compliance.get(withFilter('/api/audit-log', { subject_id: s.id })).expect(200)).body;
    const created = list.find((e: any) => e.action === 'subject.created');
    expect(created.details).toMatchObject({ personal_destroyed: true });
    expect(created.details).not.toHaveProperty('personal_sealed');
  });
});

describe('filters of the review', () => {
  it('finds entries by kind of action, role, object, client address and request', async () => {
    const s = await createSubject(op);
    await op.get(`/api/subjects/${s.id}`).set('X-Request-Id', 'req-filter-1').expect(200);
    const ids = async (filter: Record<string, unknown>) =>
      (await compliance.get(withFilter('/api/audit-log', filter)).expect(200)).body.map((e: any) => e.action);
    expect(await ids({ action_kind: 'subject', subject_id: s.id })).toEqual(['subject.viewed', 'subject.created']);
    expect(await ids({ actor_role: 'operator', entity_type: 'subject', entity_id: String(s.id) })).toEqual([
      'subject.viewed',
      'subject.created',
    ]);
    const viewed = auditRows(t, "action = 'subject.viewed'")[0];
    expect(await ids({ request_id: viewed.request_id })).toEqual(['subject.viewed']);
    expect((await ids({ ip: viewed.ip, action: 'subject.viewed' })).length).toBe(1);
    expect(await ids({ action_kind: 'letter' })).toEqual([]);
    const bad = await compliance.get(withFilter('/api/audit-log', { action_kind: 'Letter;' })).expect(400);
    expect(bad.body.message).toContain('action_kind');
    await compliance.get(withFilter('/api/audit-log', { actor_role: 'root' })).expect(400);
  });
});
