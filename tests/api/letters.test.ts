// The register of incoming letters over HTTP on a real SQLite file: registration and its numbering, the state
// machine, the optimistic lock, roles, edits, filters and the search by number and by sender.
import { beforeEach, describe, expect, it } from 'vitest';
import { systemContext } from '../../server/shared/requestContext.js';
import type { Role } from '../../server/contract/index.js';
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

/** Noon of that day in Moscow: the clinic's "today". Sessions do not survive a jump of days: sign in again after. */
const onDay = (day: string) => {
  t.clock.now = Date.parse(`${day}T12:00:00+03:00`);
};

beforeEach(async () => {
  onDay('2026-05-13');
  op = await loginAs(t, 'operator');
});

const sample = (over: Record<string, unknown> = {}) => ({
  kind: 'access',
  received_on: '2026-05-12',
  sender_name: 'Иванова Мария Петровна',
  sender_address: '125047, г. Москва, ул. Лесная, д. 3, кв. 14',
  registered_mail_number: '12504799123456',
  summary: 'Просит сообщить, какие её данные обрабатываются',
  ...over,
});
const register = async (over: Record<string, unknown> = {}, who = op) =>
  (await who.post('/api/letters').send(sample(over)).expect(201)).body;
const show = async (id: number, who = op) => (await who.get(`/api/letters/${id}`).expect(200)).body;
const row = (id: number) => t.db.prepare('SELECT * FROM letters WHERE id = ?').get(id) as Record<string, any>;
const count = (table: string) => t.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('registration', () => {
  it('gives the first number of the year, assigns the registering operator, opens the term and audits no value', async () => {
    const letter = await register();
    // Access request received Tue 12.05.2026: Wed 13 (1), Thu 14 (2), Fri 15 (3), Mon 18 … Fri 22 (8), Mon 25 (9),
    // Tue 26 (10).
    expect(letter).toMatchObject({
      reg_number: 'ВХ-2026-00001',
      kind: 'access',
      received_on: '2026-05-12',
      sender_name: 'Иванова Мария Петровна',
      sender_address: '125047, г. Москва, ул. Лесная, д. 3, кв. 14',
      registered_mail_number: '12504799123456',
      summary: 'Просит сообщить, какие её данные обрабатываются',
      assignee_id: op.id,
      subject_id: null,
      identification_method: null,
      status: 'registered',
      due_on: '2026-05-26',
      extended_due_on: null,
      deadline_state: 'open',
      overdue: false,
      extendable: true,
      holds_block: false,
      personal_destroyed: false,
      version: 1,
    });
    const items = (await op.get(withFilter('/api/deadlines', { letter_id: letter.id })).expect(200)).body;
    expect(items).toMatchObject([
      {
        kind: 'answer_access_request',
        letter_id: letter.id,
        subject_id: null,
        assignee_id: op.id,
        due_on: '2026-05-26',
      },
    ]);
    const [entry] = auditRows(t, "action = 'letter.registered'");
    expect(entry).toMatchObject({ entity_type: 'letter', entity_id: String(letter.id), subject_id: null });
    expect(JSON.parse(entry.details)).toEqual({
      reg_number: 'ВХ-2026-00001',
      kind: 'access',
      received_on: '2026-05-12',
      assignee_id: op.id,
      has_registered_mail_number: true,
      has_summary: true,
      deadline_ids: [items[0].id],
    });
  });

  it('assigns another active operator when asked, and refuses anyone else', async () => {
    const other = await createStaff(t, 'operator');
    expect((await register({ assignee_id: other.id })).assignee_id).toBe(other.id);
    const compliance = await createStaff(t, 'compliance');
    const gone = await createStaff(t, 'operator');
    await t.services.staff.update(systemContext(), gone.id, {
      full_name: gone.full_name,
      role: 'operator',
      active: false,
    });
    for (const assignee_id of [compliance.id, gone.id, 99999]) {
      const res = await op.post('/api/letters').send(sample({ assignee_id })).expect(400);
      expect(res.body.codes).toEqual({ assignee_id: 'assignee_not_operator' });
    }
    expect(count('letters')).toBe(1);
  });

  it('refuses a day of receipt in the future, before 2020 or impossible, and stores nothing', async () => {
    for (const [received_on, code] of [
      ['2026-05-14', 'received_on_range'],
      ['2019-12-31', 'received_on_range'],
      ['2026-02-30', 'date_invalid'],
      ['13.05.2026', 'date_invalid'],
    ]) {
      const res = await op.post('/api/letters').send(sample({ received_on })).expect(400);
      expect(res.body.codes.received_on).toBe(code);
    }
    expect(count('letters')).toBe(0);
    expect(count('letter_numbers')).toBe(0);
    expect(count('deadline_items')).toBe(0);
    // The clinic's day, not UTC's: at 01:00 in Moscow on the 14th, UTC still has the 13th.
    t.clock.now = Date.parse('2026-05-14T01:00:00+03:00');
    op = await logIn(t, op.login);
    expect((await register({ received_on: '2026-05-14' })).reg_number).toBe('ВХ-2026-00001');
  });

  it('requires the sender and the address; the registered-mail number and the summary are optional', async () => {
    const res = await op
      .post('/api/letters')
      .send({ kind: 'withdrawal', received_on: '2026-05-12', sender_name: ' ', extra: 1 })
      .expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['extra', 'sender_address', 'sender_name']);
    const bare = await register({ registered_mail_number: null, summary: '' });
    expect(bare).toMatchObject({ registered_mail_number: null, summary: null });
  });

  it('opens no term for a letter of kind other, two for a destruction request', async () => {
    const other = await register({ kind: 'other' });
    expect(other).toMatchObject({ due_on: null, deadline_state: null, extendable: false });
    const destruction = await register({ kind: 'destruction' });
    const kinds = (await op.get(withFilter('/api/deadlines', { letter_id: destruction.id })).expect(200)).body.map(
      (d: any) => d.kind,
    );
    expect(kinds).toEqual(['stop_unlawful_processing', 'destroy_unneeded_data']);
    // Stop in 3 working days from Tue 12.05.2026: Wed 13, Thu 14, Fri 15 — the letter shows the one due first.
    expect(destruction.due_on).toBe('2026-05-15');
  });
});

