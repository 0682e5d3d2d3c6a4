// The register of destruction acts (Order 179): compliance lists, filters and exports it; opening an act decrypts its
// content, an audited read; the act and its log extract print as PDFs carrying every field of the order, each print
// audited. Operators and the administrator see none of it.
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../server/audit/verifyChain.js';
import { DESTRUCTION_CATEGORIES } from '../../server/contract/index.js';
import { systemContext } from '../../server/shared/requestContext.js';
import { binary, pdfFirstPagePng, pdfInfo, pdfText } from '../helpers/pdf.js';
import {
  PASSWORD,
  auditRows,
  createSubject,
  jsonParams,
  logIn,
  loginAs,
  useTestApp,
  withFilter,
  type LoggedIn,
  type TestApp,
} from '../helpers/testApp.js';

const t = useTestApp();
let op: LoggedIn;
let compliance: LoggedIn;

const PROPOSER = { full_name: 'Кузнецов Андрей Павлович', position: 'Медицинский регистратор' };
const APPROVER = { full_name: 'Орлова Наталья Сергеевна', position: 'Ответственный за организацию обработки ПДн' };

async function staffWithPosition(app: TestApp, role: 'operator' | 'compliance', who: typeof PROPOSER, login: string) {
  await app.services.staff.create(systemContext(), { login, role, password: PASSWORD, ...who });
  return logIn(app, login);
}

/** The details replies and acts need before they print: the responsible person and the signer. */
async function completeSettings(app: TestApp, over: Record<string, string> = {}) {
  const current = app.services.settings.current();
  await app.services.settings.update(systemContext(), {
    ...current,
    responsible_name: APPROVER.full_name,
    responsible_position: APPROVER.position,
    signer_name: 'Васильев Игорь Николаевич',
    signer_position: 'Главный врач',
    ...over,
  });
}

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);

beforeEach(async () => {
  t.clock.now = at('2026-02-02T12:00:00');
  op = await staffWithPosition(t, 'operator', PROPOSER, 'kuznetsov');
  compliance = await staffWithPosition(t, 'compliance', APPROVER, 'orlova');
});

const destroyAll = () => DESTRUCTION_CATEGORIES.map((category) => ({ category, action: 'destroy' }));

/** A subject taken through a proposal and its approval: answers the act's id. */
async function destroyed(
  over: { subject?: Record<string, unknown>; proposal?: Record<string, unknown> } = {},
): Promise<number> {
  const subject = await createSubject(op, over.subject);
  const proposal = {
    subject_id: subject.id,
    reason: 'not_needed',
    reason_text: 'Обработка больше не нужна',
    plan: destroyAll(),
    ...over.proposal,
  };
  const d = (await op.post('/api/destructions').send(proposal).expect(201)).body;
  const approved = await compliance.post(`/api/destructions/${d.id}/approve`).send({ comment: 'Согласовано' });
  expect(approved.status).toBe(200);
  return approved.body.act_id;
}

const getPdf = (who: LoggedIn, url: string) => who.get(url).buffer(true).parse(binary);

describe('who may see the register', () => {
  it('answers compliance, and refuses operators and the administrator everywhere (403, audited)', async () => {
    await completeSettings(t);
    const id = await destroyed();
    const admin = await loginAs(t, 'admin');
    const urls = [
      '/api/destruction-acts',
      `/api/destruction-acts/${id}`,
      `/api/destruction-acts/${id}/pdf`,
      `/api/destruction-acts/${id}/extract.pdf`,
      '/api/destruction-acts/export.csv?reason=Проверка',
    ];
    for (const who of [op, admin]) for (const url of urls) await who.get(url).expect(403);
    expect(auditRows(t, "action = 'auth.denied'")).toHaveLength(urls.length * 2);
    for (const url of urls) await compliance.get(url).expect(200);
  });

  it('answers 405 to writes and 404 to an act that does not exist', async () => {
    const id = await destroyed();
    await compliance.post('/api/destruction-acts').send({}).expect(405);
    await compliance.put(`/api/destruction-acts/${id}`).send({}).expect(405);
    await compliance.delete(`/api/destruction-acts/${id}`).expect(405);
    await compliance.get('/api/destruction-acts/999').expect(404);
    await compliance.get('/api/destruction-acts/abc').expect(400);
  });
});

