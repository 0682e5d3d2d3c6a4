import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  auditRows,
  createSubject,
  loginAs,
  publishDocuments,
  useTestApp,
  websiteSubmission,
  withFilter,
  type LoggedIn,
  type PublishedDocuments,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let docs: PublishedDocuments;
beforeEach(async () => {
  docs = await publishDocuments(t);
  op = await loginAs(t, 'operator');
});

async function submit(over: Record<string, unknown> = {}) {
  await request(t.app).post('/api/public/submissions').send(websiteSubmission(docs, over)).expect(201);
  return (t.db.prepare('SELECT max(id) AS id FROM submissions').get() as { id: number }).id;
}
const existingSubject = (over: Record<string, unknown> = {}) => createSubject(op, over);
const postAs = (who: LoggedIn, path: string, body: object = {}) => who.post(path).send(body);

describe('queue', () => {
  it('lists new submissions newest first with a pending count; decided ones leave it for the archive', async () => {
    const first = await submit({ lastName: 'Первая' });
    const second = await submit({ lastName: 'Вторая' });
    const queue = await op.get(withFilter('/api/submissions', { status: 'new' })).expect(200);
    expect(queue.body.map((s: any) => s.id)).toEqual([second, first]);
    expect(queue.body[0]).not.toHaveProperty('message');
    expect((await op.get('/api/submissions/pending-count').expect(200)).body).toEqual({ count: 2 });
    await postAs(op, `/api/submissions/${first}/reject`, { category: 'spam', reason: 'Реклама' }).expect(200);
    expect((await op.get('/api/submissions/pending-count')).body).toEqual({ count: 1 });
    const archive = await op.get(withFilter('/api/submissions', { decided: true })).expect(200);
    expect(archive.body).toMatchObject([
      { id: first, status: 'rejected', reject_category: 'spam', decided_by_login: op.login },
    ]);
    // The words typed stay on the submission (which destruction erases), not in the append-only log.
    const [rejected] = auditRows(t, "action = 'submission.rejected'");
    expect(JSON.parse(rejected.details)).toEqual({ receipt_id: expect.any(String), category: 'spam' });
    expect(rejected.details).not.toContain('Реклама');
  });

  it('suggests matches by phone, e-mail and name + birth date, ranked, naming the matching fields', async () => {
    const byPhone = await existingSubject({
      last_name: 'Другая',
      first_name: 'Ольга',
      patronymic: null,
      phone: '+79160001122',
      email: null,
      birth_date: '1990-01-01',
    });
    const byName = await existingSubject({ phone: '+79990000000', email: null });
    const byAll = await existingSubject({ phone: '+79160001122', email: 'maria.petrova@example.ru' });
    await existingSubject({ last_name: 'Посторонний', first_name: 'Иван', phone: '+79001234567', email: 'x@y.ru' });
    const id = await submit();
    const card = await op.get(`/api/submissions/${id}`).expect(200);
    expect(card.body.message).toBe('Болит горло третий день');
    expect(card.body.matches.map((m: any) => m.subject.id)).toEqual([byAll.id, byName.id, byPhone.id]);
    expect(card.body.matches[0].matched_fields).toEqual([
      'phone',
      'email',
      'birth_date',
      'last_name',
      'first_name',
      'patronymic',
    ]);
    expect(card.body.matches[2].matched_fields).toEqual(['phone']);
    expect(auditRows(t, "action = 'submission.viewed'")).toHaveLength(1);
  });
});

