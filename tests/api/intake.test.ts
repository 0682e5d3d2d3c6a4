import request from 'supertest';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  auditRows,
  publishDocuments,
  useTestApp,
  websiteSubmission,
  type PublishedDocuments,
} from '../helpers/testApp.js';
import { systemContext } from '../../server/shared/requestContext.js';

const t = useTestApp({ publicOrigins: ['https://natamed.example'], publicRateLimit: 10 });
let docs: PublishedDocuments;
beforeEach(async () => {
  docs = await publishDocuments(t);
});

const post = (body: object, app = t.app) => request(app).post('/api/public/submissions').send(body);
const count = (table: string) => (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('public intake', () => {
  it('stores the submission with its consent evidence and answers only a receipt id', async () => {
    const res = await post(
      websiteSubmission(docs, {
        consents: [
          { formId: docs.forms.medical_services, accepted: true },
          { formId: docs.forms.marketing, accepted: true },
        ],
      }),
    )
      .set('User-Agent', 'SiteForm/1.0')
      .expect(201);
    expect(Object.keys(res.body)).toEqual(['receiptId']);
    const row = t.db.prepare('SELECT * FROM submissions').get() as Record<string, any>;
    expect(row).toMatchObject({
      receipt_id: res.body.receiptId,
      phone: '+79160001122',
      policy_version_id: docs.policyId,
      user_agent: 'SiteForm/1.0',
      status: 'new',
    });
    expect(row.ip).toBeTruthy();
    expect(row.received_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(Buffer.from(row.message_enc).includes(Buffer.from('горло'))).toBe(false);
    const evidence = t.db.prepare('SELECT purpose, form_sha256 FROM submission_consents ORDER BY purpose').all();
    expect(evidence).toEqual([
      { purpose: 'marketing', form_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { purpose: 'medical_services', form_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(auditRows(t, "action = 'submission.received'")).toHaveLength(1);
  });

  it('refuses a submission without consent to processing with 422, even with marketing consent, and stores nothing', async () => {
    const res = await post(
      websiteSubmission(docs, { consents: [{ formId: docs.forms.marketing, accepted: true }] }),
    ).expect(422);
    expect(res.body.message).toMatch(/medical_services/);
    const unticked = await post(
      websiteSubmission(docs, { consents: [{ formId: docs.forms.medical_services, accepted: false }] }),
    ).expect(422);
    expect(unticked.body.code).toBe('processing_consent_required');
    expect(count('submissions')).toBe(0);
  });

  it('accepts the current and the directly preceding versions, and refuses older ones with 422', async () => {
    const v2 = await publishDocuments(t, '2', '2026-01-01');
    await post(websiteSubmission(docs)).expect(201); // v1: directly preceding
    await post(websiteSubmission(v2)).expect(201);
    await publishDocuments(t, '3', '2026-06-01');
    const stalePolicy = await post(
      websiteSubmission(docs, {
        policyVersionId: docs.policyId,
        consents: [{ formId: v2.forms.medical_services, accepted: true }],
      }),
    ).expect(422);
    expect(stalePolicy.body.code).toBe('policy_version_not_current');
    const staleForm = await post(
      websiteSubmission(v2, { consents: [{ formId: docs.forms.medical_services, accepted: true }] }),
    ).expect(422);
    expect(staleForm.body.code).toBe('consent_form_not_current');
    expect(count('submissions')).toBe(2);
  });

  it('ignores a version whose effective date has not come, and an unpublished draft', async () => {
    const future = await publishDocuments(t, 'future', '2999-01-01');
    await post(websiteSubmission(future)).expect(422);
    const draft = await t.services.consentForms.create(systemContext(), {
      purpose: 'medical_services',
      title: 'Черновик',
      version: 'draft',
      text: 'Черновик',
      effective_from: '2025-01-01',
    });
    await post(websiteSubmission(docs, { consents: [{ formId: draft.id, accepted: true }] })).expect(422);
  });

  it.each([
    ['unknown field', { isAdmin: true }, 'isAdmin'],
    ['bad phone', { phone: '12-34' }, 'phone'],
    ['bad service', { service: 'surgery' }, 'service'],
    ['too long name', { lastName: 'Я'.repeat(101) }, 'lastName'],
  ])('refuses a %s with 400 naming the field', async (_name, patch, field) => {
    const res = await post(websiteSubmission(docs, patch)).expect(400);
    expect(res.body.errors).toHaveProperty(field);
    expect(count('submissions')).toBe(0);
  });

  it('trims strings', async () => {
    await post(websiteSubmission(docs, { lastName: '  Сидорова  ' })).expect(201);
    expect(t.db.prepare('SELECT last_name FROM submissions').get()).toEqual({ last_name: 'Сидорова' });
  });

  it('answers 413 to a body over 32 kB', async () => {
    await post(websiteSubmission(docs, { message: 'x'.repeat(33_000) })).expect(413);
  });

  it('rate-limits each IP to 10 a minute with 429', async () => {
    // The limiter's window runs on the wall clock (rate-limiter-flexible's own), so the test moves Date itself.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let i = 0; i < 10; i++) await post(websiteSubmission(docs)).expect(201);
      await post(websiteSubmission(docs)).expect(429);
      vi.setSystemTime(Date.now() + 66_000);
      await post(websiteSubmission(docs)).expect(201);
    } finally {
      vi.useRealTimers();
    }
  });

  it('allows CORS only from PUBLIC_ORIGINS', async () => {
    const ok = await request(t.app)
      .options('/api/public/submissions')
      .set('Origin', 'https://natamed.example')
      .expect(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://natamed.example');
    const posted = await post(websiteSubmission(docs)).set('Origin', 'https://natamed.example').expect(201);
    expect(posted.headers['access-control-allow-origin']).toBe('https://natamed.example');
    const evil = await post(websiteSubmission(docs)).set('Origin', 'https://evil.example').expect(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    expect(count('submissions')).toBe(1);
  });

  it('publishes the current policy and consent forms for the website', async () => {
    await publishDocuments(t, '2', '2026-01-01');
    const policy = await request(t.app).get('/api/public/policy/current').expect(200);
    expect(policy.body).toMatchObject({
      version: '2',
      effectiveFrom: '2026-01-01',
      text: 'Политика, редакция 2',
      updatedAt: expect.any(String),
    });
    const forms = await request(t.app).get('/api/public/consent-forms/current').expect(200);
    expect(forms.body.map((f: any) => [f.purpose, f.version])).toEqual([
      ['medical_services', '2'],
      ['marketing', '2'],
      ['health_data', '2'],
    ]);
  });
});
