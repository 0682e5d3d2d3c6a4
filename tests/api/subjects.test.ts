import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { clinicDay } from '../../server/shared/clinicDate.js';
import {
  auditRows,
  jsonParams,
  loginAs,
  sampleSubject,
  useTestApp,
  withFilter,
  type LoggedIn,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
beforeEach(async () => {
  op = await loginAs(t, 'operator');
});

const create = (body: Record<string, unknown>) => op.post('/api/subjects').send(body);
const correct = (id: number, body: Record<string, unknown>) => op.put(`/api/subjects/${id}`).send(body);

describe('create', () => {
  it('stores the subject with a normalized phone, computed age and version 1, and audits it', async () => {
    const res = await create(sampleSubject()).expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      phone: '+79123456789',
      status: 'active',
      version: 1,
      has_medical_info: true,
    });
    const [year, monthDay] = [
      Number(clinicDay(new Date(t.clock.now)).slice(0, 4)),
      clinicDay(new Date(t.clock.now)).slice(5),
    ];
    expect(res.body.age).toBe(year - 1985 - (monthDay < '04-12' ? 1 : 0));
    expect(res.body).not.toHaveProperty('medical_info');
    const [entry] = auditRows(t, "action = 'subject.created'");
    expect(entry).toMatchObject({ subject_id: res.body.id, actor_login: op.login, actor_role: 'operator' });
    expect(entry.details).not.toContain('Петрова');
  });

  it.each([
    ['phone', { phone: '12345' }],
    ['email', { email: 'not-an-email' }],
    ['birth_date', { birth_date: '1985-13-45' }],
    ['sex', { sex: 'other' }],
    ['last_name', { last_name: '' }],
    ['legal_rep_basis', { legal_rep_name: 'Петров Пётр Петрович' }],
    ['unexpected', { unexpected: 1 }],
  ])('refuses a bad %s with a 400 naming the field, and writes nothing', async (field, patch) => {
    const res = await create(sampleSubject(patch)).expect(400);
    expect(res.body.errors).toHaveProperty(field);
    expect(res.body.message).toContain(field);
    expect(t.db.prepare('SELECT count(*) AS n FROM subjects').get()).toEqual({ n: 0 });
    expect(auditRows(t, "action LIKE 'subject.%'")).toHaveLength(0);
  });

  it.each(['+7 912 345-67-89', '89123456789', '9123456789', '7(912)3456789'])(
    'normalizes %s to +79123456789',
    async (phone) => {
      expect((await create(sampleSubject({ phone })).expect(201)).body.phone).toBe('+79123456789');
    },
  );

  it('answers 413 to a JSON body over 100 kB', async () => {
    const res = await create(sampleSubject({ medical_info: 'я'.repeat(60_000) })).expect(413);
    expect(res.body.message).toMatch(/too large/);
  });
});

describe('medical information', () => {
  it('never appears in list answers, and is not in the database file in plain text', async () => {
    const secret = 'Диагноз-маркер-XJ42 хронический гастрит';
    await create(sampleSubject({ medical_info: secret })).expect(201);
    const list = await op.get('/api/subjects').expect(200);
    expect(JSON.stringify(list.body)).not.toContain('XJ42');
    expect(list.body[0]).not.toHaveProperty('medical_info');
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = Buffer.concat([
      fs.readFileSync(t.dbPath),
      fs.existsSync(`${t.dbPath}-wal`) ? fs.readFileSync(`${t.dbPath}-wal`) : Buffer.alloc(0),
    ]);
    expect(bytes.includes(Buffer.from('XJ42'))).toBe(false);
    expect(bytes.includes(Buffer.from('Петрова'))).toBe(true); // the check can see plain text where it exists
  });

  it('is revealed only with a reason, and the read is audited with it', async () => {
    const { id } = (await create(sampleSubject()).expect(201)).body;
    const noReason = await op.post(`/api/subjects/${id}/medical-info`).send({}).expect(400);
    expect(noReason.body.errors).toHaveProperty('reason');
    const res = await op
      .post(`/api/subjects/${id}/medical-info`)
      .send({ reason: 'Подготовка к приёму 26.11' })
      .expect(200);
    expect(res.body.medical_info).toBe(sampleSubject().medical_info);
    const entries = auditRows(t, "action = 'subject.medical_viewed'");
    expect(entries).toHaveLength(1);
    const history = await op.get(withFilter('/api/audit-log', { subject_id: id })).expect(200);
    const listed = history.body.find((e: any) => e.action === 'subject.medical_viewed');
    expect(listed.details).toEqual({ had_medical_info: true, personal_sealed: true });
    const entry = (await (await loginAs(t, 'compliance')).get(`/api/audit-log/${listed.id}`).expect(200)).body;
    expect(entry.details.reason).toBe('Подготовка к приёму 26.11');
  });
});