describe('decisions', () => {
  it('links to an existing subject taking the chosen fields only, as a correction with the submission as its reason', async () => {
    const subject = await existingSubject({ email: 'old@example.ru' });
    const id = await submit({
      consents: [
        { formId: docs.forms.medical_services, accepted: true },
        { formId: docs.forms.marketing, accepted: true },
      ],
    });
    const res = await postAs(op, `/api/submissions/${id}/link`, {
      subject_id: subject.id,
      subject_version: subject.version,
      take: ['phone'],
    }).expect(200);
    expect(res.body.subject).toMatchObject({ phone: '+79160001122', email: 'old@example.ru', version: 2 });
    expect(res.body.submission).toMatchObject({ status: 'linked', subject_id: subject.id });

    const history = (await op.get(withFilter('/api/audit-log', { subject_id: subject.id }))).body;
    const listed = history.find((e: any) => e.action === 'subject.corrected');
    // The list names the fields only; opening the entry (compliance, audited) shows the values.
    expect(listed.details).toMatchObject({ fields: ['phone'], submission_id: id, personal_sealed: true });
    expect(listed.details).not.toHaveProperty('changes');
    const compliance = await loginAs(t, 'compliance');
    const correction = (await compliance.get(`/api/audit-log/${listed.id}`).expect(200)).body;
    expect(correction.details).toMatchObject({
      fields: ['phone'],
      submission_id: id,
      changes: { phone: { from: '+79123456789', to: '+79160001122' } },
      reason: expect.stringContaining('W-'),
    });
    expect(history.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['submission.linked', 'consent.recorded']),
    );
    const consents = (await op.get(withFilter('/api/consents', { subject_id: subject.id }))).body;
    expect(consents.map((c: any) => [c.purpose, c.channel, c.policy_version_id, c.submission_id]).sort()).toEqual([
      ['marketing', 'website', docs.policyId, id],
      ['medical_services', 'website', docs.policyId, id],
    ]);
  });

  it('refuses a link against a subject that changed since the operator compared it', async () => {
    const subject = await existingSubject();
    const id = await submit();
    await op
      .put(`/api/subjects/${subject.id}`)
      .send({ ...subject, email: 'mid@example.ru', correction_reason: 'звонок' })
      .expect(200);
    const res = await postAs(op, `/api/submissions/${id}/link`, {
      subject_id: subject.id,
      subject_version: subject.version,
      take: ['phone'],
    }).expect(409);
    expect(res.body.code).toBe('version_conflict');
    expect(t.db.prepare('SELECT status FROM submissions WHERE id = ?').get(id)).toEqual({ status: 'new' });
  });

  it('creates a new subject from a submission with its consents', async () => {
    const id = await submit();
    const res = await postAs(op, `/api/submissions/${id}/create-subject`).expect(201);
    expect(res.body.subject).toMatchObject({
      last_name: 'Петрова',
      phone: '+79160001122',
      birth_date: '1985-04-12',
      status: 'active',
    });
    expect(t.db.prepare('SELECT count(*) AS n FROM consents WHERE subject_id = ?').get(res.body.subject.id)).toEqual({
      n: 1,
    });
    expect(auditRows(t, "action = 'submission.subject_created'")).toHaveLength(1);
  });

  it('lets only one of two operators decide the same submission; the second gets a conflict naming who decided', async () => {
    const other = await loginAs(t, 'operator');
    const id = await submit();
    const [a, b] = await Promise.all([
      postAs(op, `/api/submissions/${id}/create-subject`),
      postAs(other, `/api/submissions/${id}/reject`, { category: 'duplicate', reason: 'Уже есть' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('already_decided');
    expect(loser.body.message).toMatch(/already decided/);
    expect(auditRows(t, "action IN ('submission.subject_created', 'submission.rejected')")).toHaveLength(1);
    expect(t.db.prepare('SELECT count(*) AS n FROM subjects').get()).toEqual({ n: a.status === 201 ? 1 : 0 });
  });

  it('requires a reason and a category to reject', async () => {
    const id = await submit();
    const res = await postAs(op, `/api/submissions/${id}/reject`, { category: 'nonsense' }).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['category', 'reason']);
  });

  it('is refused to compliance (read-only) and audited as a denial', async () => {
    const compliance = await loginAs(t, 'compliance');
    const id = await submit();
    await compliance.get(`/api/submissions/${id}`).expect(200);
    await postAs(compliance, `/api/submissions/${id}/create-subject`).expect(403);
    expect(auditRows(t, "action = 'auth.denied'")).toHaveLength(1);
  });
});
