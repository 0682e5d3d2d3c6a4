// Blocking and withdrawal as the calls a later workflow (a withdrawal letter) composes inside one transaction.
import { beforeEach, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../../server/db/groupCommit.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
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

const LETTER = { source: 'letter' as const, sourceId: 17, reason: 'Письмо Ивановой о отзыве согласия от 20.11.2026' };

beforeEach(async () => {
  docs = await publishDocuments(t);
  op = await loginAs(t, 'operator');
  subjectId = (await createSubject(op)).id;
  for (const form of [docs.forms.medical_services, docs.forms.marketing]) {
    await op
      .post('/api/consents')
      .send({ subject_id: subjectId, consent_form_id: form, given_at: '2026-11-20', channel: 'paper' })
      .expect(201);
  }
});

const status = () =>
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

/** What a withdrawal letter's identification will do: block the subject and withdraw its consents, together. */
const withdrawalWithin = () => {
  const ctx = systemContext();
  const blocked = t.services.subjects.blockWithin(ctx, subjectId, LETTER);
  const withdrawn = t.services.consents.withdrawActiveWithin(ctx, subjectId, 'Письмо ВХ-2026-00017');
  return { blocked, withdrawn };
};

describe('blocking a subject and withdrawing its consents in one transaction', () => {
  it('blocks, withdraws every active consent, drops the subject from the marketing list, and audits each step', async () => {
    expect(await onMarketingList()).toBe(true);
    const before = status();
    const { blocked, withdrawn } = await inWriteTransaction(t.db, withdrawalWithin);

    expect(blocked.changed).toBe(true);
    expect(blocked.subject).toMatchObject({ status: 'blocked', version: before.version + 1 });
    expect(withdrawn).toHaveLength(2);
    expect(activeConsents()).toEqual([]);
    expect(await onMarketingList()).toBe(false);

    const [entry] = auditRows(t, "action = 'subject.blocked' AND subject_id = ?", subjectId);
    expect(JSON.parse(entry.details)).toMatchObject({ source: 'letter', source_id: 17, version: before.version + 1 });
    // The reason names the person: only its ciphertext is in the log.
    expect(entry.details).not.toContain('Ивановой');
    expect(auditRows(t, "action = 'consent.withdrawn' AND subject_id = ?", subjectId)).toHaveLength(2);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('can withdraw only the purposes a letter names', async () => {
    await inWriteTransaction(t.db, () =>
      t.services.consents.withdrawActiveWithin(systemContext(), subjectId, 'Письмо', ['marketing']),
    );
    expect(activeConsents()).toEqual(['medical_services']);
  });

  it('leaves nothing behind when the workflow fails half-way', async () => {
    const entriesBefore = auditRows(t).length;
    await expect(
      inWriteTransaction(t.db, () => {
        withdrawalWithin();
        throw new Error('the deadline item could not be opened');
      }),
    ).rejects.toThrow(/deadline/);

    expect(auditRows(t)).toHaveLength(entriesBefore);
    expect(status().status).toBe('active');
    expect(activeConsents()).toEqual(['marketing', 'medical_services']);
    expect(await onMarketingList()).toBe(true);
  });

  it('refuses to run outside a transaction, so no step can be committed alone', () => {
    expect(() => t.services.subjects.blockWithin(systemContext(), subjectId, LETTER)).toThrow(
      /inside a write transaction/,
    );
    expect(() => t.services.consents.withdrawActiveWithin(systemContext(), subjectId, 'x')).toThrow(
      /inside a write transaction/,
    );
    expect(status().status).toBe('active');
  });
});

describe('a blocked subject', () => {
  beforeEach(async () => {
    await inWriteTransaction(t.db, () => t.services.subjects.blockWithin(systemContext(), subjectId, LETTER));
  });

  it('cannot be corrected: 409 subject_blocked, and nothing is written', async () => {
    const { version } = status();
    const res = await op
      .put(`/api/subjects/${subjectId}`)
      .send({
        ...(await op.get(`/api/subjects/${subjectId}`)).body,
        phone: '+79990001122',
        correction_reason: 'Новый номер',
        version,
      })
      .expect(409);
    expect(res.body.code).toBe('subject_blocked');
    expect(status().version).toBe(version);
    expect(auditRows(t, "action = 'subject.corrected'")).toHaveLength(0);
  });

  it('is still shown, and every look at it is still audited', async () => {
    const res = await op.get(`/api/subjects/${subjectId}`).expect(200);
    expect(res.body.status).toBe('blocked');
    expect(auditRows(t, "action = 'subject.viewed' AND subject_id = ?", subjectId).length).toBeGreaterThan(0);
  });

  it('gets no new paper consent', async () => {
    const res = await op
      .post('/api/consents')
      .send({ subject_id: subjectId, consent_form_id: docs.forms.marketing, given_at: '2026-11-21', channel: 'paper' })
      .expect(422);
    expect(res.body.code).toBe('subject_not_active');
  });

  it('blocking it again changes nothing and logs nothing', async () => {
    const entries = auditRows(t).length;
    const again = await inWriteTransaction(t.db, () =>
      t.services.subjects.blockWithin(systemContext(), subjectId, LETTER),
    );
    expect(again.changed).toBe(false);
    expect(auditRows(t)).toHaveLength(entries);
  });

  it('is unblocked with a basis, audited, and can then be corrected', async () => {
    const unblocked = await inWriteTransaction(t.db, () =>
      t.services.subjects.unblockWithin(systemContext(), subjectId, {
        source: 'letter',
        sourceId: 17,
        reason: 'Проверка завершена',
      }),
    );
    expect(unblocked.status).toBe('active');
    expect(auditRows(t, "action = 'subject.unblocked' AND subject_id = ?", subjectId)).toHaveLength(1);
    const card = (await op.get(`/api/subjects/${subjectId}`)).body;
    await op
      .put(`/api/subjects/${subjectId}`)
      .send({ ...card, phone: '+79990001122', correction_reason: 'Новый номер' })
      .expect(200);
  });

  it('unblocking a subject that is not blocked answers 409 subject_not_blocked', async () => {
    await inWriteTransaction(t.db, () =>
      t.services.subjects.unblockWithin(systemContext(), subjectId, { source: 'letter', reason: 'x' }),
    );
    await expect(
      inWriteTransaction(t.db, () =>
        t.services.subjects.unblockWithin(systemContext(), subjectId, { source: 'letter', reason: 'x' }),
      ),
    ).rejects.toMatchObject({ status: 409, code: 'subject_not_blocked' });
  });
});