describe('the list', () => {
  let february: number;
  let march: number;
  beforeEach(async () => {
    february = await destroyed();
    t.clock.now = at('2026-03-10T10:00:00');
    [op, compliance] = [await logIn(t, op.login), await logIn(t, compliance.login)];
    march = await destroyed({
      subject: { last_name: 'Сидорова' },
      proposal: {
        reason: 'withdrawal',
        plan: destroyAll().map((p) =>
          p.category === 'medical'
            ? { ...p, action: 'retain', legal_basis: '323-ФЗ ст. 22', retain_until: '2051-03-10' }
            : p,
        ),
      },
    });
  });

  const list = async (params: Record<string, unknown> = {}) => {
    const res = await compliance.get('/api/destruction-acts').query(jsonParams(params)).expect(200);
    return { ids: res.body.map((r: any) => r.id), body: res.body, range: res.headers['content-range'] };
  };

  it('pages the register without a personal value, newest first', async () => {
    const { ids, body, range } = await list();
    expect(ids).toEqual([march, february]);
    expect(range).toBe('destruction-acts 0-1/2');
    expect(body[0]).toEqual({
      id: march,
      number: 'АКТ-2026-0002',
      kind: 'subject',
      destruction_id: expect.any(Number),
      subject_id: expect.any(Number),
      submission_destruction_id: null,
      submissions_count: null,
      destroyed_on: '2026-03-10',
      reason: 'withdrawal',
      categories: expect.arrayContaining([
        { category: 'medical', action: 'retain', legal_basis: '323-ФЗ ст. 22', retain_until: '2051-03-10' },
      ]),
      expires_on: '2029-03-10',
      status: 'kept',
      created_at: new Date(at('2026-03-10T10:00:00')).toISOString(),
    });
    expect(JSON.stringify(body)).not.toMatch(/Петрова|Сидорова|Обработка больше не нужна/);
  });

  it('filters by the day of destruction, reason, status, subject and id, and sorts by number', async () => {
    expect((await list({ filter: { destroyed_on_gte: '2026-03-01' } })).ids).toEqual([march]);
    expect((await list({ filter: { destroyed_on_lte: '2026-02-02' } })).ids).toEqual([february]);
    expect((await list({ filter: { destroyed_on_gte: '2026-02-02', destroyed_on_lte: '2026-03-10' } })).ids).toEqual([
      march,
      february,
    ]);
    expect((await list({ filter: { reason: 'not_needed' } })).ids).toEqual([february]);
    expect((await list({ filter: { reason: ['withdrawal', 'not_needed'] } })).ids).toHaveLength(2);
    expect((await list({ filter: { status: 'expired' } })).ids).toEqual([]);
    const subjectOfMarch = (await list()).body[0].subject_id;
    expect((await list({ filter: { subject_id: subjectOfMarch } })).ids).toEqual([march]);
    expect((await list({ filter: { id: [february] } })).ids).toEqual([february]);
    expect((await list({ sort: ['number', 'ASC'] })).ids).toEqual([february, march]);
    expect((await list({ sort: ['expires_on', 'DESC'] })).ids).toEqual([march, february]);
  });

  it('names a bad filter, value or sort with 400', async () => {
    const bad = async (params: Record<string, unknown>) =>
      (await compliance.get('/api/destruction-acts').query(jsonParams(params)).expect(400)).body.errors;
    expect(await bad({ filter: { destroyed_on_gte: '2026-02-30' } })).toHaveProperty(['filter.destroyed_on_gte']);
    expect(await bad({ filter: { destroyed_on_lte: '10.03.2026' } })).toHaveProperty(['filter.destroyed_on_lte']);
    expect(await bad({ filter: { reason: 'whim' } })).toHaveProperty(['filter.reason']);
    expect(await bad({ filter: { q: 'Петрова' } })).toHaveProperty('filter');
    expect(await bad({ sort: ['reason', 'ASC'] })).toHaveProperty('sort');
  });
});