describe('numbering', () => {
  it('gives 100 concurrent registrations 100 distinct consecutive numbers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => op.post('/api/letters').send(sample({ sender_name: `Отправитель ${i}` }))),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(201));
    const numbers = answers.map((a) => a.body.reg_number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => `ВХ-2026-${String(i + 1).padStart(5, '0')}`));
    expect(t.db.prepare('SELECT last FROM letter_numbers WHERE year = 2026').pluck().get()).toBe(100);
  });

  it('numbers by the year of receipt: a new year starts at 00001, the old one goes on', async () => {
    onDay('2026-01-12');
    op = await logIn(t, op.login);
    expect((await register({ received_on: '2025-12-30' })).reg_number).toBe('ВХ-2025-00001');
    expect((await register({ received_on: '2026-01-09' })).reg_number).toBe('ВХ-2026-00001');
    expect((await register({ received_on: '2025-12-31' })).reg_number).toBe('ВХ-2025-00002');
    expect((await register({ received_on: '2026-01-12' })).reg_number).toBe('ВХ-2026-00002');
  });

  it('a registration that fails after taking its number gives it back: no gap', async () => {
    await register();
    // The insert fails after the number was taken: the whole registration is rolled back with it.
    t.db.exec(
      "CREATE TEMP TRIGGER fail_other BEFORE INSERT ON letters WHEN NEW.kind = 'other' BEGIN SELECT RAISE(ABORT, 'injected'); END",
    );
    await op
      .post('/api/letters')
      .send(sample({ kind: 'other' }))
      .expect(500);
    t.db.exec('DROP TRIGGER temp.fail_other');
    expect((await register()).reg_number).toBe('ВХ-2026-00002');
    expect(count('letters')).toBe(2);
  });

  it('never deletes a letter nor changes its number, also not by SQL', async () => {
    const letter = await register();
    expect(() => t.db.prepare('DELETE FROM letters WHERE id = ?').run(letter.id)).toThrow(/never deleted/);
    expect(() => t.db.prepare('UPDATE letters SET reg_seq = 7 WHERE id = ?').run(letter.id)).toThrow(/never changed/);
    await op.delete(`/api/letters/${letter.id}`).expect(405);
  });
});

