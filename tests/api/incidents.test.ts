// The register of personal-data incidents over HTTP: opening one with its two clocks, the state machine and its 409s,
// who may use it, validation that writes nothing, edits against a version, linked subjects in their histories, and
// the words staff type never in the database file in clear.
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { auditRows, createSubject, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';

const t = useTestApp();
let compliance: LoggedIn;

// Wed 02.12.2026 15:00 Moscow.
const NOW = Date.parse('2026-12-02T15:00:00+03:00');

beforeEach(async () => {
  t.clock.now = NOW;
  compliance = await loginAs(t, 'compliance');
});

const incidentBody = (over: Record<string, unknown> = {}) => ({
  detected_at: '2026-12-02T13:30:00+03:00',
  source: 'staff_report',
  description: 'Выписка отправлена на чужой адрес электронной почты',
  categories: ['identity', 'medical'],
  subjects_estimated: 3,
  health_data: true,
  ...over,
});

const openIncident = async (who: LoggedIn = compliance, over: Record<string, unknown> = {}) =>
  (await who.post('/api/incidents').send(incidentBody(over)).expect(201)).body;

const count = (table: string) => t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Moves the incident to `investigated` (24-hour notice at 14:00, results at 14:30 Moscow, both before NOW). */
async function investigate(id: number) {
  await compliance
    .post(`/api/incidents/${id}/notify`)
    .send({ sent_at: '2026-12-02T14:00:00+03:00', reference: 'РКН-24-0001' })
    .expect(200);
  return compliance
    .post(`/api/incidents/${id}/report-results`)
    .send({ sent_at: '2026-12-02T14:30:00+03:00', reference: 'РКН-72-0001', results: 'Причина — ошибка адресата' })
    .expect(200);
}

describe('opening an incident', () => {
  it('numbers it per year of detection in Moscow and opens the two clocks in hours, assigned to the opener', async () => {
    const first = await openIncident();
    expect(first).toMatchObject({
      number: 'ИНЦ-2026-001',
      status: 'open',
      detected_at: '2026-12-02T10:30:00.000Z',
      description: 'Выписка отправлена на чужой адрес электронной почты',
      systems: null,
      categories: ['identity', 'medical'],
      subjects_estimated: 3,
      subjects_confirmed: null,
      health_data: true,
      notice_24h_due_at: '2026-12-03T10:30:00.000Z',
      results_72h_due_at: '2026-12-05T10:30:00.000Z',
      notice_24h_sent_at: null,
      subjects: [],
      subjects_linked: 0,
      created_by_login: compliance.login,
      version: 1,
    });
    const byKind = Object.fromEntries(first.deadlines.map((d: any) => [d.kind, d]));
    expect(byKind.incident_notice_24h).toMatchObject({
      incident_id: first.id,
      subject_id: null,
      letter_id: null,
      assignee_id: compliance.id,
      due_at: '2026-12-03T10:30:00.000Z',
      due_on: '2026-12-03',
      opened_on: '2026-12-02',
      state: 'open',
      term_days: 24,
      term_unit: 'hours',
      legal_source: 'ст. 21 ч. 3.1 152-ФЗ',
      extendable: false,
      closed_at: null,
    });
    expect(byKind.incident_results_72h).toMatchObject({ due_at: '2026-12-05T10:30:00.000Z', due_on: '2026-12-05' });

    expect((await openIncident()).number).toBe('ИНЦ-2026-002');
    // 31.12.2026 23:30 UTC is 01.01.2027 02:30 in Moscow: the number is of 2027.
    t.clock.now = Date.parse('2027-01-01T03:00:00+03:00');
    // A month on, the session has expired: a fresh one.
    const later = await loginAs(t, 'compliance');
    expect((await openIncident(later, { detected_at: '2026-12-31T23:30:00Z' })).number).toBe('ИНЦ-2027-001');

    const [opened] = auditRows(t, "action = 'incident.opened'");
    expect(opened).toMatchObject({ entity_type: 'incident', entity_id: String(first.id), subject_id: null });
    const details = JSON.parse(opened.details);
    expect(details).toMatchObject({ number: 'ИНЦ-2026-001', fields: ['description'], health_data: true });
    expect(opened.details).not.toContain('Выписка');
    expect(verifyChain(t.db).ok).toBe(true);
  });

  it('answers the list with the words as null, filtered by status, health data, detection days and number', async () => {
    const a = await openIncident();
    const b = await openIncident(compliance, { health_data: false, detected_at: '2026-11-20T10:00:00+03:00' });
    await investigate(a.id);

    const all = await compliance.get('/api/incidents').expect(200);
    expect(all.headers['content-range']).toBe('incidents 0-1/2');
    expect(all.body.map((i: any) => i.id)).toEqual([b.id, a.id]);
    for (const row of all.body) {
      for (const field of ['description', 'systems', 'containment', 'responsible', 'results', 'root_cause']) {
        expect(row[field]).toBeNull();
      }
    }
    const ids = async (filter: object) =>
      (await compliance.get(withFilter('/api/incidents', filter)).expect(200)).body.map((i: any) => i.id);
    expect(await ids({ status: 'investigated' })).toEqual([a.id]);
    expect(await ids({ health_data: false })).toEqual([b.id]);
    expect(await ids({ detected_from: '2026-12-01', detected_to: '2026-12-02' })).toEqual([a.id]);
    expect(await ids({ detected_to: '2026-11-20' })).toEqual([b.id]);
    expect(await ids({ number: '002' })).toEqual([b.id]);
    expect(await ids({ number: 'инц-2026-001' })).toEqual([a.id]);
    await compliance.get(withFilter('/api/incidents', { subject_id: 1 })).expect(400);
    await compliance.get('/api/incidents?sort=["description","ASC"]').expect(400);
  });

  it('audits opening the page as a read of the incident', async () => {
    const incident = await openIncident();
    const page = await compliance.get(`/api/incidents/${incident.id}`).expect(200);
    expect(page.body).toMatchObject({ id: incident.id, notices: [], evidence: [] });
    expect(page.body.deadlines).toHaveLength(2);
    const [viewed] = auditRows(t, "action = 'incident.viewed'");
    expect(viewed).toMatchObject({ entity_id: String(incident.id), actor_login: compliance.login });
    expect(JSON.parse(viewed.details)).toEqual({ number: 'ИНЦ-2026-001' });
  });
});

describe('validation', () => {
  it('refuses a bad opening with a 400 naming the field, and writes nothing', async () => {
    const before = auditRows(t).length;
    const refuse = async (over: Record<string, unknown>, field: string) => {
      const res = await compliance.post('/api/incidents').send(incidentBody(over)).expect(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    };
    // An hour ahead of the clock.
    await refuse({ detected_at: '2026-12-02T16:00:00+03:00' }, 'detected_at');
    await refuse({ detected_at: '2026-12-02T13:30:00' }, 'detected_at');
    await refuse({ detected_at: '2019-06-01T10:00:00Z' }, 'detected_at');
    await refuse({ categories: [] }, 'categories');
    await refuse({ categories: ['identity', 'identity'] }, 'categories');
    await refuse({ categories: ['passwords'] }, 'categories.0');
    await refuse({ source: 'rumour' }, 'source');
    await refuse({ description: '  ' }, 'description');
    await refuse({ subjects_estimated: -1 }, 'subjects_estimated');
    await refuse({ health_data: 'yes' }, 'health_data');
    await refuse({ status: 'closed' }, 'status');
    await refuse({ source_flag_id: 7 }, 'source_flag_id');
    await refuse({ source: 'audit_flag', source_flag_id: 999 }, 'source_flag_id');
    expect(count('incidents')).toBe(0);
    expect(count('deadline_items')).toBe(0);
    expect(count('incident_numbers')).toBe(0);
    expect(auditRows(t).length).toBe(before);
    // The next one still takes number 1: nothing was taken by the refusals.
    expect((await openIncident()).number).toBe('ИНЦ-2026-001');
  });

  it('refuses a notice sent before the detection, in the future or without a reference, and writes nothing', async () => {
    const incident = await openIncident();
    const before = auditRows(t).length;
    const refuse = async (body: Record<string, unknown>, field: string) => {
      const res = await compliance.post(`/api/incidents/${incident.id}/notify`).send(body).expect(400);
      expect(Object.keys(res.body.errors)).toContain(field);
    };
    await refuse({ sent_at: '2026-12-02T13:00:00+03:00', reference: 'РКН-1' }, 'sent_at');
    await refuse({ sent_at: '2026-12-02T15:30:00+03:00', reference: 'РКН-1' }, 'sent_at');
    await refuse({ sent_at: 'вчера', reference: 'РКН-1' }, 'sent_at');
    await refuse({ sent_at: '2026-12-02T14:00:00+03:00', reference: '' }, 'reference');
    await refuse({ sent_at: '2026-12-02T14:00:00+03:00', reference: 'x'.repeat(101) }, 'reference');
    await refuse({ sent_at: '2026-12-02T14:00:00+03:00' }, 'reference');
    const page = await compliance.get(`/api/incidents/${incident.id}`).expect(200);
    expect(page.body).toMatchObject({ status: 'open', notice_24h_sent_at: null, version: 1 });
    expect(page.body.deadlines.every((d: any) => d.closed_at === null)).toBe(true);
    // Only the page's own read was added.
    expect(
      auditRows(t)
        .slice(before)
        .map((e) => e.action),
    ).toEqual(['incident.viewed']);
    expect(count('incident_notices')).toBe(0);
  });

  it('refuses results sent before the 24-hour notice', async () => {
    const incident = await openIncident();
    await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-12-02T14:00:00+03:00', reference: 'РКН-24-0001' })
      .expect(200);
    const res = await compliance
      .post(`/api/incidents/${incident.id}/report-results`)
      .send({ sent_at: '2026-12-02T13:45:00+03:00', reference: 'РКН-72-0001', results: 'Итоги проверки' })
      .expect(400);
    expect(res.body.errors).toHaveProperty('sent_at');
    await compliance
      .post(`/api/incidents/${incident.id}/report-results`)
      .send({ sent_at: '2026-12-02T14:30:00+03:00', reference: 'РКН-72-0001' })
      .expect(400)
      .expect((r) => expect(r.body.errors).toHaveProperty('results'));
  });
});

describe('the state machine', () => {
  it('goes open → notified → investigated → closed, each step audited without words', async () => {
    const incident = await openIncident();
    const notified = await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-12-02T14:00:00+03:00', reference: 'РКН-24-0001' })
      .expect(200);
    expect(notified.body).toMatchObject({
      status: 'notified',
      notice_24h_sent_at: '2026-12-02T11:00:00.000Z',
      notice_24h_reference: 'РКН-24-0001',
      version: 2,
    });
    const item24 = notified.body.deadlines.find((d: any) => d.kind === 'incident_notice_24h');
    expect(item24).toMatchObject({ state: 'closed', closed_at: '2026-12-02T11:00:00.000Z', closed_on: '2026-12-02' });
    expect(notified.body.notices.filter((n: any) => n.sent).map((n: any) => n.kind)).toEqual(['notice_24h']);

    const investigated = await compliance
      .post(`/api/incidents/${incident.id}/report-results`)
      .send({ sent_at: '2026-12-02T14:30:00+03:00', reference: 'РКН-72-0001', results: 'Причина — автоподстановка' })
      .expect(200);
    expect(investigated.body).toMatchObject({
      status: 'investigated',
      results: 'Причина — автоподстановка',
      results_72h_sent_at: '2026-12-02T11:30:00.000Z',
      results_72h_reference: 'РКН-72-0001',
    });
    expect(investigated.body.deadlines.every((d: any) => d.state === 'closed')).toBe(true);

    const closed = await compliance
      .post(`/api/incidents/${incident.id}/close`)
      .send({ root_cause: 'Автоподстановка адреса', remediation: 'Отключена автоподстановка' })
      .expect(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      root_cause: 'Автоподстановка адреса',
      remediation: 'Отключена автоподстановка',
      closed_at: new Date(NOW).toISOString(),
    });

    const steps = auditRows(t, "action IN ('incident.notified', 'incident.results_reported', 'incident.closed')");
    expect(steps.map((e) => e.action)).toEqual(['incident.notified', 'incident.results_reported', 'incident.closed']);
    expect(JSON.parse(steps[0].details)).toMatchObject({
      number: 'ИНЦ-2026-001',
      sent_at: '2026-12-02T11:00:00.000Z',
      reference: 'РКН-24-0001',
      deadline_id: item24.id,
      late: false,
    });
    for (const e of steps) expect(e.details).not.toMatch(/автоподстановк|Автоподстановк/);
    expect(verifyChain(t.db).ok).toBe(true);
  });

  it('answers a step from the wrong state with 409 wrong_state and changes nothing', async () => {
    const incident = await openIncident();
    const step = (path: string, body: object) => compliance.post(`/api/incidents/${incident.id}/${path}`).send(body);
    const results = { sent_at: '2026-12-02T14:30:00+03:00', reference: 'РКН-72', results: 'Итоги проверки' };
    const closing = { root_cause: 'Ошибка сотрудника', remediation: 'Инструктаж' };

    for (const [path, body] of [
      ['report-results', results],
      ['close', closing],
    ] as const) {
      const res = await step(path, body).expect(409);
      expect(res.body).toMatchObject({ code: 'wrong_state', status: 'open' });
    }
    await step('notify', { sent_at: '2026-12-02T14:00:00+03:00', reference: 'РКН-24' }).expect(200);
    expect(
      (await step('notify', { sent_at: '2026-12-02T14:10:00+03:00', reference: 'РКН-24b' }).expect(409)).body.code,
    ).toBe('wrong_state');
    expect((await step('close', closing).expect(409)).body.code).toBe('wrong_state');
    await step('report-results', results).expect(200);
    await step('close', closing).expect(200);
    for (const [path, body] of [
      ['notify', { sent_at: '2026-12-02T14:00:00+03:00', reference: 'РКН' }],
      ['report-results', results],
      ['close', closing],
    ] as const) {
      expect((await step(path, body).expect(409)).body.code).toBe('wrong_state');
    }
    // A closed incident is neither edited nor given subjects.
    expect(
      (await compliance.put(`/api/incidents/${incident.id}`).send({ version: 4, harm: 'x' }).expect(409)).body.code,
    ).toBe('wrong_state');
    expect((await step('subjects', { subject_ids: [1] }).expect(409)).body.code).toBe('wrong_state');
    const row = t.db.prepare('SELECT status, version, notice_24h_reference FROM incidents').get();
    expect(row).toEqual({ status: 'closed', version: 4, notice_24h_reference: 'РКН-24' });
    expect(auditRows(t, "action = 'incident.notified'")).toHaveLength(1);
  });
});

describe('editing the facts', () => {
  it('edits against the version, naming the fields changed and never their values', async () => {
    const incident = await openIncident();
    const edited = await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({
        ...incident,
        subjects_confirmed: 2,
        containment: 'Письмо отозвано',
        systems: 'Почта регистратуры',
        description: incident.description,
      })
      .expect(200);
    expect(edited.body).toMatchObject({ subjects_confirmed: 2, containment: 'Письмо отозвано', version: 2 });
    const [updated] = auditRows(t, "action = 'incident.updated'");
    expect(JSON.parse(updated.details)).toEqual({
      number: 'ИНЦ-2026-001',
      fields: ['subjects_confirmed', 'systems', 'containment'],
      version: 2,
    });

    // The version seen before is stale now.
    const stale = await compliance.put(`/api/incidents/${incident.id}`).send({ version: 1, harm: 'Риск' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', current: { version: 2 } });
    // Sending what is there already is no change: no new version, no entry.
    await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({ version: 2, containment: 'Письмо отозвано' })
      .expect(200);
    // Clearing a text.
    const cleared = await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({ version: 2, systems: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ systems: null, version: 3 });
    expect(auditRows(t, "action = 'incident.updated'")).toHaveLength(2);
    const bad = await compliance.put(`/api/incidents/${incident.id}`).send({ version: 3, subjects_estimated: 'много' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toHaveProperty('subjects_estimated');
    await compliance.put(`/api/incidents/${incident.id}`).send({ harm: 'Риск' }).expect(400);
  });

  it('recounts both clocks when the moment of detection is corrected while open, and refuses it after the notice', async () => {
    const incident = await openIncident();
    const edited = await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({ version: 1, detected_at: '2026-12-01T23:00:00+03:00' })
      .expect(200);
    expect(edited.body.notice_24h_due_at).toBe('2026-12-02T20:00:00.000Z');
    const due = Object.fromEntries(edited.body.deadlines.map((d: any) => [d.kind, [d.due_at, d.opened_on, d.due_on]]));
    expect(due).toEqual({
      incident_notice_24h: ['2026-12-02T20:00:00.000Z', '2026-12-01', '2026-12-02'],
      incident_results_72h: ['2026-12-04T20:00:00.000Z', '2026-12-01', '2026-12-04'],
    });
    const recounts = auditRows(t, "action = 'deadline.recomputed'");
    expect(recounts).toHaveLength(2);
    expect(JSON.parse(recounts[0].details).changes.due_at).toEqual({
      from: '2026-12-03T10:30:00.000Z',
      to: '2026-12-02T20:00:00.000Z',
    });
    expect(JSON.parse(auditRows(t, "action = 'incident.updated'")[0].details).fields).toEqual(['detected_at']);

    // Another year would need another number.
    const otherYear = await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({ version: 2, detected_at: '2025-12-31T23:00:00+03:00' })
      .expect(400);
    expect(otherYear.body.errors).toHaveProperty('detected_at');

    await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-12-02T09:00:00+03:00', reference: 'РКН-24' })
      .expect(200);
    const fixed = await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({ version: 3, detected_at: '2026-12-01T22:00:00+03:00' })
      .expect(409);
    expect(fixed.body.code).toBe('wrong_state');
    // Other facts may still be corrected after the notice.
    await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({ version: 3, responsible: 'Регистратор смены' })
      .expect(200);
  });
});

describe('linked subjects', () => {
  it('puts one entry in each linked subject’s history, once, and refuses an unknown id naming the field', async () => {
    const op = await loginAs(t, 'operator');
    const first = await createSubject(op);
    const second = await createSubject(op, { last_name: 'Соколова', phone: '+79161112233' });
    const incident = await openIncident();

    const linked = await compliance
      .post(`/api/incidents/${incident.id}/subjects`)
      .send({ subject_ids: [first.id, second.id, first.id] })
      .expect(200);
    expect(linked.body.subjects).toEqual([
      expect.objectContaining({ subject_id: first.id, name: 'Петрова Мария Игоревна', destroyed: false }),
      expect.objectContaining({
        subject_id: second.id,
        name: 'Соколова Мария Игоревна',
        linked_by_login: compliance.login,
      }),
    ]);
    expect(linked.body.subjects_linked).toBe(2);
    expect(linked.body.version).toBe(1);

    for (const subject of [first, second]) {
      const history = await compliance.get(withFilter('/api/audit-log', { subject_id: subject.id })).expect(200);
      const entries = history.body.filter((e: any) => e.action === 'incident.subjects_linked');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        entity_type: 'incident',
        entity_id: String(incident.id),
        subject_id: subject.id,
      });
      expect(entries[0].details).toEqual({ incident_id: incident.id, number: 'ИНЦ-2026-001' });
      // The operator reads the same history without the incident: the register is closed to operators.
      const seenByOperator = await op.get(withFilter('/api/audit-log', { subject_id: subject.id })).expect(200);
      expect(seenByOperator.body.map((e: any) => e.action)).toContain('subject.created');
      expect(seenByOperator.body.filter((e: any) => e.entity_type === 'incident')).toEqual([]);
      expect(Number(seenByOperator.headers['content-range'].split('/')[1])).toBe(seenByOperator.body.length);
      // The compliance officer's timeline of the subject files the link under «Инциденты».
      const timeline = await compliance
        .get('/api/audit-log/reports/subject-timeline')
        .query({ subject_id: subject.id })
        .expect(200);
      const link = timeline.body.entries.find((e: any) => e.action === 'incident.subjects_linked');
      expect(link.kind).toBe('incidents');
      expect(timeline.body.counts.find((c: any) => c.kind === 'incidents').count).toBe(1);
    }

    // Idempotent: linking again writes nothing.
    const before = auditRows(t).length;
    await compliance
      .post(`/api/incidents/${incident.id}/subjects`)
      .send({ subject_ids: [second.id] })
      .expect(200);
    expect(auditRows(t).length).toBe(before);

    const unknown = await compliance
      .post(`/api/incidents/${incident.id}/subjects`)
      .send({ subject_ids: [first.id, 99999] })
      .expect(400);
    expect(unknown.body.errors.subject_ids).toContain('99999');
    await compliance.post(`/api/incidents/${incident.id}/subjects`).send({ subject_ids: [] }).expect(400);
    await compliance
      .post(`/api/incidents/${incident.id}/subjects`)
      .send({ subject_ids: ['a'] })
      .expect(400);
    expect(count('incident_subjects')).toBe(2);
    expect(auditRows(t).length).toBe(before);
  });

  it('shows the administrator, who does not see subjects, the linked ids without names', async () => {
    const op = await loginAs(t, 'operator');
    const subject = await createSubject(op);
    const admin = await loginAs(t, 'admin');
    const incident = await openIncident(admin);
    const linked = await admin
      .post(`/api/incidents/${incident.id}/subjects`)
      .send({ subject_ids: [subject.id] })
      .expect(200);
    expect(linked.body.subjects).toEqual([expect.objectContaining({ subject_id: subject.id, name: null })]);
    const asOfficer = await compliance.get(`/api/incidents/${incident.id}`).expect(200);
    expect(asOfficer.body.subjects[0].name).toBe('Петрова Мария Игоревна');
  });
});

describe('who may use the register', () => {
  it('refuses an operator every route, audited as denials, and lets compliance and the administrator in', async () => {
    const incident = await openIncident();
    const op = await loginAs(t, 'operator');
    const id = incident.id;
    const routes: [string, string, object?][] = [
      ['get', '/api/incidents'],
      ['post', '/api/incidents', incidentBody()],
      ['get', `/api/incidents/${id}`],
      ['put', `/api/incidents/${id}`, { version: 1, harm: 'x' }],
      ['post', `/api/incidents/${id}/subjects`, { subject_ids: [1] }],
      ['post', `/api/incidents/${id}/notify`, { sent_at: '2026-12-02T14:00:00+03:00', reference: 'Р' }],
      [
        'post',
        `/api/incidents/${id}/report-results`,
        { sent_at: '2026-12-02T14:00:00+03:00', reference: 'Р', results: 'x' },
      ],
      ['post', `/api/incidents/${id}/close`, { root_cause: 'x', remediation: 'y' }],
      ['get', `/api/incidents/${id}/notice-24h`],
      ['get', `/api/incidents/${id}/notice-24h.pdf`],
      ['get', `/api/incidents/${id}/results-72h`],
      ['get', `/api/incidents/${id}/evidence?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z`],
    ];
    const before = auditRows(t, "action = 'auth.denied'").length;
    for (const [method, url, body] of routes) {
      const req = (op as any)[method](url);
      const res = await (body ? req.send(body) : req);
      expect(res.status, `${method} ${url}`).toBe(403);
    }
    expect(auditRows(t, "action = 'auth.denied'").length - before).toBe(routes.length);
    expect(op.me.permissions.some((p: string) => p.startsWith('incidents.'))).toBe(false);
    expect(t.db.prepare('SELECT status, version FROM incidents').get()).toEqual({ status: 'open', version: 1 });

    const admin = await loginAs(t, 'admin');
    for (const who of [admin, compliance]) {
      await who.get('/api/incidents').expect(200);
      await who.get(`/api/incidents/${id}`).expect(200);
      expect(who.me.permissions).toEqual(
        expect.arrayContaining([
          'incidents.list',
          'incidents.show',
          'incidents.create',
          'incidents.edit',
          'incidents.process',
          'incidents.evidence',
        ]),
      );
    }
    const byAdmin = await openIncident(admin);
    expect(byAdmin.deadlines.every((d: any) => d.assignee_id === admin.id)).toBe(true);
    await admin.delete(`/api/incidents/${id}`).expect(405);
  });
});

describe('the words at rest', () => {
  it('keeps every word staff type sealed: none is in the database file, its WAL or the log in clear', async () => {
    const M = {
      description: 'Описаниемаркеринцидента',
      systems: 'Системамаркерная',
      containment: 'Мерымаркерсдерживания',
      responsible: 'Виновникмаркеров',
      presumed_causes: 'Причинамаркерпредполагаемая',
      harm: 'Вредмаркерный',
      results: 'Итогимаркеррасследования',
      root_cause: 'Кореньмаркерпричины',
      remediation: 'Устранениемаркерное',
    };
    const incident = await openIncident(compliance, {
      description: M.description,
      systems: M.systems,
      containment: M.containment,
      responsible: M.responsible,
      presumed_causes: M.presumed_causes,
      harm: M.harm,
    });
    await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-12-02T14:00:00+03:00', reference: 'РКН-24' })
      .expect(200);
    await compliance
      .post(`/api/incidents/${incident.id}/report-results`)
      .send({ sent_at: '2026-12-02T14:30:00+03:00', reference: 'РКН-72', results: M.results })
      .expect(200);
    const closed = await compliance
      .post(`/api/incidents/${incident.id}/close`)
      .send({ root_cause: M.root_cause, remediation: M.remediation })
      .expect(200);
    // The page reads them back: they are kept, only sealed.
    expect(closed.body).toMatchObject(M);

    t.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = [t.dbPath, `${t.dbPath}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f));
    const found = Object.values(M).filter((marker) =>
      files.some((bytes) => bytes.includes(Buffer.from(marker, 'utf8'))),
    );
    expect(found).toEqual([]);
    // The register's own facts are in clear (the reference numbers), so the search of the bytes would find a word.
    expect(files.some((bytes) => bytes.includes(Buffer.from('РКН-72', 'utf8')))).toBe(true);
    const log = JSON.stringify(auditRows(t));
    expect(Object.values(M).filter((marker) => log.includes(marker))).toEqual([]);
  });
});
