// Deadline items on the real production calendar: due dates worked out by hand from the calendar's days (in the
// comments, never with the code under test), recounts when the calendar changes, states, extension and closing.
import { beforeEach, describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../../server/db/groupCommit.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { verifyChain } from '../../server/audit/verifyChain.js';
import type { DeadlineCloseReason, DeadlineKind, Role } from '../../server/contract/index.js';
import type { OpenDeadline } from '../../server/deadlines/deadlines.service.js';
import {
  auditRows,
  createStaff,
  createSubject,
  jsonParams,
  logIn,
  loginAs,
  useTestApp,
  withFilter,
  type LoggedIn,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let subjectId: number;

beforeEach(async () => {
  op = await loginAs(t, 'operator');
  subjectId = (await createSubject(op)).id;
});

/** Sets the test clock to noon of that day in Moscow: the clinic's "today". */
const onDay = (day: string) => {
  t.clock.now = Date.parse(`${day}T12:00:00+03:00`);
};
const deadlines = () => t.services.deadlines;
const open = (kind: DeadlineKind, receivedOn: string, over: Partial<OpenDeadline> = {}) =>
  inWriteTransaction(t.db, () =>
    deadlines().openWithin(systemContext(), { kind, receivedOn, subjectId, assigneeId: op.id, ...over }),
  );
const extend = (id: number, reason = 'Запрошены сведения из архива: уведомление о продлении направлено') =>
  inWriteTransaction(t.db, () => deadlines().extendWithin(systemContext(), id, reason));
const close = (id: number, reason: DeadlineCloseReason = 'fulfilled', note?: string) =>
  inWriteTransaction(t.db, () => deadlines().closeWithin(systemContext(), id, { reason, note }));
const show = async (id: number) => (await op.get(`/api/deadlines/${id}`).expect(200)).body;
const stateOf = async (id: number) => (await show(id)).state;

describe('due dates on the production calendar', () => {
  it('access request received on the working day before the May holidays of 2026', async () => {
    onDay('2026-05-06');
    // Received Thu 30.04.2026 (a shortened day; not counted). May 2026: Fri 1 holiday, Sat 2, Sun 3; Mon 4 (1),
    // Tue 5 (2), Wed 6 (3), Thu 7 (4), Fri 8 (5, shortened); Sat 9 holiday, Sun 10, Mon 11 day off (9 May moved);
    // Tue 12 (6), Wed 13 (7), Thu 14 (8), Fri 15 (9), Mon 18 (10). Plain weekdays would give Thu 14.05.
    const item = await open('answer_access_request', '2026-04-30');
    expect(item).toMatchObject({
      kind: 'answer_access_request',
      opened_on: '2026-04-30',
      due_on: '2026-05-18',
      extended_due_on: null,
      effective_due_on: '2026-05-18',
      calendar_incomplete: false,
      state: 'open',
      term_days: 10,
      term_unit: 'working',
      legal_source: 'ст. 14, ст. 20 ч. 1–2 152-ФЗ',
      extendable: true,
      subject_id: subjectId,
      assignee_id: op.id,
      letter_id: null,
    });
    const [entry] = auditRows(t, "action = 'deadline.opened'");
    expect(entry).toMatchObject({ entity_type: 'deadline', entity_id: String(item.id), subject_id: subjectId });
    expect(JSON.parse(entry.details)).toMatchObject({ kind: 'answer_access_request', due_on: '2026-05-18' });
  });

  it('access request received on the working day before the May holidays of 2025', async () => {
    onDay('2025-05-06');
    // Received Wed 30.04.2025 (shortened). Thu 1.05 holiday, Fri 2 day off (4 Jan moved), Sat 3, Sun 4; Mon 5 (1),
    // Tue 6 (2), Wed 7 (3); Thu 8 day off (23 Feb moved), Fri 9 holiday, Sat 10, Sun 11; Mon 12 (4) … Fri 16 (8),
    // Mon 19 (9), Tue 20 (10).
    expect((await open('answer_access_request', '2025-04-30')).due_on).toBe('2025-05-20');
  });

  it('withdrawal: 30 calendar days, moved off a Sunday to the next working day', async () => {
    onDay('2026-02-02');
    // Fri 30.01.2026 + 30 days = Sun 01.03.2026 (31 Jan is day 1, 28 Feb day 29) → Mon 02.03.2026.
    const item = await open('destroy_after_withdrawal', '2026-01-30');
    expect(item).toMatchObject({
      due_on: '2026-03-02',
      term_days: 30,
      term_unit: 'calendar',
      legal_source: 'ст. 21 ч. 5 152-ФЗ',
      extendable: false,
    });
  });

  it('withdrawal whose 30th day is a Sunday followed by a day off', async () => {
    onDay('2026-04-10');
    // Fri 10.04.2026 + 30 = Sun 10.05.2026 (30 Apr is day 20); Mon 11.05 is the day off moved from Sat 9 May
    // → Tue 12.05.2026.
    expect((await open('destroy_after_withdrawal', '2026-04-10')).due_on).toBe('2026-05-12');
  });

  it('a term across the New Year holidays', async () => {
    onDay('2025-12-25');
    // Received Thu 25.12.2025: Fri 26 (1), Mon 29 (2), Tue 30 (3); Wed 31.12 day off (5 Jan moved); 1–8.01.2026
    // holidays, Fri 9.01 day off (3 Jan moved), Sat 10, Sun 11; Mon 12 (4) … Fri 16 (8), Mon 19 (9), Tue 20 (10).
    expect((await open('stop_processing', '2025-12-25')).due_on).toBe('2026-01-20');
  });

  it('counts the transferred working Saturday of 01.11.2025 as a working day', async () => {
    onDay('2025-10-31');
    // Stop unlawful processing, 3 working days from Thu 30.10.2025: Fri 31 (1), Sat 1.11 worked (2); Sun 2,
    // Mon 3 day off (the Saturday's), Tue 4 holiday; Wed 5 (3). Plain weekdays would give Tue 04.11.
    expect((await open('stop_unlawful_processing', '2025-10-30')).due_on).toBe('2025-11-05');
    // Correction, 7 working days from Fri 31.10.2025: Sat 1.11 (1), Wed 5 (2), Thu 6 (3), Fri 7 (4), Mon 10 (5),
    // Tue 11 (6), Wed 12 (7).
    expect((await open('correct_data', '2025-10-31')).due_on).toBe('2025-11-12');
  });

  it('a term into 2028, which the calendar does not cover: plain weekdays, flagged', async () => {
    onDay('2027-12-24');
    // Access request of Fri 24.12.2027: Mon 27 (1) … Thu 30 (4); Fri 31.12 day off (3 Jan 2027 moved); 2028 as
    // plain weekdays: Mon 3.01 (5) … Fri 7 (9), Mon 10 (10).
    const access = await open('answer_access_request', '2027-12-24');
    expect(access).toMatchObject({ due_on: '2028-01-10', calendar_incomplete: true });
    // Withdrawal of Wed 15.12.2027 + 30 = Fri 14.01.2028 (31 Dec is day 16), a plain weekday of 2028.
    expect(await open('destroy_after_withdrawal', '2027-12-15', { letterId: 7 })).toMatchObject({
      due_on: '2028-01-14',
      calendar_incomplete: true,
      letter_id: 7,
    });
    // A term that stays inside 2027 is not flagged: Mon 20.12.2027 + 3 working days = Thu 23.12.
    expect(await open('stop_unlawful_processing', '2027-12-20')).toMatchObject({
      due_on: '2027-12-23',
      calendar_incomplete: false,
    });
  });

  it('refuses a day of receipt after today, an unknown subject and an assignee who is not active', async () => {
    onDay('2026-05-06');
    await expect(open('stop_processing', '2026-05-07')).rejects.toMatchObject({ status: 400 });
    await expect(open('stop_processing', '2026-02-30')).rejects.toMatchObject({
      status: 400,
      extra: { errors: { received_on: expect.any(String) } },
    });
    await expect(open('stop_processing', '2026-05-06', { subjectId: 99999 })).rejects.toMatchObject({ status: 404 });
    const gone = await createStaff(t, 'operator');
    await t.services.staff.update(systemContext(), gone.id, {
      full_name: gone.full_name,
      role: 'operator',
      active: false,
    });
    await expect(open('stop_processing', '2026-05-06', { assigneeId: gone.id })).rejects.toMatchObject({
      status: 400,
      extra: { errors: { assignee_id: expect.any(String) } },
    });
    expect(auditRows(t, "action = 'deadline.opened'")).toHaveLength(0);
  });
});

describe('a calendar change recounts the open items', () => {
  let admin: LoggedIn;
  beforeEach(async () => {
    admin = await loginAs(t, 'admin');
  });

  const recounts = () => auditRows(t, "action = 'deadline.recomputed'");

  it('a day made a holiday moves open due dates by one working day, closed ones not, each recount audited', async () => {
    onDay('2026-05-13');
    // Both received Thu 30.04.2026: due Mon 18.05 (see above); the first extended by 5 working days: Tue 19 (1) …
    // Fri 22 (4), Mon 25 (5).
    const extended = await extend((await open('answer_access_request', '2026-04-30')).id);
    expect(extended).toMatchObject({ due_on: '2026-05-18', extended_due_on: '2026-05-25' });
    const closed = await close((await open('answer_access_request', '2026-04-30')).id);
    // Withdrawal of Wed 13.05.2026 + 30 = Fri 12.06 (holiday), Sat 13, Sun 14 → Mon 15.06: untouched by May.
    const later = await open('destroy_after_withdrawal', '2026-05-13');
    expect(later.due_on).toBe('2026-06-15');

    await admin.post('/api/calendar').send({ date: '2026-05-14', kind: 'holiday', note: 'Проверка' }).expect(201);
    // With Thu 14.05 not worked: … Wed 13 (7), Fri 15 (8), Mon 18 (9), Tue 19 (10); extension Wed 20 … Tue 26.
    expect(await show(extended.id)).toMatchObject({ due_on: '2026-05-19', extended_due_on: '2026-05-26' });
    expect(await show(closed.id)).toMatchObject({ due_on: '2026-05-18', state: 'closed' });
    expect((await show(later.id)).due_on).toBe('2026-06-15');

    const [change] = auditRows(t, "action = 'calendar.changed'");
    expect(recounts()).toHaveLength(1);
    expect(recounts()[0]).toMatchObject({
      entity_id: String(extended.id),
      subject_id: subjectId,
      actor_login: admin.login,
      request_id: change.request_id,
    });
    expect(JSON.parse(recounts()[0].details)).toEqual({
      kind: 'answer_access_request',
      cause_audit_id: change.id,
      changes: {
        due_on: { from: '2026-05-18', to: '2026-05-19' },
        extended_due_on: { from: '2026-05-25', to: '2026-05-26' },
        calendar_incomplete: { from: false, to: false },
      },
    });

    // Removing the day moves it back, audited again.
    await admin.delete('/api/calendar/2026-05-14').expect(200);
    expect(await show(extended.id)).toMatchObject({ due_on: '2026-05-18', extended_due_on: '2026-05-25' });
    expect(recounts()).toHaveLength(2);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('a day made worked moves a due date earlier', async () => {
    onDay('2026-05-06');
    const item = await open('answer_access_request', '2026-04-30');
    // Mon 11.05 made a (shortened) working day instead of the day off moved from 9 May:
    // … Fri 8 (5), Mon 11 (6), Tue 12 (7), Wed 13 (8), Thu 14 (9), Fri 15 (10).
    const day = (await admin.get('/api/calendar/2026-05-11').expect(200)).body;
    await admin
      .put('/api/calendar/2026-05-11')
      .send({ ...day, kind: 'short_day' })
      .expect(200);
    expect((await show(item.id)).due_on).toBe('2026-05-15');
  });

  it('a year entered later clears the flag; its days move the dates', async () => {
    onDay('2027-12-24');
    // A year on, the sessions opened at the start of the test have expired: sign in again.
    [op, admin] = [await logIn(t, op.login), await logIn(t, admin.login)];
    const item = await open('answer_access_request', '2027-12-24');
    expect(item).toMatchObject({ due_on: '2028-01-10', calendar_incomplete: true });

    // A day of 2028 entered before the year is declared is used, and the item stays flagged: Mon 3.01 not worked,
    // so Tue 4 (5) … Fri 7 (8), Mon 10 (9), Tue 11 (10).
    await admin.post('/api/calendar').send({ date: '2028-01-03', kind: 'holiday' }).expect(201);
    expect(await show(item.id)).toMatchObject({ due_on: '2028-01-11', calendar_incomplete: true });

    await admin.put('/api/calendar/years/2028').send({ status: 'official', basis: 'Постановление на 2028 год' });
    expect(await show(item.id)).toMatchObject({ due_on: '2028-01-11', calendar_incomplete: false });
    expect(recounts().map((e) => JSON.parse(e.details).changes.calendar_incomplete)).toEqual([
      { from: true, to: true },
      { from: true, to: false },
    ]);
  });
});

describe('the state, on the clinic’s today', () => {
  it('is open, then due soon within 3 working days, then overdue; closed late after the due date', async () => {
    onDay('2026-05-06');
    // Both due Mon 18.05.2026 (access request of 30.04.2026, see above).
    const late = await open('answer_access_request', '2026-04-30');
    const onTime = await open('answer_access_request', '2026-04-30');

    onDay('2026-05-12'); // 3 working days on: Wed 13, Thu 14, Fri 15 — before the 18th.
    expect(await stateOf(late.id)).toBe('open');
    onDay('2026-05-13'); // Thu 14, Fri 15, Mon 18: five calendar days, but three working days.
    expect(await stateOf(late.id)).toBe('due_soon');
    onDay('2026-05-18'); // The last day of the term is still on time.
    expect(await stateOf(late.id)).toBe('due_soon');
    await close(onTime.id);
    onDay('2026-05-19');
    expect(await stateOf(late.id)).toBe('overdue');
    expect(await stateOf(onTime.id)).toBe('closed');

    const closedLate = await close(late.id, 'fulfilled');
    expect(closedLate).toMatchObject({ state: 'closed_late', closed_on: '2026-05-19', close_reason: 'fulfilled' });
    expect(JSON.parse(auditRows(t, "action = 'deadline.closed'")[1].details)).toMatchObject({
      close_reason: 'fulfilled',
      closed_on: '2026-05-19',
      due_on: '2026-05-18',
      late: true,
    });
  });

  it('reads an extended item against its extended due date', async () => {
    onDay('2026-05-13');
    const item = await extend((await open('answer_access_request', '2026-04-30')).id); // due 18.05, extended 25.05
    onDay('2026-05-19'); // Wed 20, Thu 21, Fri 22: not yet within 3 working days of the 25th.
    expect(await stateOf(item.id)).toBe('open');
    onDay('2026-05-20'); // Thu 21, Fri 22, Mon 25.
    expect(await stateOf(item.id)).toBe('due_soon');
  });

  it('is filtered in SQL: the total counts every match, not a page', async () => {
    onDay('2026-05-13');
    // Overdue: withdrawal of 10.04.2026, due Tue 12.05 (see above).
    const overdue = await open('destroy_after_withdrawal', '2026-04-10');
    // Due soon: access request of 30.04.2026, due Mon 18.05 (three working days on from Wed 13.05).
    const dueSoon = await open('answer_access_request', '2026-04-30');
    // Open: access request of Wed 13.05.2026: Thu 14 (1), Fri 15 (2), Mon 18 … Fri 22 (7), Mon 25 … Wed 27 (10).
    const open1 = await open('answer_access_request', '2026-05-13');
    const open2 = await open('answer_access_request', '2026-05-13');
    expect(open1.due_on).toBe('2026-05-27');
    // Closed late: 3 working days from Wed 06.05.2026: Thu 7 (1), Fri 8 (2), Tue 12 (3) — closed today, the 13th.
    const closedLate = await close((await open('stop_unlawful_processing', '2026-05-06')).id);
    // Closed on time: 3 working days from Tue 12.05.2026: Wed 13, Thu 14, Fri 15 — closed today.
    const closedOnTime = await close((await open('stop_unlawful_processing', '2026-05-12')).id);
    expect([closedLate.state, closedOnTime.state]).toEqual(['closed_late', 'closed']);

    const list = async (filter: object, range = [0, 24]) => {
      const res = await op
        .get('/api/deadlines')
        .query(jsonParams({ filter, range, sort: ['id', 'ASC'] }))
        .expect(200);
      return {
        ids: res.body.map((d: any) => d.id),
        states: res.body.map((d: any) => d.state),
        range: res.headers['content-range'],
      };
    };
    expect(await list({ state: 'overdue' })).toEqual({
      ids: [overdue.id],
      states: ['overdue'],
      range: 'deadlines 0-0/1',
    });
    expect((await list({ state: 'due_soon' })).ids).toEqual([dueSoon.id]);
    expect((await list({ state: 'closed' })).ids).toEqual([closedOnTime.id]);
    expect((await list({ state: 'closed_late' })).ids).toEqual([closedLate.id]);
    expect((await list({ state: ['overdue', 'due_soon'] })).ids).toEqual([overdue.id, dueSoon.id]);
    // One row asked for, two open items: the total is the query's, not the page's.
    expect(await list({ state: 'open' }, [0, 0])).toEqual({
      ids: [open1.id],
      states: ['open'],
      range: 'deadlines 0-0/2',
    });
    expect((await list({ state: 'open', kind: 'answer_access_request' })).ids).toEqual([open1.id, open2.id]);
    expect((await list({})).range).toBe('deadlines 0-5/6');
  });
});

describe('extending and closing', () => {
  it('extends an access request once by 5 working days; the reason only encrypted in the log', async () => {
    onDay('2026-05-13');
    const item = await open('answer_access_request', '2026-04-30');
    const extended = await extend(item.id, 'Ответ Ивановой требует сведений из архива');
    expect(extended).toMatchObject({
      due_on: '2026-05-18',
      extended_due_on: '2026-05-25',
      effective_due_on: '2026-05-25',
      extended_on: '2026-05-13',
      extended_by: 'system',
      extendable: false,
    });
    const [entry] = auditRows(t, "action = 'deadline.extended'");
    expect(entry.subject_id).toBe(subjectId);
    expect(entry.details).not.toContain('Ивановой');
    expect(JSON.parse(entry.details)).toMatchObject({
      extended_due_on: '2026-05-25',
      personal_enc: expect.any(String),
    });
    expect(JSON.stringify(t.db.prepare('SELECT * FROM deadline_items').all())).not.toContain('Ивановой');

    await expect(extend(item.id)).rejects.toMatchObject({ status: 409, code: 'already_extended' });
  });

  it('refuses what the rule or the date does not allow', async () => {
    onDay('2026-05-19');
    const withdrawal = await open('destroy_after_withdrawal', '2026-05-04');
    await expect(extend(withdrawal.id)).rejects.toMatchObject({ status: 409, code: 'extension_not_allowed' });
    const correction = await open('correct_data', '2026-05-18');
    await expect(extend(correction.id)).rejects.toMatchObject({ status: 409, code: 'extension_not_allowed' });
    // Due 18.05.2026 (see above); today is the 19th.
    const passed = await open('stop_processing', '2026-04-30');
    expect(passed.extendable).toBe(false);
    await expect(extend(passed.id)).rejects.toMatchObject({ status: 409, code: 'extension_too_late' });
    const current = await open('stop_processing', '2026-05-18');
    await expect(extend(current.id, ' x ')).rejects.toMatchObject({ status: 400 });
    expect(auditRows(t, "action = 'deadline.extended'")).toHaveLength(0);
  });

  it('closes once: a closed item cannot be closed or extended again (409 deadline_closed)', async () => {
    onDay('2026-05-13');
    const item = await open('stop_processing', '2026-05-12');
    const closed = await close(item.id, 'refused', 'Отказ Петровой: нет оснований');
    expect(closed).toMatchObject({ state: 'closed', close_reason: 'refused', closed_by: 'system', extendable: false });
    const [entry] = auditRows(t, "action = 'deadline.closed'");
    expect(entry.details).not.toContain('Петровой');
    expect(JSON.parse(entry.details)).toHaveProperty('personal_enc');

    await expect(close(item.id)).rejects.toMatchObject({ status: 409, code: 'deadline_closed' });
    await expect(extend(item.id)).rejects.toMatchObject({ status: 409, code: 'deadline_closed' });
    await expect(close(item.id, 'whatever' as DeadlineCloseReason)).rejects.toMatchObject({ status: 400 });
    expect(auditRows(t, "action = 'deadline.closed'")).toHaveLength(1);
  });
});

describe('inside the caller’s transaction', () => {
  it('refuses to run outside a transaction', async () => {
    onDay('2026-05-13');
    const item = await open('stop_processing', '2026-05-12');
    const ctx = systemContext();
    const input = { kind: 'stop_processing' as const, receivedOn: '2026-05-12', subjectId, assigneeId: op.id };
    expect(() => deadlines().openWithin(ctx, input)).toThrow(/inside a write transaction/);
    expect(() => deadlines().extendWithin(ctx, item.id, 'Причина продления')).toThrow(/inside a write transaction/);
    expect(() => deadlines().closeWithin(ctx, item.id, { reason: 'fulfilled' })).toThrow(/inside a write transaction/);
    expect(() => deadlines().recomputeOpenWithin(ctx, 1)).toThrow(/inside a write transaction/);
    expect(await show(item.id)).toMatchObject({ state: 'open', extended_due_on: null });
  });

  it('leaves no item and no audit entry when the caller fails after openWithin', async () => {
    onDay('2026-05-13');
    const entries = auditRows(t).length;
    await expect(
      inWriteTransaction(t.db, () => {
        deadlines().openWithin(systemContext(), {
          kind: 'destroy_after_withdrawal',
          receivedOn: '2026-05-13',
          subjectId,
          assigneeId: op.id,
        });
        throw new Error('the letter could not be registered');
      }),
    ).rejects.toThrow(/letter/);
    expect(t.db.prepare('SELECT count(*) FROM deadline_items').pluck().get()).toBe(0);
    expect(auditRows(t)).toHaveLength(entries);
  });
});

describe('the deadlines resource', () => {
  it.each(['operator', 'compliance', 'admin'] as Role[])('is read by %s', async (role) => {
    onDay('2026-05-13');
    const item = await open('stop_processing', '2026-05-12');
    const who = role === 'operator' ? op : await loginAs(t, role);
    const list = await who.get('/api/deadlines').expect(200);
    expect(list.body.map((d: any) => d.id)).toEqual([item.id]);
    expect((await who.get(`/api/deadlines/${item.id}`).expect(200)).body).toMatchObject({ id: item.id });
  });

  it('is read-only, filters by the contract’s keys, and answers 400 naming anything else', async () => {
    onDay('2026-05-13');
    const other = await createSubject(op, { last_name: 'Сидорова', phone: '+79160001234', email: null });
    const mine = await open('stop_processing', '2026-05-12', { letterId: 5 });
    const theirs = await open('correct_data', '2026-05-12', { subjectId: other.id });
    const ids = async (filter: object) =>
      (await op.get(withFilter('/api/deadlines', filter)).expect(200)).body.map((d: any) => d.id);
    expect(await ids({ subject_id: other.id })).toEqual([theirs.id]);
    expect(await ids({ letter_id: 5 })).toEqual([mine.id]);
    expect(await ids({ kind: ['correct_data'] })).toEqual([theirs.id]);
    expect(await ids({ assignee_id: op.id })).toHaveLength(2);

    expect((await op.get(withFilter('/api/deadlines', { state: 'late' })).expect(400)).body.errors).toHaveProperty(
      'filter.state',
    );
    expect((await op.get(withFilter('/api/deadlines', { due_on: 'x' })).expect(400)).body.errors).toHaveProperty(
      'filter',
    );
    await op.get('/api/deadlines/abc').expect(400);
    await op.get('/api/deadlines/999').expect(404);
    await op.post('/api/deadlines').send({}).expect(405);
    await op.put(`/api/deadlines/${mine.id}`).send({}).expect(405);
    await op.delete(`/api/deadlines/${mine.id}`).expect(405);
  });
});