describe('opening an act', () => {
  it('decrypts its content, and the read is audited with the number only', async () => {
    const id = await destroyed();
    const res = await compliance.get(`/api/destruction-acts/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, number: 'АКТ-2026-0001', status: 'kept', destroyed_on: '2026-02-02' });
    expect(res.body.content).toMatchObject({
      number: 'АКТ-2026-0001',
      subject: { last_name: 'Петрова', first_name: 'Мария', patronymic: 'Игоревна', birth_date: '1985-04-12' },
      proposer: { ...PROPOSER, login: 'kuznetsov' },
      approver: { ...APPROVER, login: 'orlova' },
      reason: 'not_needed',
      reason_text: 'Обработка больше не нужна',
      processor: null,
      system_name: 'PD Desk',
    });
    expect(res.body.content.log.map((l: any) => l.action)).toEqual(
      expect.arrayContaining(['destruction.proposed', 'destruction.approved', 'subject.destroyed']),
    );
    const [entry] = auditRows(t, "action = 'destruction_act.viewed'");
    expect(entry).toMatchObject({ actor_login: 'orlova', entity_type: 'destruction_act', entity_id: String(id) });
    expect(JSON.parse(entry.details)).toEqual({ number: 'АКТ-2026-0001', status: 'kept' });
    expect(verifyChain(t.db).ok).toBe(true);
  });
});

describe('the act and the extract as PDF', () => {
  it('refuses to print while the operator’s details are incomplete', async () => {
    const id = await destroyed();
    const res = await compliance.get(`/api/destruction-acts/${id}/pdf`).expect(409);
    expect(res.body.code).toBe('settings_incomplete');
    expect(auditRows(t, "action = 'destruction_act.printed'")).toHaveLength(0);
  });

  it('prints the act with every field of Order 179, and audits the print', async () => {
    await completeSettings(t);
    const id = await destroyed({
      proposal: {
        plan: destroyAll().map((p) =>
          p.category === 'medical'
            ? { ...p, action: 'retain', legal_basis: '323-ФЗ ст. 22', retain_until: '2051-02-02' }
            : p,
        ),
      },
    });
    const res = await getPdf(compliance, `/api/destruction-acts/${id}/pdf`).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('АКТ-2026-0001.pdf'));
    expect(pdfInfo(res.body)['Page size']).toMatch(/595\.\d* x 841\.\d*/);
    const text = pdfText(res.body).replace(/\s+/g, ' ');
    for (const expected of [
      'Акт об уничтожении персональных данных № АКТ-2026-0001 от 02.02.2026',
      'ООО «Натамед»',
      '125047, г. Москва, ул. Фадеева, д. 7, стр. 1',
      'не привлекался',
      'Петрова Мария Игоревна',
      '12.04.1985',
      '+7 (912) 345-67-89',
      'maria.petrova@example.ru',
      PROPOSER.full_name,
      PROPOSER.position,
      APPROVER.full_name,
      APPROVER.position,
      'Идентификационные и контактные данные',
      'фамилия, имя, отчество, пол, дата рождения, номер телефона',
      'Обращения с Сайта',
      'Переписка',
      'Сведения о состоянии здоровья',
      '323-ФЗ ст. 22',
      '02.02.2051',
      'PD Desk',
      'Удаление записей из базы данных с перезаписью освобождённых страниц и уничтожением ключа шифрования',
      'Персональные данные не являются необходимыми для заявленной цели обработки: Обработка больше не нужна',
      '(подпись)',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('А. П. Кузнецов');
    pdfFirstPagePng(res.body, 'screenshots/pdf-destruction-act');
    const [entry] = auditRows(t, "action = 'destruction_act.printed'");
    expect(entry).toMatchObject({ actor_login: 'orlova', entity_id: String(id) });
    expect(JSON.parse(entry.details)).toEqual({ number: 'АКТ-2026-0001', document: 'act' });
  });

  it('prints the extract with the log entries’ ids, times and hashes, and audits the print', async () => {
    await completeSettings(t);
    const id = await destroyed();
    const content = (await compliance.get(`/api/destruction-acts/${id}`).expect(200)).body.content;
    const res = await getPdf(compliance, `/api/destruction-acts/${id}/extract.pdf`).expect(200);
    const text = pdfText(res.body);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Выгрузка из журнала регистрации событий в информационной системе персональных данных');
    expect(flat).toContain('Приложение к акту об уничтожении персональных данных № АКТ-2026-0001 от 02.02.2026');
    expect(flat).toContain('Петрова Мария Игоревна');
    expect(flat).toContain('Идентификационные и контактные данные; Сведения о состоянии здоровья; Обращения с Сайта');
    expect(flat).toContain('PD Desk');
    expect(flat).toContain('02.02.2026 12:00:00');
    expect(flat).toContain('Уничтожение данных утверждено');
    expect(flat).toContain('orlova ответственный за обработку ПДн');
    // The hashes wrap in their column: read the raw text without its line breaks.
    const raw = pdfText(res.body, { mode: 'raw' }).replace(/\s+/g, '');
    expect(content.log.length).toBeGreaterThanOrEqual(4);
    for (const line of content.log) {
      expect(raw).toContain(line.hash);
      const stored = t.db.prepare('SELECT hash FROM audit_log WHERE id = ?').pluck().get(line.id);
      expect(stored).toBe(line.hash);
      expect(flat).toContain(`${line.id} 02.02.2026 12:00:00`);
    }
    pdfFirstPagePng(res.body, 'screenshots/pdf-destruction-extract');
    const printed = auditRows(t, "action = 'destruction_act.printed'").map((e) => JSON.parse(e.details));
    expect(printed).toEqual([{ number: 'АКТ-2026-0001', document: 'extract' }]);
    expect(verifyChain(t.db).ok).toBe(true);
  });

  it('states the method of the settings at the time of destruction; a later change leaves the act as it was', async () => {
    const method =
      'удаление записей из базы данных и уничтожение ключа шифрования средством, прошедшим оценку соответствия';
    await completeSettings(t, { destruction_method: method });
    const id = await destroyed();
    await completeSettings(t, { destruction_method: 'сожжение' });
    const text = pdfText((await getPdf(compliance, `/api/destruction-acts/${id}/pdf`).expect(200)).body).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Удаление записей из базы данных и уничтожение ключа шифрования средством');
    expect(text).not.toContain('ожжение');
    const changes = auditRows(t, "action = 'settings.changed'").map((e) => JSON.parse(e.details).changes);
    expect(changes.at(-1)).toEqual({ destruction_method: { from: method, to: 'сожжение' } });
  });
});

describe('the CSV export', () => {
  it('needs a typed reason: 400 naming it, nothing audited', async () => {
    await destroyed();
    const res = await compliance.get('/api/destruction-acts/export.csv').expect(400);
    expect(res.body.errors).toHaveProperty('reason');
    await compliance.get('/api/destruction-acts/export.csv?reason=x').expect(400);
    expect(auditRows(t, "action = 'destruction_acts.exported'")).toHaveLength(0);
  });

  it('streams the filtered register and audits the row count, the filter keys and the reason', async () => {
    await destroyed();
    t.clock.now = at('2026-03-10T10:00:00');
    [op, compliance] = [await logIn(t, op.login), await logIn(t, compliance.login)];
    await destroyed({ subject: { last_name: 'Сидорова' }, proposal: { reason: 'withdrawal' } });
    const filter = { destroyed_on_gte: '2026-03-01', reason: 'withdrawal' };
    const res = await compliance
      .get(withFilter('/api/destruction-acts/export.csv', filter) + '&reason=' + encodeURIComponent('Проверка РКН'))
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,number,kind,destruction_id,subject_id,submission_destruction_id,submissions_count,destroyed_on,reason,destroyed_categories,retained_categories,expires_on,status,created_at',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('АКТ-2026-0002,');
    expect(lines[1]).toContain(',2026-03-10,withdrawal,identity_contacts medical submissions');
    const [entry] = auditRows(t, "action = 'destruction_acts.exported'");
    expect(entry).toMatchObject({ actor_login: 'orlova', entity_type: 'destruction_acts' });
    expect(JSON.parse(entry.details)).toEqual({
      rows: 1,
      filters: ['destroyed_on_gte', 'reason'],
      reason: 'Проверка РКН',
    });
  });
});
