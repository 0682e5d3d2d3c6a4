import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  auditRows,
  createSubject,
  loginAs,
  publishDocuments,
  useTestApp,
  type LoggedIn,
  type PublishedDocuments,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let docs: PublishedDocuments;
let subjectId: number;
beforeEach(async () => {
  docs = await publishDocuments(t);
  op = await loginAs(t, 'operator');
  subjectId = (await createSubject(op)).id;
});

const paper = (over: Record<string, unknown> = {}) =>
  op.post('/api/consents').send({
    subject_id: subjectId,
    consent_form_id: docs.forms.marketing,
    given_at: '2026-11-20',
    channel: 'paper',
    ...over,
  });

describe('consents', () => {
  it('records a paper consent with the form hash, audited', async () => {
    const res = await paper().expect(201);
    expect(res.body).toMatchObject({
      purpose: 'marketing',
      channel: 'paper',
      status: 'active',
      recorded_by_login: op.login,
      form_version: '1',
    });
    expect(res.body.form_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRows(t, "action = 'consent.recorded' AND subject_id = ?", subjectId)).toHaveLength(1);
  });

  it('requires the representative and the document of authority for a consent given by a legal representative', async () => {
    const res = await paper({ channel: 'representative' }).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['representative_document', 'representative_name']);
    await paper({
      channel: 'representative',
      representative_name: 'Петров П. П.',
      representative_document: 'Решение суда № 2-123/2026',
    }).expect(201);
  });

  it('can never be edited or deleted, over HTTP or in SQL', async () => {
    const { id } = (await paper().expect(201)).body;
    await op.put(`/api/consents/${id}`).send({ purpose: 'medical_services' }).expect(405);
    await op.delete(`/api/consents/${id}`).expect(405);
    expect(() => t.db.prepare("UPDATE consents SET given_at = '2020-01-01' WHERE id = ?").run(id)).toThrow(
      /only withdrawn/,
    );
    expect(() => t.db.prepare('DELETE FROM consents WHERE id = ?').run(id)).toThrow(/never deleted/);
    expect(() =>
      t.db
        .prepare(
          "UPDATE consents SET status = 'withdrawn', withdrawn_at = 'x', withdrawal_basis = 'y', purpose = 'health_data' WHERE id = ?",
        )
        .run(id),
    ).toThrow();
  });

  it('withdraws a marketing consent once, with a basis, keeping the record', async () => {
    const { id } = (await paper().expect(201)).body;
    const noBasis = await op.post(`/api/consents/${id}/withdraw`).send({}).expect(400);
    expect(noBasis.body.errors).toHaveProperty('basis');
    const res = await op
      .post(`/api/consents/${id}/withdraw`)
      .send({ basis: 'Звонок 25.11: просит не присылать рассылку' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'withdrawn',
      withdrawal_basis: 'Звонок 25.11: просит не присылать рассылку',
      withdrawn_at: expect.any(String),
    });
    await op.post(`/api/consents/${id}/withdraw`).send({ basis: 'ещё раз' }).expect(422);
    expect(auditRows(t, "action = 'consent.withdrawn'")).toHaveLength(1);
  });

  it('leaves withdrawal of consent to processing to the letters workflow', async () => {
    const { id } = (await paper({ consent_form_id: docs.forms.medical_services }).expect(201)).body;
    const res = await op.post(`/api/consents/${id}/withdraw`).send({ basis: 'письмо' }).expect(422);
    expect(res.body.code).toBe('withdraw_marketing_only');
  });
});

describe('policy versions and consent forms', () => {
  it('admin drafts, edits, publishes; a published version is immutable and becomes current on its date', async () => {
    const admin = await loginAs(t, 'admin');
    const send = (method: 'post' | 'put' | 'delete', path: string, body: object = {}) => admin[method](path).send(body);
    const draft = (
      await send('post', '/api/policies', {
        version: '2',
        text: '# Политика\n\nНовая редакция',
        effective_from: '2026-11-01',
      }).expect(201)
    ).body;
    expect(draft).toMatchObject({ status: 'draft', is_current: false });
    await send('put', `/api/policies/${draft.id}`, {
      ...draft,
      text: '# Политика\n\nНовая редакция, исправленная',
    }).expect(200);
    const published = (await send('post', `/api/policies/${draft.id}/publish`).expect(200)).body;
    expect(published).toMatchObject({ status: 'published', is_current: true, published_by: admin.login });
    expect((await request(t.app).get('/api/public/policy/current')).body.text).toBe(
      '# Политика\n\nНовая редакция, исправленная',
    );

    const refused = await send('put', `/api/policies/${draft.id}`, { ...draft, text: 'подмена' }).expect(409);
    expect(refused.body.code).toBe('published_immutable');
    await send('delete', `/api/policies/${draft.id}`).expect(409);
    await send('post', `/api/policies/${draft.id}/publish`).expect(409);
    expect(() => t.db.prepare("UPDATE policy_versions SET text = 'x' WHERE id = ?").run(draft.id)).toThrow(/immutable/);
    expect(auditRows(t, "action LIKE 'policy.%'").map((r) => r.action)).toEqual(
      expect.arrayContaining(['policy.created', 'policy.updated', 'policy.published']),
    );
  });

  it('lists policy versions with how many consents each holds', async () => {
    await paper().expect(201); // paper consents carry no policy version
    const admin = await loginAs(t, 'admin');
    await request(t.app)
      .post('/api/public/submissions')
      .send({
        service: 'callback',
        lastName: 'Ким',
        firstName: 'Анна',
        phone: '89160000000',
        policyVersionId: docs.policyId,
        consents: [{ formId: docs.forms.medical_services, accepted: true }],
      })
      .expect(201);
    const sub = (t.db.prepare('SELECT id FROM submissions').get() as { id: number }).id;
    await op.post(`/api/submissions/${sub}/create-subject`).send({}).expect(201);
    const list = (await admin.get('/api/policies').expect(200)).body;
    expect(list.find((p: any) => p.id === docs.policyId).consents_count).toBe(1);
    const forms = (await admin.get('/api/consent-forms').expect(200)).body;
    expect(forms.find((f: any) => f.id === docs.forms.marketing).consents_count).toBe(1);
  });

  it('refuses a duplicate version and operators drafting', async () => {
    const admin = await loginAs(t, 'admin');
    const dup = await admin
      .post('/api/consent-forms')
      .send({ purpose: 'marketing', title: 'Дубль', version: '1', text: 'x', effective_from: '2026-01-01' })
      .expect(409);
    expect(dup.body.errors).toHaveProperty('version');
    await op.post('/api/policies').send({ version: '9', text: 'x', effective_from: '2026-01-01' }).expect(403);
  });
});