describe('show', () => {
  it('is an audited read', async () => {
    const { id } = (await create(sampleSubject()).expect(201)).body;
    await op.get(`/api/subjects/${id}`).expect(200);
    expect(auditRows(t, "action = 'subject.viewed' AND subject_id = ?", id)).toHaveLength(1);
    await op.get('/api/subjects/999999').expect(404);
    await op.get('/api/subjects/abc').expect(400);
  });
});

describe('correction', () => {
  it('requires a reason and keeps it, encrypted, with before/after in the audit entry', async () => {
    const subject = (await create(sampleSubject()).expect(201)).body;
    const noReason = await correct(subject.id, { ...subject, phone: '+79990001122' }).expect(400);
    expect(noReason.body.errors).toHaveProperty('correction_reason');
    const res = await correct(subject.id, {
      ...subject,
      phone: '+7 999 000-11-22',
      correction_reason: 'Письмо пациентки от 20.11',
    }).expect(200);
    expect(res.body).toMatchObject({ phone: '+79990001122', version: 2 });
    const [entry] = auditRows(t, "action = 'subject.corrected'");
    expect(entry.details).not.toContain('79990001122');
    const history = await op.get(withFilter('/api/audit-log', { subject_id: subject.id })).expect(200);
    const listed = history.body.find((e: any) => e.action === 'subject.corrected');
    expect(listed.details).not.toHaveProperty('reason');
    const compliance = await loginAs(t, 'compliance');
    const corrected = (await compliance.get(`/api/audit-log/${listed.id}`).expect(200)).body;
    expect(corrected.details).toMatchObject({
      fields: ['phone'],
      reason: 'Письмо пациентки от 20.11',
      changes: { phone: { from: '+79123456789', to: '+79990001122' } },
    });
  });

  it('answers 409 with the current record to a stale version, and changes nothing', async () => {
    const subject = (await create(sampleSubject()).expect(201)).body;
    await correct(subject.id, {
      ...subject,
      email: 'first@example.ru',
      correction_reason: 'Уточнение по телефону',
    }).expect(200);
    const stale = await correct(subject.id, {
      ...subject,
      email: 'second@example.ru',
      correction_reason: 'Другое уточнение',
    }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', current: { email: 'first@example.ru', version: 2 } });
    expect((await op.get(`/api/subjects/${subject.id}`)).body.email).toBe('first@example.ru');
    expect(auditRows(t, "action = 'subject.corrected'")).toHaveLength(1);
  });

  it('writes only the changed fields, and a search finds the person by the corrected name and e-mail', async () => {
    const subject = (await create(sampleSubject()).expect(201)).body;
    const res = await correct(subject.id, {
      ...subject,
      last_name: 'Ёжикова',
      email: 'Ezhikova@Example.RU',
      correction_reason: 'Смена фамилии, свидетельство о браке',
    }).expect(200);
    expect(res.body).toMatchObject({
      last_name: 'Ёжикова',
      first_name: 'Мария',
      phone: '+79123456789',
      email: 'Ezhikova@Example.RU',
      version: 2,
    });
    const search = async (q: string) =>
      (await op.get(withFilter('/api/subjects', { q })).expect(200)).body.map((s: any) => s.id);
    expect(await search('ежик')).toEqual([subject.id]);
    expect(await search('ezhikova@example')).toEqual([subject.id]);
    expect(await search('петрова')).toEqual([]);
    expect(await search('+79123456789')).toEqual([subject.id]);
  });

  it('is rolled back with its audit entry when the audit write fails', async () => {
    const subject = (await create(sampleSubject()).expect(201)).body;
    t.db.exec(
      "CREATE TRIGGER break_audit BEFORE INSERT ON audit_log WHEN NEW.action = 'subject.corrected' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const res = await correct(subject.id, {
      ...subject,
      phone: '+79990001122',
      correction_reason: 'Проверка отката',
    }).expect(500);
    expect(JSON.stringify(res.body)).not.toMatch(/disk full|SQL|at .*\.ts/);
    const row = t.db.prepare('SELECT phone, version FROM subjects WHERE id = ?').get(subject.id);
    expect(row).toEqual({ phone: '+79123456789', version: 1 });
  });

  it('replaces medical information only when a new text is sent', async () => {
    const subject = (await create(sampleSubject()).expect(201)).body;
    await correct(subject.id, {
      ...subject,
      medical_info: 'Новая запись',
      correction_reason: 'Заключение врача',
    }).expect(200);
    const revealed = await op.post(`/api/subjects/${subject.id}/medical-info`).send({ reason: 'проверка' });
    expect(revealed.body.medical_info).toBe('Новая запись');
  });
});

