// An incident's two clocks are counted in hours (152-FZ art. 21 p.3.1), not in working days: across a weekend, against
// the moment rather than the day, never moved by the production calendar, and never shown to operators.
import { beforeEach, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../../server/db/groupCommit.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { auditRows, createSubject, loginAs, useTestApp, withFilter, type LoggedIn } from '../helpers/testApp.js';

// Hours pass in these tests: sessions must outlive them.
const t = useTestApp({ sessionIdleMinutes: 100_000, sessionAbsoluteHours: 10_000 });
let compliance: LoggedIn;

/** Moscow wall-clock time, as the officer reads it. */
const moscow = (local: string) => Date.parse(`${local}+03:00`);
const setClock = (local: string) => {
  t.clock.now = moscow(local);
};

// Friday 04.12.2026 18:00 Moscow.
const FRIDAY_18 = '2026-12-04T18:00:00';

beforeEach(async () => {
  setClock('2026-12-04T18:05:00');
  compliance = await loginAs(t, 'compliance');
});

const openOnFriday = async () =>
  (
    await compliance
      .post('/api/incidents')
      .send({
        detected_at: `${FRIDAY_18}+03:00`,
        source: 'complaint',
        description: 'Жалоба пациента: чужие результаты анализов в личном кабинете',
        categories: ['medical'],
        subjects_estimated: 1,
        health_data: true,
      })
      .expect(201)
  ).body;

const itemOf = (incident: any, kind: string) => incident.deadlines.find((d: any) => d.kind === kind);
const item = async (id: number, who: LoggedIn = compliance) => (await who.get(`/api/deadlines/${id}`).expect(200)).body;

describe('the clocks in hours', () => {
  it('counts the 24 hours across the weekend: detected on Friday 18:00, due on Saturday 18:00, not on Monday', async () => {
    const incident = await openOnFriday();
    // Saturday 05.12.2026 18:00 Moscow = 15:00 UTC; a term in working days from Friday would end on Monday at best.
    expect(itemOf(incident, 'incident_notice_24h')).toMatchObject({
      opened_on: '2026-12-04',
      due_at: '2026-12-05T15:00:00.000Z',
      due_on: '2026-12-05',
      effective_due_on: '2026-12-05',
      term_days: 24,
      term_unit: 'hours',
      calendar_incomplete: false,
    });
    // 72 hours on: Monday 07.12.2026 18:00 Moscow.
    expect(itemOf(incident, 'incident_results_72h')).toMatchObject({
      due_at: '2026-12-07T15:00:00.000Z',
      due_on: '2026-12-07',
    });
    const opened = auditRows(t, "action = 'deadline.opened'").map((e) => JSON.parse(e.details));
    expect(opened).toEqual([
      expect.objectContaining({
        kind: 'incident_notice_24h',
        incident_id: incident.id,
        due_at: '2026-12-05T15:00:00.000Z',
      }),
      expect.objectContaining({
        kind: 'incident_results_72h',
        incident_id: incident.id,
        due_at: '2026-12-07T15:00:00.000Z',
      }),
    ]);
  });

  it('reads the state against the clock: due soon in the last 6 hours, overdue once the hour has passed', async () => {
    const incident = await openOnFriday();
    const id = itemOf(incident, 'incident_notice_24h').id;
    const at = async (local: string) => {
      setClock(local);
      return (await item(id)).state;
    };
    expect(await at('2026-12-05T11:59:59')).toBe('open');
    expect(await at('2026-12-05T12:00:00')).toBe('due_soon');
    // Its last second is still on time.
    expect(await at('2026-12-05T18:00:00')).toBe('due_soon');
    expect(await at('2026-12-05T18:00:01')).toBe('overdue');
    // The same day, the day after: the day alone would say "due today" until midnight.
    expect(await at('2026-12-05T23:00:00')).toBe('overdue');
    // The list computes the same state in its query, and filters by it.
    const overdue = await compliance.get(withFilter('/api/deadlines', { state: 'overdue' })).expect(200);
    expect(overdue.body.map((d: any) => d.id)).toEqual([id]);
    const soon = await compliance.get(withFilter('/api/deadlines', { state: ['due_soon', 'open'] })).expect(200);
    expect(soon.body.map((d: any) => d.kind)).toEqual(['incident_results_72h']);
  });

  it('closes the 24-hour clock late when the notice went after Saturday 18:00, and on time when before', async () => {
    const late = await openOnFriday();
    const onTime = await openOnFriday();
    setClock('2026-12-05T19:00:00');
    const notifiedLate = await compliance
      .post(`/api/incidents/${late.id}/notify`)
      .send({ sent_at: '2026-12-05T18:30:00+03:00', reference: 'РКН-2026-0042' })
      .expect(200);
    expect(itemOf(notifiedLate.body, 'incident_notice_24h')).toMatchObject({
      state: 'closed_late',
      closed_at: '2026-12-05T15:30:00.000Z',
      closed_on: '2026-12-05',
      close_reason: 'fulfilled',
    });
    // The 72-hour clock keeps running.
    expect(itemOf(notifiedLate.body, 'incident_results_72h')).toMatchObject({ state: 'open', closed_at: null });

    // Sent at 17:59 and entered at 19:00: what counts is when it was sent.
    const notified = await compliance
      .post(`/api/incidents/${onTime.id}/notify`)
      .send({ sent_at: '2026-12-05T17:59:00+03:00', reference: 'РКН-2026-0043' })
      .expect(200);
    expect(itemOf(notified.body, 'incident_notice_24h')).toMatchObject({
      state: 'closed',
      closed_at: '2026-12-05T14:59:00.000Z',
    });

    const closings = auditRows(t, "action = 'deadline.closed'").map((e) => JSON.parse(e.details));
    expect(closings.map((d) => d.late)).toEqual([true, false]);
    const steps = auditRows(t, "action = 'incident.notified'").map((e) => JSON.parse(e.details).late);
    expect(steps).toEqual([true, false]);

    // The results, on Tuesday 08.12 10:00, are past Monday 18:00.
    setClock('2026-12-08T10:00:00');
    const investigated = await compliance
      .post(`/api/incidents/${late.id}/report-results`)
      .send({ sent_at: '2026-12-08T09:30:00+03:00', reference: 'РКН-2026-0050', results: 'Ошибка сопоставления' })
      .expect(200);
    expect(itemOf(investigated.body, 'incident_results_72h').state).toBe('closed_late');
  });

  it('is never recounted by a change of the production calendar, unlike a term in working days', async () => {
    const incident = await openOnFriday();
    const op = await loginAs(t, 'operator');
    const subject = await createSubject(op);
    const dayItem = await inWriteTransaction(t.db, () =>
      t.services.deadlines.openWithin(systemContext(), {
        kind: 'stop_unlawful_processing',
        receivedOn: '2026-12-04',
        subjectId: subject.id,
        assigneeId: op.id,
      }),
    );
    // 3 working days from Friday 04.12: Mon 7, Tue 8, Wed 9.
    expect(dayItem.due_on).toBe('2026-12-09');
    const admin = await loginAs(t, 'admin');
    await admin.post('/api/calendar').send({ date: '2026-12-07', kind: 'holiday', note: 'Проверка' }).expect(201);

    expect((await item(dayItem.id)).due_on).toBe('2026-12-10');
    for (const kind of ['incident_notice_24h', 'incident_results_72h']) {
      const before = itemOf(incident, kind);
      expect(await item(before.id)).toMatchObject({ due_at: before.due_at, due_on: before.due_on });
    }
    const recounted = auditRows(t, "action = 'deadline.recomputed'").map((e) => Number(e.entity_id));
    expect(recounted).toEqual([dayItem.id]);
  });
});

describe('who sees the clocks', () => {
  it('leaves an incident’s items out of an operator’s deadlines list and dashboard counts, and hides each one', async () => {
    const incident = await openOnFriday();
    const op = await loginAs(t, 'operator');
    const ids = incident.deadlines.map((d: any) => d.id);

    const list = await op.get('/api/deadlines').expect(200);
    expect(list.body).toEqual([]);
    expect(list.headers['content-range']).toBe('deadlines 0-0/0');
    // What the dashboard asks: counts by state and by kind, and the next items due.
    for (const filter of [
      { state: ['open', 'due_soon', 'overdue'] },
      { kind: 'incident_notice_24h' },
      { incident_id: incident.id },
      { id: ids },
    ]) {
      const res = await op.get(withFilter('/api/deadlines', filter)).expect(200);
      expect(res.body, JSON.stringify(filter)).toEqual([]);
    }
    for (const id of ids) await op.get(`/api/deadlines/${id}`).expect(404);

    // Compliance and the administrator see them.
    const admin = await loginAs(t, 'admin');
    for (const who of [compliance, admin]) {
      const res = await who.get(withFilter('/api/deadlines', { incident_id: incident.id })).expect(200);
      expect(res.body.map((d: any) => d.id)).toEqual(ids);
      await who.get(`/api/deadlines/${ids[0]}`).expect(200);
    }
  });
});