describe('the state machine', () => {
  let subjectId: number;
  beforeEach(async () => {
    subjectId = (await createSubject(op)).id;
  });

  type Action = 'identify' | 'request-details' | 'reject' | 'mark-answered' | 'close' | 'extend';
  const bodies: Record<Action, () => object> = {
    identify: () => ({ subject_id: subjectId, method: 'signature', note: 'Подпись сверена с договором' }),
    'request-details': () => ({ note: 'Нужна копия паспорта' }),
    reject: () => ({ reason: 'Реклама, а не обращение' }),
    'mark-answered': () => ({ out_number: 'ИСХ-2026-00041', sent_on: '2026-05-13' }),
    close: () => ({}),
    extend: () => ({ reason: 'Нужны сведения из архива' }),
  };
  const act = (id: number, action: Action, body: object = bodies[action]()) =>
    op.post(`/api/letters/${id}/${action}`).send(body);

  /** A letter brought to a state by the allowed transitions. */
  const inState = async (status: string) => {
    const { id } = await register();
    const path: Record<string, Action[]> = {
      registered: [],
      awaiting_details: ['request-details'],
      identified: ['identify'],
      answered: ['identify', 'mark-answered'],
      closed: ['identify', 'mark-answered', 'close'],
      rejected: ['reject'],
    };
    for (const step of path[status]) await act(id, step).expect(200);
    return id;
  };

  const allowed: Record<string, Action[]> = {
    registered: ['identify', 'request-details', 'reject', 'extend'],
    awaiting_details: ['identify', 'reject', 'extend'],
    identified: ['mark-answered', 'extend'],
    answered: ['close'],
    closed: [],
    rejected: [],
  };
  const actions = Object.keys(bodies) as Action[];
  const snapshot = (id: number) => ({
    letter: row(id),
    items: t.db.prepare('SELECT * FROM deadline_items WHERE letter_id = ? ORDER BY id').all(id),
    subject: t.db.prepare('SELECT status, version FROM subjects WHERE id = ?').get(subjectId),
    notes: count('letter_notes'),
    entries: auditRows(t, "action NOT IN ('auth.login', 'auth.denied', 'letter.viewed')").length,
  });

  it.each(Object.keys(allowed))(
    'from %s, every other action is 409 invalid_transition and changes nothing',
    async (status) => {
      const id = await inState(status);
      expect(row(id).status).toBe(status);
      for (const action of actions.filter((a) => !allowed[status].includes(a))) {
        const before = snapshot(id);
        const res = await act(id, action).expect(409);
        expect(res.body, action).toMatchObject({ code: 'invalid_transition' });
        expect(snapshot(id), action).toEqual(before);
      }
    },
  );

  it('goes registered → awaiting_details → identified → answered → closed, one audited action each', async () => {
    const { id } = await register();
    const steps: [Action, string, string][] = [
      ['request-details', 'awaiting_details', 'letter.details_requested'],
      ['identify', 'identified', 'letter.identified'],
      ['mark-answered', 'answered', 'letter.answered'],
      ['close', 'closed', 'letter.closed'],
    ];
    let version = 1;
    for (const [action, status, audited] of steps) {
      const res = await act(id, action, { ...bodies[action](), version }).expect(200);
      expect(res.body).toMatchObject({ status, version: version + 1 });
      version++;
      expect(auditRows(t, 'action = ? AND entity_id = ?', audited, String(id))).toHaveLength(1);
    }
    const done = await show(id);
    expect(done).toMatchObject({
      subject_id: subjectId,
      identification_method: 'signature',
      answered_out_number: 'ИСХ-2026-00041',
      answered_on: '2026-05-13',
      holds_block: false,
    });
    // The reply closed the access request's term, on the day it was sent.
    expect(done.deadlines).toMatchObject([{ kind: 'answer_access_request', state: 'closed', closed_on: '2026-05-13' }]);
    expect(done.notes.map((n: any) => [n.step, n.note])).toEqual([
      ['details_requested', 'Нужна копия паспорта'],
      ['identified', 'Подпись сверена с договором'],
    ]);
  });

  it('rejects from registered or awaiting_details, closing the terms as not required', async () => {
    const id = await inState('awaiting_details');
    const res = await act(id, 'reject').expect(200);
    expect(res.body).toMatchObject({ status: 'rejected', overdue: false, extendable: false });
    expect(res.body.deadlines).toMatchObject([{ state: 'closed', close_reason: 'not_required' }]);
    expect(JSON.parse(auditRows(t, "action = 'letter.rejected'")[0].details)).toMatchObject({
      reg_number: 'ВХ-2026-00001',
      deadlines_closed: [res.body.deadlines[0].id],
    });
  });

  it('a stale version is 409 version_conflict with the current letter, and changes nothing', async () => {
    const { id } = await register();
    await act(id, 'request-details', { ...bodies['request-details'](), version: 1 }).expect(200);
    const res = await act(id, 'reject', { ...bodies.reject(), version: 1 }).expect(409);
    expect(res.body).toMatchObject({ code: 'version_conflict', current: { status: 'awaiting_details', version: 2 } });
    expect(row(id).status).toBe('awaiting_details');
  });

  it('two decisions at once: one wins, the other is refused', async () => {
    const { id } = await register();
    const [a, b] = await Promise.all([act(id, 'reject'), act(id, 'identify')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(auditRows(t, "action IN ('letter.rejected', 'letter.identified')")).toHaveLength(1);
  });

  it('validates the bodies: 400 naming the field, nothing changed', async () => {
    const { id } = await register();
    const cases: [Action, object, string][] = [
      ['identify', { subject_id: subjectId, method: 'telepathy', note: 'Ясно' }, 'method'],
      ['identify', { subject_id: subjectId, method: 'signature', note: 'x' }, 'note'],
      ['identify', { subject_id: subjectId, method: 'identity_document', note: 'Паспорт' }, 'document_number'],
      ['identify', { subject_id: subjectId, method: 'matching_fields', note: 'Совпали ФИО' }, 'fields_matched'],
      [
        'identify',
        { subject_id: subjectId, method: 'signature', note: 'Подпись', purposes: ['marketing'] },
        'purposes',
      ],
      ['reject', { reason: '' }, 'reason'],
      ['request-details', {}, 'note'],
    ];
    for (const [action, body, field] of cases) {
      const res = await act(id, action, body).expect(400);
      expect(Object.keys(res.body.errors), `${action} ${JSON.stringify(body)}`).toContain(field);
    }
    const missing = await act(id, 'identify', { ...bodies.identify(), subject_id: 99999 }).expect(422);
    expect(missing.body.code).toBe('subject_missing');
    expect(row(id)).toMatchObject({ status: 'registered', version: 1 });
  });

  it('mark-answered takes a sending day between the day of receipt and today', async () => {
    const id = await inState('identified');
    for (const sent_on of ['2026-05-11', '2026-05-14']) {
      const res = await act(id, 'mark-answered', { out_number: 'ИСХ-1', sent_on }).expect(400);
      expect(res.body.codes).toEqual({ sent_on: 'date_invalid' });
    }
    await act(id, 'mark-answered', { out_number: 'ИСХ-1', sent_on: '2026-05-12' }).expect(200);
  });
});

describe('roles', () => {
  it('compliance reads letters and their terms, changes nothing; each refusal is 403 and audited', async () => {
    const letter = await register();
    const compliance = await loginAs(t, 'compliance');
    expect((await compliance.get('/api/letters').expect(200)).body.map((l: any) => l.id)).toEqual([letter.id]);
    expect((await show(letter.id, compliance)).sender_name).toBe('Иванова Мария Петровна');
    await compliance.get(withFilter('/api/deadlines', { letter_id: letter.id })).expect(200);
    await compliance.get('/api/calendar').expect(200);
    const subjectId = (await createSubject(op)).id;
    const refused: [string, 'post' | 'put', object][] = [
      ['/api/letters', 'post', sample()],
      [`/api/letters/${letter.id}`, 'put', { ...letter, sender_name: 'Другая' }],
      [`/api/letters/${letter.id}/identify`, 'post', { subject_id: subjectId, method: 'signature', note: 'Подпись' }],
      [`/api/letters/${letter.id}/request-details`, 'post', { note: 'Нужна копия' }],
      [`/api/letters/${letter.id}/extend`, 'post', { reason: 'Нужно время' }],
      [`/api/letters/${letter.id}/reject`, 'post', { reason: 'Не обращение' }],
      [`/api/letters/${letter.id}/mark-answered`, 'post', { out_number: 'И-1', sent_on: '2026-05-13' }],
      [`/api/letters/${letter.id}/close`, 'post', {}],
      [`/api/subjects/${subjectId}/unblock`, 'post', { letter_id: letter.id, reason: 'Проверка окончена' }],
    ];
    for (const [url, method, body] of refused) {
      const denied = auditRows(t, "action = 'auth.denied'").length;
      const res = await compliance[method](url).send(body).expect(403);
      expect(res.body.code, url).toBe('forbidden');
      const entries = auditRows(t, "action = 'auth.denied'");
      expect(entries, url).toHaveLength(denied + 1);
      expect(entries.at(-1)).toMatchObject({ actor_login: compliance.login, actor_role: 'compliance' });
    }
    expect(row(letter.id)).toMatchObject({ status: 'registered', version: 1 });
  });

  it('the administrator reads the deadlines and the calendar but not the letters', async () => {
    const letter = await register();
    const admin = await loginAs(t, 'admin');
    await admin.get('/api/deadlines').expect(200);
    await admin.get('/api/calendar').expect(200);
    for (const url of ['/api/letters', `/api/letters/${letter.id}`, `/api/letters/${letter.id}/attachments`]) {
      await admin.get(url).expect(403);
    }
    await admin.post('/api/letters').send(sample()).expect(403);
    expect(auditRows(t, "action = 'auth.denied' AND actor_login = ?", admin.login)).toHaveLength(4);
  });

  it.each(['operator', 'compliance'] as Role[])('opening a letter as %s is an audited read', async (role) => {
    const letter = await register();
    const who = role === 'operator' ? op : await loginAs(t, role);
    await show(letter.id, who);
    expect(auditRows(t, "action = 'letter.viewed' AND actor_login = ?", who.login)).toMatchObject([
      { entity_type: 'letter', entity_id: String(letter.id) },
    ]);
  });
});

describe('editing the registration', () => {
  it('corrects the sender with the version seen; the log names the fields, not the values', async () => {
    const letter = await register();
    const res = await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...letter, sender_name: 'Иванова Марина Петровна' })
      .expect(200);
    expect(res.body).toMatchObject({ sender_name: 'Иванова Марина Петровна', version: 2 });
    const [entry] = auditRows(t, "action = 'letter.updated'");
    expect(JSON.parse(entry.details)).toEqual({ reg_number: 'ВХ-2026-00001', fields: ['sender_name'], version: 2 });
    // The old name is no longer found, the new one is.
    const ids = async (q: string) =>
      (await op.get(withFilter('/api/letters', { q })).expect(200)).body.map((l: any) => l.id);
    expect(await ids('Мария')).toEqual([]);
    expect(await ids('Марина')).toEqual([letter.id]);

    const stale = await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...letter, summary: 'Другое' })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', current: { version: 2 } });
  });

  it('a new kind or day of receipt before the letter is worked on reopens its terms; after, it is refused', async () => {
    const letter = await register();
    const res = await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...letter, kind: 'correction', received_on: '2026-05-11' })
      .expect(200);
    // Correction, 7 working days from Mon 11.05.2026: Tue 12 (1) … Fri 15 (4), Mon 18 (5), Tue 19 (6), Wed 20 (7).
    expect(res.body).toMatchObject({ kind: 'correction', received_on: '2026-05-11', due_on: '2026-05-20' });
    const items = (
      await op
        .get('/api/deadlines')
        .query(jsonParams({ filter: { letter_id: letter.id }, sort: ['id', 'ASC'] }))
        .expect(200)
    ).body;
    expect(items.map((d: any) => [d.kind, d.state, d.close_reason])).toEqual([
      ['answer_access_request', 'closed', 'opened_in_error'],
      ['correct_data', 'open', null],
    ]);
    const otherYear = await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...res.body, received_on: '2025-12-30' })
      .expect(400);
    expect(otherYear.body.codes).toEqual({ received_on: 'received_on_range' });

    await op.post(`/api/letters/${letter.id}/request-details`).send({ note: 'Нужны документы' }).expect(200);
    const current = await show(letter.id);
    const fixed = await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...current, kind: 'access' })
      .expect(409);
    expect(fixed.body.code).toBe('invalid_transition');
    // The sender's words and the assignee may still change; the open term follows the assignee.
    const other = await createStaff(t, 'operator');
    await op
      .put(`/api/letters/${letter.id}`)
      .send({ ...current, assignee_id: other.id })
      .expect(200);
    expect((await op.get(withFilter('/api/deadlines', { letter_id: letter.id, state: 'open' }))).body).toMatchObject([
      { assignee_id: other.id },
    ]);
  });
});

