// Destruction of a subject's data: the proposal (validation, one open per subject, the block), the four eyes (an
// operator never approves, a proposer never approves their own), rejection, and the approval that executes the plan
// in one transaction: atomic, crypto-shredding the subject's key while the audit chain still verifies.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain, verifyChainParallel } from '../../server/audit/verifyChain.js';
import { DESTRUCTION_CATEGORIES } from '../../server/contract/index.js';
import { binary, pdfText } from '../helpers/pdf.js';
import { systemContext } from '../../server/shared/requestContext.js';
import {
  auditRows,
  createStaff,
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
let compliance: LoggedIn;
let subjectId: number;

beforeEach(async () => {
  t.clock.now = Date.parse('2026-02-02T12:00:00+03:00');
  const docs = await publishDocuments(t, '1', '2025-09-01');
  op = await loginAs(t, 'operator');
  compliance = await loginAs(t, 'compliance');
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
  await op
    .put(`/api/subjects/${subjectId}`)
    .send({
      ...(await op.get(`/api/subjects/${subjectId}`)).body,
      phone: '+79120000001',
      correction_reason: 'Новый номер',
    })
    .expect(200);
});

const destroyAll = () => DESTRUCTION_CATEGORIES.map((category) => ({ category, action: 'destroy' }));
const proposal = (over: Record<string, unknown> = {}) => ({
  subject_id: subjectId,
  reason: 'not_needed',
  reason_text: 'Обработка больше не нужна',
  plan: destroyAll(),
  ...over,
});
const propose = async (over: Record<string, unknown> = {}) =>
  (await op.post('/api/destructions').send(proposal(over)).expect(201)).body;
const subjectRow = () => t.db.prepare('SELECT * FROM subjects WHERE id = ?').get(subjectId) as Record<string, any>;
const keyExists = () => !!t.db.prepare('SELECT 1 FROM subject_keys WHERE subject_id = ?').get(subjectId);
const consentRows = () => t.db.prepare('SELECT * FROM consents WHERE subject_id = ?').all(subjectId);

describe('a proposal', () => {
  it('shows the counts per category, blocks the subject and is audited without personal values', async () => {
    const preview = (await op.get(`/api/destructions/preview?subject_id=${subjectId}`).expect(200)).body;
    expect(preview).toEqual({
      identity_contacts: 1,
      medical: 1,
      submissions: 0,
      consents: 1,
      correspondence: 0,
      disclosures: 0,
    });
    const d = await propose();
    expect(d).toMatchObject({ status: 'proposed', reason: 'not_needed', reason_text: 'Обработка больше не нужна' });
    expect(subjectRow().status).toBe('blocked');
    const [entry] = auditRows(t, "action = 'destruction.proposed'");
    expect(entry.details).not.toContain('Обработка больше не нужна');
    expect(JSON.parse(entry.details).plan).toHaveLength(DESTRUCTION_CATEGORIES.length);
    const list = await compliance.get(withFilter('/api/destructions', { status: 'proposed' })).expect(200);
    expect(list.headers['content-range']).toBe('destructions 0-0/1');
  });

  it('names a bad field, and needs every category once and a basis and term for what is retained', async () => {
    const bad = async (over: Record<string, unknown>) =>
      (await op.post('/api/destructions').send(proposal(over)).expect(400)).body.errors;
    expect(await bad({ reason: 'whim' })).toHaveProperty('reason');
    expect(await bad({ plan: destroyAll().slice(1) })).toHaveProperty('plan');
    const retained = destroyAll().map((p) => (p.category === 'medical' ? { ...p, action: 'retain' } : p));
    const errors = await bad({ plan: retained });
    expect(errors).toHaveProperty(['plan.1.legal_basis']);
    expect(errors).toHaveProperty(['plan.1.retain_until']);
    expect(subjectRow().status).toBe('active');
  });

  it('a rejection leaves the subject blocked while a letter holds the block', async () => {
    const letter = (
      await op
        .post('/api/letters')
        .send({ kind: 'withdrawal', received_on: '2026-02-02', sender_name: 'Петрова Мария', sender_address: 'Москва' })
        .expect(201)
    ).body;
    await op
      .post(`/api/letters/${letter.id}/identify`)
      .send({ subject_id: subjectId, method: 'matching_fields', fields_matched: ['last_name'], note: 'совпадает' })
      .expect(200);
    const d = await propose({ reason: 'withdrawal', letter_id: letter.id });
    await compliance.post(`/api/destructions/${d.id}/reject`).send({ comment: 'Нужна проверка' }).expect(200);
    expect(subjectRow().status).toBe('blocked');
    expect(auditRows(t, "action = 'subject.unblocked'")).toHaveLength(0);
  });

  it('refuses to retain a category until a day already past, naming the plan line', async () => {
    const plan = destroyAll().map((p) =>
      p.category === 'medical'
        ? { ...p, action: 'retain', legal_basis: '323-ФЗ ст. 22', retain_until: '2026-02-02' }
        : p,
    );
    const res = await op.post('/api/destructions').send(proposal({ plan })).expect(400);
    expect(Object.keys(res.body.errors)).toEqual([
      `plan.${plan.findIndex((p) => p.category === 'medical')}.retain_until`,
    ]);
    expect(subjectRow().status).toBe('active');
  });

  it('allows one open proposal per subject, and only operators propose', async () => {
    await propose();
    const again = await op.post('/api/destructions').send(proposal()).expect(409);
    expect(again.body.code).toBe('destruction_pending');
    await compliance.post('/api/destructions').send(proposal()).expect(403);
  });
});

describe('the decision', () => {
  it('is never an operator’s, never the proposer’s own', async () => {
    const d = await propose();
    await op.post(`/api/destructions/${d.id}/approve`).send({ comment: 'сам' }).expect(403);
    // Only operators propose over HTTP: a proposal by a compliance officer is made through the service.
    const proposer = await createStaff(t, 'compliance');
    const other = await createSubject(op, { last_name: 'Сидорова' });
    const own = await t.services.destructions.propose(
      { actor: { id: proposer.id, login: proposer.login, role: 'compliance' }, requestId: null, ip: null },
      { ...proposal({ subject_id: other.id }), letter_id: null } as never,
    );
    const self = await logIn(t, proposer.login);
    const res = await self.post(`/api/destructions/${own.id}/approve`).send({ comment: 'сама' }).expect(409);
    expect(res.body.code).toBe('own_proposal');
    expect(keyExists()).toBe(true);
  });

  it('a rejection needs a comment, lifts the block the proposal set, and changes nothing else', async () => {
    const d = await propose();
    expect(subjectRow().status).toBe('blocked');
    const before = { subject: subjectRow(), consents: consentRows() };
    await compliance.post(`/api/destructions/${d.id}/reject`).send({}).expect(400);
    const res = await compliance.post(`/api/destructions/${d.id}/reject`).send({ comment: 'Договор действует' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', comment: 'Договор действует', act_id: null });
    const { status: _s, version, updated_at: _u, ...unchanged } = before.subject;
    expect(subjectRow()).toMatchObject({ ...unchanged, status: 'active', version: version + 1 });
    expect(consentRows()).toEqual(before.consents);
    const [unblocked] = auditRows(t, "action = 'subject.unblocked'");
    expect(JSON.parse(unblocked.details)).toMatchObject({ source: 'destruction', source_id: d.id });
    expect(keyExists()).toBe(true);
    const late = await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'всё же' }).expect(409);
    expect(late.body.code).toBe('invalid_transition');
  });
});

describe('approval executes', () => {
  it('destroys the subject, its key and the personal parts of its log, while the chain verifies', async () => {
    const d = await propose();
    const res = await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'Согласовано' }).expect(200);
    expect(res.body).toMatchObject({ status: 'executed', reason_text: null, comment: null });
    expect(res.body.act_number).toMatch(/^АКТ-2026-0001$/);
    const row = subjectRow();
    expect(row).toMatchObject({
      status: 'destroyed',
      destroyed_on: '2026-02-02',
      destruction_act_id: res.body.act_id,
      last_name: '—',
      last_name_norm: '—',
      phone: null,
      email: null,
      birth_date: null,
      medical_info_enc: null,
    });
    expect(keyExists()).toBe(false);
    const consent = consentRows()[0] as Record<string, any>;
    expect(consent).toMatchObject({
      purpose: 'medical_services',
      given_at: '2025-11-20T00:00:00.000Z',
      ip: null,
      user_agent: null,
    });

    const actions = auditRows(t, 'subject_id = ?', subjectId).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['destruction.approved', 'subject.destroyed', 'destruction_act.created']),
    );
    const history = (await compliance.get(withFilter('/api/audit-log', { subject_id: subjectId })).expect(200)).body;
    const corrected = history.find((e: any) => e.action === 'subject.corrected');
    expect(corrected.details).toMatchObject({ personal_destroyed: true });
    expect(corrected.details).not.toHaveProperty('personal_hidden');
    expect(corrected.details).not.toHaveProperty('changes');

    // The card names the day and the act; the list shows the subject only under its status.
    const card = (await op.get(`/api/subjects/${subjectId}`).expect(200)).body;
    expect(card).toMatchObject({
      status: 'destroyed',
      destroyed_on: '2026-02-02',
      destruction_act_id: res.body.act_id,
      destruction_act_number: 'АКТ-2026-0001',
    });
    const listed = await op.get('/api/subjects').expect(200);
    expect(listed.body.map((s: any) => s.id)).not.toContain(subjectId);
    expect(listed.headers['content-range']).toMatch(/\/0$/);
    const destroyed = await op.get(withFilter('/api/subjects', { status: 'destroyed' })).expect(200);
    expect(destroyed.body.map((s: any) => s.id)).toEqual([subjectId]);
    const byId = await op.get(withFilter('/api/subjects', { id: [subjectId] })).expect(200);
    expect(byId.body.map((s: any) => s.id)).toEqual([subjectId]);
    expect(verifyChain(t.db)).toMatchObject({ ok: true });
    // What `npm run cli -- audit:verify` runs, in its worker threads.
    const cli = await verifyChainParallel(t.db, t.dbPath, {
      threads: 2,
      parallelFrom: 1,
      segment: 4,
      workersOnly: true,
    });
    expect(cli).toMatchObject({ ok: true, checked: auditRows(t).length });

    const act = t.db.prepare('SELECT * FROM destruction_acts WHERE id = ?').get(res.body.act_id) as Record<string, any>;
    expect(act).toMatchObject({
      number: 'АКТ-2026-0001',
      destroyed_on: '2026-02-02',
      expires_on: '2029-02-02',
      status: 'kept',
    });
    const key = t.services.ownerKeys.find(act.owner_key_id)!;
    const content = JSON.parse(key.open(act.content_enc, `destruction_act:${act.id}:content`).toString('utf8'));
    expect(content.subject).toMatchObject({ last_name: 'Петрова', first_name: 'Мария', phone: '+79120000001' });
    expect(content.reason_text).toBe('Обработка больше не нужна');
    expect(content.log.map((l: any) => l.action)).toEqual(
      expect.arrayContaining([
        'destruction.proposed',
        'destruction.approved',
        'subject.destroyed',
        'destruction_act.created',
      ]),
    );

    const second = await compliance.post(`/api/destructions/${d.id}/approve`).send({}).expect(409);
    expect(second.body.code).toBe('invalid_transition');
    const again = await op.post('/api/destructions').send(proposal()).expect(409);
    expect(again.body.code).toBe('already_destroyed');
    const correct = await op
      .put(`/api/subjects/${subjectId}`)
      .send({ ...(await op.get(`/api/subjects/${subjectId}`)).body, last_name: 'Новая', correction_reason: 'попытка' });
    expect(correct.status).toBe(409);
  });

  it('keeps what the plan retains, blocked, re-sealed under a new key', async () => {
    const plan = destroyAll().map((p) =>
      p.category === 'medical'
        ? { ...p, action: 'retain', legal_basis: '323-ФЗ ст. 22; приказ Минздрава № 530н', retain_until: '2051-02-02' }
        : p,
    );
    const d = await propose({ plan });
    await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'Медкарта хранится' }).expect(200);
    expect(subjectRow()).toMatchObject({ status: 'destroyed', last_name: '—' });
    expect(subjectRow().medical_info_enc).not.toBeNull();
    expect(t.services.subjects.findForUpdate(subjectId)?.has_medical_info).toBe(true);
    // Kept under the fresh key, and blocked: nobody reads it for any other use.
    expect(t.services.keyring.open(subjectId, subjectRow().medical_info_enc, 'medical')).toBe(
      'Аллергия на пенициллин; гипертония II ст.',
    );
    const reveal = await op.post(`/api/subjects/${subjectId}/medical-info`).send({ reason: 'Проверка хранения' });
    expect(reveal.status).toBe(409);
    expect(reveal.body.code).toBe('subject_blocked');
    expect(auditRows(t, "action = 'subject.medical_viewed'")).toHaveLength(0);
    const history = (await compliance.get(withFilter('/api/audit-log', { subject_id: subjectId })).expect(200)).body;
    expect(history.find((e: any) => e.action === 'subject.corrected').details).toMatchObject({
      personal_destroyed: true,
    });
    expect(verifyChain(t.db)).toMatchObject({ ok: true });
  });

  it('is atomic: a failure at the last step leaves the subject, its key, consents and letters as they were', async () => {
    const letter = (
      await op
        .post('/api/letters')
        .send({
          kind: 'destruction',
          received_on: '2026-02-02',
          sender_name: 'Петрова Мария',
          sender_address: 'Москва',
        })
        .expect(201)
    ).body;
    await op
      .post(`/api/letters/${letter.id}/identify`)
      .send({ subject_id: subjectId, method: 'matching_fields', fields_matched: ['last_name'], note: 'совпадает' })
      .expect(200);
    const d = await propose({ reason: 'destruction_request', letter_id: letter.id });
    const snapshot = () => ({
      subject: subjectRow(),
      key: keyExists(),
      consents: consentRows(),
      letters: t.db.prepare('SELECT * FROM letters').all(),
      tokens: t.db.prepare('SELECT count(*) FROM letter_search_tokens').pluck().get(),
      ownerKeys: t.db.prepare('SELECT count(*) FROM owner_keys').pluck().get(),
      deadlines: t.db.prepare('SELECT * FROM deadline_items').all(),
      acts: t.db.prepare('SELECT count(*) FROM destruction_acts').pluck().get(),
      audit: t.db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
    });
    const before = snapshot();
    // The act's content is sealed last: making that write fail fails the whole execution.
    t.db.exec(`CREATE TRIGGER fail_act BEFORE UPDATE OF content_enc ON destruction_acts
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'Согласовано' }).expect(500);
    expect(snapshot()).toEqual(before);
    expect((await op.get(`/api/letters/${letter.id}`).expect(200)).body.sender_name).toBe('Петрова Мария');
    expect(
      (await op.post(`/api/subjects/${subjectId}/medical-info`).send({ reason: 'проверка' })).body.medical_info,
    ).toBe('Аллергия на пенициллин; гипертония II ст.');
    t.db.exec('DROP TRIGGER fail_act');
    await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'Согласовано' }).expect(200);
    const closed = t.db
      .prepare("SELECT closed_on, close_reason FROM deadline_items WHERE letter_id = ? AND kind LIKE 'destroy%'")
      .all(letter.id);
    expect(closed).toEqual([{ closed_on: '2026-02-02', close_reason: 'fulfilled' }]);
    expect((await op.get(`/api/letters/${letter.id}`).expect(200)).body.sender_name).toBeNull();
  });

  it('destroys what an earlier destruction retained once its term has ended, with an act of its own', async () => {
    const plan = destroyAll().map((p) =>
      p.category === 'medical'
        ? { ...p, action: 'retain', legal_basis: '323-ФЗ ст. 22', retain_until: '2026-02-10' }
        : p,
    );
    const first = await propose({ plan });
    await compliance.post(`/api/destructions/${first.id}/approve`).send({}).expect(200);
    expect(subjectRow().medical_info_enc).not.toBeNull();

    // 30 days after the term's last day, the subject is a candidate of its own kind.
    t.clock.now = Date.parse('2026-03-13T12:00:00+03:00');
    op = await logIn(t, op.login);
    compliance = await logIn(t, compliance.login);
    const candidates = (await op.get('/api/destruction-candidates').expect(200)).body;
    expect(candidates).toEqual([
      expect.objectContaining({
        id: `retention_ended:${subjectId}`,
        subject_id: subjectId,
        purpose_ended_on: '2026-02-10',
      }),
    ]);
    const second = await propose({ reason: 'retention_expired', reason_text: 'Срок хранения медкарты истёк' });
    expect(subjectRow().status).toBe('destroyed');
    const res = await compliance.post(`/api/destructions/${second.id}/approve`).send({}).expect(200);
    expect(res.body.act_number).toBe('АКТ-2026-0002');
    expect(subjectRow().medical_info_enc).toBeNull();
    expect(keyExists()).toBe(false);
    const act = (await compliance.get(`/api/destruction-acts/${res.body.act_id}`).expect(200)).body;
    expect(act.content.earlier_act).toEqual({ number: 'АКТ-2026-0001', destroyed_on: '2026-02-02' });
    expect(act.content.retained).toEqual([]);
    // It speaks of what the first one retained; the rest went with the first act.
    expect(act.content.destroyed.map((p: any) => p.category)).toEqual(['medical']);
    expect(act.categories.map((p: any) => p.category)).toEqual(['medical']);
    await t.services.settings.update(systemContext(), {
      ...t.services.settings.current(),
      responsible_name: 'Орлова Наталья Сергеевна',
      responsible_position: 'Ответственный за обработку ПДн',
      signer_name: 'Васильев Игорь Николаевич',
      signer_position: 'Главный врач',
    });
    const pdf = await compliance
      .get(`/api/destruction-acts/${res.body.act_id}/pdf`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdfText(pdf.body)).toMatch(/уничтожены ранее, акт № АКТ-2026-0001 от 02\.02\.2026/);
    expect((await op.get('/api/destruction-candidates').expect(200)).body).toEqual([]);
    // Nothing is retained any more: a third destruction is refused.
    const third = await op.post('/api/destructions').send(proposal()).expect(409);
    expect(third.body.code).toBe('already_destroyed');
  });

  it('shreds a request from an authority that named this subject alone, and keeps one that named others too', async () => {
    const other = (await createSubject(op, { last_name: 'Сидорова' })).id;
    const request = async (subject_ids: number[], content: string) => {
      const d = (
        await op
          .post('/api/disclosures')
          .send({
            body_type: 'court',
            body_name: 'Хамовнический районный суд г. Москвы',
            official: 'Судья Кузнецова А. В.',
            document_number: `2-${subject_ids.length}/2026`,
            document_date: '2026-01-20',
            legal_basis: 'п. 3 ч. 4 ст. 13 Федерального закона № 323-ФЗ',
            received_on: '2026-01-21',
            subject_ids,
            categories_requested: ['identity'],
          })
          .expect(201)
      ).body;
      await compliance.post(`/api/disclosures/${d.id}/approve`).send({ categories: ['identity'], comment: null });
      await op
        .post(`/api/disclosures/${d.id}/disclose`)
        .send({ disclosed_on: '2026-01-22', channel: 'courier', reference: 'ИСХ-1', disclosed_content: content })
        .expect(200);
      return d.id as number;
    };
    const alone = await request([subjectId], 'Сведения о Петровой М. И.');
    const shared = await request([subjectId, other], 'Сведения о Петровой и Сидоровой');
    const preview = (await op.get(`/api/destructions/preview?subject_id=${subjectId}`).expect(200)).body;
    expect(preview.disclosures).toBe(1);
    const d = await propose();
    await compliance.post(`/api/destructions/${d.id}/approve`).send({}).expect(200);
    const read = async (id: number) => (await compliance.get(`/api/disclosures/${id}`).expect(200)).body;
    expect(await read(alone)).toMatchObject({ personal_destroyed: true, disclosed_content: null });
    expect(await read(shared)).toMatchObject({
      personal_destroyed: false,
      disclosed_content: 'Сведения о Петровой и Сидоровой',
    });
    const [destroyed] = auditRows(t, "action = 'subject.destroyed'");
    expect(JSON.parse(destroyed.details).removed.disclosures).toBe(1);
  });

  it('closes a withdrawal’s destruction term late when past due, and keeps or erases replies by the plan', async () => {
    const withdrawal = async (who: number) => {
      const letter = (
        await op
          .post('/api/letters')
          .send({
            kind: 'withdrawal',
            received_on: '2026-02-02',
            sender_name: 'Петрова Мария',
            sender_address: 'Москва',
          })
          .expect(201)
      ).body;
      await op
        .post(`/api/letters/${letter.id}/identify`)
        .send({ subject_id: who, method: 'matching_fields', fields_matched: ['last_name'], note: 'совпадает' })
        .expect(200);
      const reply = (await op.post('/api/replies').send({ letter_id: letter.id, kind: 'withdrawal_done' }).expect(201))
        .body;
      await op
        .post(`/api/replies/${reply.id}/send`)
        .send({ sent_on: '2026-02-02', channel: 'post', tracking: '62001492123456', version: reply.version })
        .expect(200);
      return { letter, reply };
    };
    const retainMedical = {
      category: 'medical',
      action: 'retain',
      legal_basis: '323-ФЗ ст. 22',
      retain_until: '2051-01-01',
    };
    const keepsLetters = await withdrawal(subjectId);
    const other = (await createSubject(op, { last_name: 'Сидорова' })).id;
    const losesLetters = await withdrawal(other);

    // 30 calendar days from 2 February end on 4 March: approving on 10 March is late.
    t.clock.now = Date.parse('2026-03-10T12:00:00+03:00');
    op = await logIn(t, op.login);
    compliance = await logIn(t, compliance.login);
    const keep = await propose({
      reason: 'withdrawal',
      letter_id: keepsLetters.letter.id,
      plan: destroyAll().map((p) =>
        p.category === 'correspondence'
          ? { ...p, action: 'retain', legal_basis: 'Архивное хранение, 125-ФЗ', retain_until: '2031-03-10' }
          : p,
      ),
    });
    const lose = await propose({
      subject_id: other,
      reason: 'withdrawal',
      letter_id: losesLetters.letter.id,
      plan: destroyAll().map((p) => (p.category === 'medical' ? retainMedical : p)),
    });
    for (const d of [keep, lose]) await compliance.post(`/api/destructions/${d.id}/approve`).send({}).expect(200);

    const terms = (await op.get(withFilter('/api/deadlines', { kind: 'destroy_after_withdrawal' })).expect(200)).body;
    expect(terms.map((d: any) => d.state)).toEqual(['closed_late', 'closed_late']);
    const kept = (await op.get(`/api/replies/${keepsLetters.reply.id}`).expect(200)).body;
    expect(kept.text).toBe(keepsLetters.reply.text);
    expect(kept.tracking).toBe('62001492123456');
    const erased = (await op.get(`/api/replies/${losesLetters.reply.id}`).expect(200)).body;
    expect(erased).toMatchObject({ text: '', tracking: null, text_sha256: losesLetters.reply.text_sha256 });
  });

  it('lists by status and subject for compliance; the admin sees none of it', async () => {
    const d = await propose();
    await compliance.post(`/api/destructions/${d.id}/approve`).send({}).expect(200);
    const mine = await compliance.get(withFilter('/api/destructions', { subject_id: subjectId })).expect(200);
    expect(mine.body.map((r: any) => [r.id, r.status, r.act_number])).toEqual([[d.id, 'executed', 'АКТ-2026-0001']]);
    const open = await compliance.get(withFilter('/api/destructions', { status: 'proposed' })).expect(200);
    expect(open.body).toEqual([]);
    expect((await compliance.get(`/api/destructions/${d.id}`).expect(200)).body.plan).toHaveLength(6);
    // Opening one is an audited read; the list carries no words to read (reason text, comment).
    const viewed = auditRows(t, "action = 'destruction.viewed'");
    expect(viewed.map((e) => [e.entity_id, e.subject_id, e.actor_login])).toEqual([
      [String(d.id), subjectId, compliance.login],
    ]);
    const admin = await loginAs(t, 'admin');
    await admin.get('/api/destructions').expect(403);
    await admin.get(`/api/destructions/preview?subject_id=${subjectId}`).expect(403);
    // The officer who decides sees the same counts before approving.
    await compliance.get(`/api/destructions/preview?subject_id=${subjectId}`).expect(200);
    await op.get('/api/destructions/preview?subject_id=abc').expect(400);
  });

  it('answers 405 to PUT and DELETE', async () => {
    const d = await propose();
    await op.put(`/api/destructions/${d.id}`).send({}).expect(405);
    await op.delete(`/api/destructions/${d.id}`).expect(405);
  });
});