describe('delete', () => {
  it('answers 405: destruction is its own workflow', async () => {
    const { id } = (await create(sampleSubject()).expect(201)).body;
    await op.delete(`/api/subjects/${id}`).expect(405);
    expect(t.db.prepare('SELECT count(*) AS n FROM subjects').get()).toEqual({ n: 1 });
  });
});

describe('list', () => {
  beforeEach(async () => {
    await create(
      sampleSubject({
        last_name: 'Иванов',
        first_name: 'Иван',
        sex: 'male',
        phone: '+79001112233',
        email: 'ivanov@mail.ru',
      }),
    );
    await create(
      sampleSubject({ last_name: 'Иванова', first_name: 'Ольга', phone: '+79001112244', email: 'olga@mail.ru' }),
    );
    await create(
      sampleSubject({
        last_name: 'Сидоров',
        first_name: 'Пётр',
        sex: 'male',
        phone: '+79005556677',
        email: 'sid@ya.ru',
      }),
    );
    await create(
      sampleSubject({ last_name: 'Ёлкина', first_name: 'Анна', phone: '+79008889900', email: 'elkina@ya.ru' }),
    );
  });
  const list = (params: Record<string, unknown>) => op.get('/api/subjects').query(jsonParams(params));

  it('sorts, paginates and answers Content-Range', async () => {
    const res = await list({ sort: ['last_name', 'ASC'], range: [0, 1] }).expect(200);
    expect(res.headers['content-range']).toBe('subjects 0-1/4');
    expect(res.body.map((s: any) => s.last_name)).toEqual(['Ёлкина', 'Иванов']);
    const page2 = await list({ sort: ['last_name', 'ASC'], range: [2, 3] }).expect(200);
    expect(page2.body.map((s: any) => s.last_name)).toEqual(['Иванова', 'Сидоров']);
  });

  it.each([
    [{ q: 'иван' }, ['Иванов', 'Иванова']],
    [{ q: 'Иванов Иван' }, ['Иванов']],
    [{ q: 'елкина' }, ['Ёлкина']],
    [{ q: '8 900 555-66-77' }, ['Сидоров']],
    [{ q: '+7900111' }, ['Иванов', 'Иванова']],
    [{ q: 'olga@' }, ['Иванова']],
    [{ sex: 'male' }, ['Иванов', 'Сидоров']],
    [{ status: 'blocked' }, []],
  ])('filters by %j', async (filter, expected) => {
    const res = await list({ filter, sort: ['last_name', 'ASC'] }).expect(200);
    expect(res.body.map((s: any) => s.last_name)).toEqual(expected);
  });

  it.each([
    ['sort', { sort: ['medical_info_enc', 'ASC'] }],
    ['sort', { sort: ['last_name', 'SIDEWAYS'] }],
    ['filter', { filter: { password: 'x' } }],
    ['range', { range: [10, 2] }],
    ['range', { range: [0, 5000] }],
    ['range', { filter: { q: 'ив' }, range: [Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER] }],
  ])('answers 400 naming %s for %j', async (param, params) => {
    const res = await list(params).expect(400);
    expect(res.body.message).toContain(param);
  });

  it('answers 400 to malformed JSON in a parameter', async () => {
    const res = await op.get('/api/subjects?sort=[last_name').expect(400);
    expect(res.body.message).toContain('sort');
  });
});