describe('the list', () => {
  it('filters by status, kind, assignee, subject, days of receipt and overdue; 400 for anything else', async () => {
    onDay('2026-05-06');
    op = await logIn(t, op.login);
    const subjectId = (await createSubject(op)).id;
    // Access request of Thu 30.04.2026: due Mon 18.05 (the May holidays: see deadlines.test.ts).
    const access = await register({ received_on: '2026-04-30' });
    // Withdrawal of Fri 10.04.2026: 30 days = Sun 10.05, Mon 11.05 a day off → Tue 12.05.
    const withdrawal = await register({ kind: 'withdrawal', received_on: '2026-04-10', sender_name: 'Сидоров Пётр' });
    const other = await createStaff(t, 'operator');
    const mine = await register({ kind: 'other', received_on: '2026-05-06', assignee_id: other.id });
    await op
      .post(`/api/letters/${access.id}/identify`)
      .send({ subject_id: subjectId, method: 'in_person', note: 'Пришла лично с паспортом' })
      .expect(200);
    onDay('2026-05-13');
    op = await logIn(t, op.login);

    const ids = async (filter: object) =>
      (await op.get(withFilter('/api/letters', filter)).expect(200)).body.map((l: any) => l.id);
    expect(await ids({ status: 'identified' })).toEqual([access.id]);
    expect(await ids({ status: ['registered', 'identified'] })).toEqual([mine.id, withdrawal.id, access.id]);
    expect(await ids({ kind: 'withdrawal' })).toEqual([withdrawal.id]);
    expect(await ids({ assignee_id: other.id })).toEqual([mine.id]);
    expect(await ids({ subject_id: subjectId })).toEqual([access.id]);
    expect(await ids({ received_from: '2026-04-11', received_to: '2026-05-05' })).toEqual([access.id]);
    expect(await ids({ overdue: true })).toEqual([withdrawal.id]);
    expect(await ids({ overdue: false })).toEqual([mine.id, access.id]);

    const page = await op
      .get('/api/letters')
      .query(jsonParams({ sort: ['due_on', 'ASC'], range: [0, 1], filter: { kind: ['access', 'withdrawal'] } }))
      .expect(200);
    expect(page.body.map((l: any) => [l.id, l.due_on, l.deadline_state])).toEqual([
      [withdrawal.id, '2026-05-12', 'overdue'],
      [access.id, '2026-05-18', 'due_soon'],
    ]);
    expect(page.headers['content-range']).toBe('letters 0-1/2');

    expect((await op.get(withFilter('/api/letters', { sender_name: 'x' })).expect(400)).body.errors).toHaveProperty(
      'filter',
    );
    expect((await op.get(withFilter('/api/letters', { status: 'lost' })).expect(400)).body.errors).toHaveProperty(
      'filter.status',
    );
    await op.get('/api/letters?sort=["sender_name","ASC"]').expect(400);
  });

  it('q finds a letter by its number or by whole words of the sender, in any case and with ё', async () => {
    const a = await register({ sender_name: 'Ёлкина Анна Сергеевна' });
    const b = await register({ sender_name: 'Анна Петрова' });
    const c = await register({ sender_name: 'ООО «Ромашка», Сёмин С. С.' });
    const ids = async (q: string) =>
      (await op.get(withFilter('/api/letters', { q })).expect(200)).body.map((l: any) => l.id).sort();
    expect(await ids('ВХ-2026-00002')).toEqual([b.id]);
    expect(await ids('00003')).toEqual([c.id]);
    expect(await ids('вх-2026')).toEqual([a.id, b.id, c.id]);
    expect(await ids('елкина')).toEqual([a.id]);
    expect(await ids('ЁЛКИНА анна')).toEqual([a.id]);
    expect(await ids('анна')).toEqual([a.id, b.id]);
    expect(await ids('Семин')).toEqual([c.id]);
    expect(await ids('ромашка')).toEqual([c.id]);
    // Whole words only: a part of a name is not a token.
    expect(await ids('Ёлк')).toEqual([]);
    expect(await ids('Анна Иванова')).toEqual([]);
  });

  it('q finds a hyphenated surname whole and by either half', async () => {
    const a = await register({ sender_name: 'Воскресенская-Преображенская Анна' });
    await register({ sender_name: 'Воскресенский Пётр' });
    const ids = async (q: string) =>
      (await op.get(withFilter('/api/letters', { q })).expect(200)).body.map((l: any) => l.id);
    expect(await ids('воскресенская-преображенская')).toEqual([a.id]);
    expect(await ids('Преображенская анна')).toEqual([a.id]);
    expect(await ids('Воскресенская')).toEqual([a.id]);
  });
});
