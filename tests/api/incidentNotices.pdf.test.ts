// The two notices to Roskomnadzor (issue 14 §2) are real PDFs with the fields 152-FZ art. 21 p.3.1 lists, read back
// with pdftotext: the 24-hour notice says «устанавливается» of what is not yet known, the 72-hour one adds the
// investigation's results (and the persons responsible, or «не установлены»). Each PDF printing keeps its text, sealed
// under the incident's key, and its SHA-256, which its audit entry carries; recording a notice as sent marks the
// printing that went. Operators never see a notice.
import crypto from 'node:crypto';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, logIn, loginAs, useTestApp, type LoggedIn } from '../helpers/testApp.js';
import { binary, pdfFirstPagePng, pdfInfo, pdfText } from '../helpers/pdf.js';
import { noticeTextLabel } from '../../server/incidents/incidentNotices.service.js';

const t = useTestApp();
let compliance: LoggedIn;
const SCREENSHOTS = path.resolve('screenshots');

const at = (moscow: string) => Date.parse(`${moscow}+03:00`);
const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** The administrator names the responsible person and the operator's registration numbers: notices print only then. */
const completeSettings = async () => {
  const admin = await loginAs(t, 'admin');
  const current = (await admin.get('/api/settings').expect(200)).body;
  await admin
    .put('/api/settings')
    .send({
      ...current,
      inn: '7714000000',
      ogrn: '1027700000000',
      email: 'pd@natamed.example.ru',
      responsible_name: 'Сидорова Анна Петровна',
      responsible_position: 'Ответственный за организацию обработки персональных данных',
      signer_name: 'Иванов Иван Иванович',
      signer_position: 'Генеральный директор',
    })
    .expect(200);
};

const INCIDENT = {
  detected_at: '2026-06-05T09:30:00+03:00',
  source: 'staff_report',
  description: 'Выписка из медицинской карты отправлена по электронной почте не тому адресату',
  systems: 'PD Desk; корпоративная почта',
  categories: ['identity', 'medical'],
  subjects_estimated: 3,
  health_data: true,
  containment: 'Получатель подтвердил удаление письма; доступ регистратора к почте ограничен',
};

const openIncident = async (over: Record<string, unknown> = {}) =>
  (
    await compliance
      .post('/api/incidents')
      .send({ ...INCIDENT, ...over })
      .expect(201)
  ).body;

const pdfOf = async (who: LoggedIn, url: string) => {
  const res = await who.get(url).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.body as Buffer;
};

// Table cells wrap: compare the text with its line breaks folded into spaces, and without the page footers that a
// page break puts between a heading and its paragraph.
const flat = (pdf: Buffer) =>
  pdfText(pdf)
    .replace(/Страница \d+ из \d+/g, ' ')
    .replace(/\s+/g, ' ');

/** A row of a fields block: its label, then its value (pdftotext reads the two cells in that order). */
const expectField = (text: string, label: string, value: string) => {
  const start = text.indexOf(label);
  expect(start, label).toBeGreaterThanOrEqual(0);
  expect(text.slice(start + label.length, start + label.length + value.length + 20).trim(), label).toContain(value);
};

const noticeRows = (incidentId: number) =>
  t.db.prepare('SELECT * FROM incident_notices WHERE incident_id = ? ORDER BY id').all(incidentId) as Array<
    Record<string, any>
  >;

/** A printing's kept text, opened with the incident's key as a person with the database and the master key would. */
const keptText = (row: Record<string, any>) => {
  const key = t.services.ownerKeys.findForOwner('incident', row.incident_id);
  return key!.open(row.text_enc, noticeTextLabel(row.incident_id, row.kind, row.sha256)).toString('utf8');
};

beforeEach(async () => {
  t.clock.now = at('2026-06-05T12:00:00');
  await completeSettings();
  compliance = await loginAs(t, 'compliance');
});

describe('the 24-hour notice', () => {
  it('prints the fields art. 21 p.3.1 lists, and «устанавливается» where the record is still blank', async () => {
    const incident = await openIncident();
    const pdf = await pdfOf(compliance, `/api/incidents/${incident.id}/notice-24h.pdf`);
    pdfFirstPagePng(pdf, path.join(SCREENSHOTS, 'incident-notice-24h'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(pdf).Title).toBe(
      'Уведомление о факте неправомерной или случайной передачи (предоставления, распространения, доступа) персональных данных',
    );
    const text = flat(pdf);
    for (const expected of [
      'В Федеральную службу по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор)',
      'Уведомление о факте неправомерной или случайной передачи (предоставления, распространения, доступа) персональных данных',
      'ИНН 7714000000, ОГРН 1027700000000',
    ]) {
      expect(text).toContain(expected);
    }
    expectField(text, 'Наименование', 'ООО «Натамед»');
    expectField(text, 'ИНН', '7714000000');
    expectField(text, 'ОГРН', '1027700000000');
    expectField(text, 'Адрес местонахождения', '125047, г. Москва, ул. Фадеева, д. 7, стр. 1');
    expectField(text, 'Номер инцидента у оператора', incident.number);
    expect(incident.number).toMatch(/^ИНЦ-2026-\d{3}$/);
    expectField(text, 'Дата и время выявления (московское время)', '05.06.2026 09:30');
    expectField(text, 'Описание инцидента', INCIDENT.description);
    expectField(text, 'Информационные системы, в которых произошёл инцидент', 'PD Desk; корпоративная почта');
    expectField(
      text,
      'Категории персональных данных',
      'идентификационные данные (фамилия, имя, отчество, дата рождения, пол); сведения о состоянии здоровья',
    );
    expectField(text, 'Сведения о состоянии здоровья (специальная категория)', 'затронуты');
    expectField(
      text,
      'Количество субъектов персональных данных',
      'по предварительной оценке — 3; точное число устанавливается',
    );
    // The presumed causes and harm were not given: the notice goes on time and says they are being established.
    expect(text).toContain(
      '3. Предполагаемые причины, повлёкшие нарушение прав субъектов персональных данных устанавливается',
    );
    expect(text).toContain('4. Предполагаемый вред, нанесённый правам субъектов персональных данных устанавливается');
    expect(text).toContain(`5. Принятые меры по устранению последствий инцидента ${INCIDENT.containment}`);
    expect(text).toContain(
      'На момент направления уведомления устанавливаются: точное число затронутых субъектов; причины инцидента; ' +
        'вред, нанесённый правам субъектов.',
    );
    expect(text).toContain('6. Лицо, уполномоченное оператором на взаимодействие с Роскомнадзором');
    expectField(text, 'Фамилия, имя, отчество', 'Сидорова Анна Петровна');
    expectField(text, 'Должность', 'Ответственный за организацию обработки персональных данных');
    expectField(text, 'Адрес электронной почты', 'pd@natamed.example.ru');
    // Signed by the responsible person: initials, then the surname.
    expect(text).toContain('А. П. Сидорова (подпись)');
    // The results belong to the 72-hour notice only.
    expect(text).not.toContain('Результаты внутреннего расследования');
  });

  it('prints what is known once the record has it, and nothing of it is «устанавливается»', async () => {
    const incident = await openIncident({
      subjects_confirmed: 2,
      presumed_causes: 'Ошибка при выборе адресата из адресной книги',
      harm: 'Разглашение врачебной тайны двух пациентов',
    });
    const text = flat(await pdfOf(compliance, `/api/incidents/${incident.id}/notice-24h.pdf`));
    expectField(text, 'Количество субъектов персональных данных', 'по предварительной оценке — 3; подтверждено — 2');
    expect(text).toContain('Ошибка при выборе адресата из адресной книги');
    expect(text).toContain('Разглашение врачебной тайны двух пациентов');
    expect(text).not.toContain('устанавлива');
  });

  it('keeps each printing’s text sealed with its SHA-256, the same hash as its audit entry and the print view', async () => {
    const incident = await openIncident();
    const view = (await compliance.get(`/api/incidents/${incident.id}/notice-24h`).expect(200)).body;
    expect(view.kind).toBe('notice_24h');
    expect(view.document.addressee[0]).toContain('(Роскомнадзор)');
    expect(view.document.title).toMatch(/^Уведомление о факте неправомерной или случайной передачи/);
    // The print view stores nothing: only a PDF printing does.
    expect(noticeRows(incident.id)).toHaveLength(0);

    await pdfOf(compliance, `/api/incidents/${incident.id}/notice-24h.pdf`);
    const [row] = noticeRows(incident.id);
    expect(row).toMatchObject({ kind: 'notice_24h', printed_by_login: compliance.login, sent: 0 });
    // Sealed: the words are not in the row as they are.
    expect(Buffer.from(row.text_enc).toString('utf8')).not.toContain('Выписка');
    const text = keptText(row);
    expect(JSON.parse(text)).toEqual(view.document);
    expect(row.sha256).toBe(sha256(text));
    expect(row.sha256).toBe(view.sha256);

    const [printed] = auditRows(t, "action = 'incident.notice_printed'");
    expect(printed).toMatchObject({
      entity_type: 'incident',
      entity_id: String(incident.id),
      actor_login: compliance.login,
    });
    expect(JSON.parse(printed.details)).toEqual({
      kind: 'notice_24h',
      notice_id: row.id,
      sha256: row.sha256,
      format: 'pdf',
    });
    expect(printed.details).not.toContain('Выписка');

    // The incident's page lists the printing (never its text).
    const detail = (await compliance.get(`/api/incidents/${incident.id}`).expect(200)).body;
    expect(detail.notices).toEqual([
      {
        id: row.id,
        kind: 'notice_24h',
        printed_at: row.printed_at,
        printed_by_login: compliance.login,
        sha256: row.sha256,
        sent: false,
      },
    ]);
  });

  it('marks the printing that went when the notice is recorded as sent', async () => {
    const incident = await openIncident();
    await pdfOf(compliance, `/api/incidents/${incident.id}/notice-24h.pdf`);
    await pdfOf(compliance, `/api/incidents/${incident.id}/notice-24h.pdf`);
    const [, latest] = noticeRows(incident.id);
    await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-06-05T11:45:00+03:00', reference: 'РКН-2026-0042' })
      .expect(200);
    // The record did not change since: the latest printing is the one sent, and no new one is stored.
    expect(noticeRows(incident.id).map((r) => [r.id, r.sent])).toEqual([
      [latest.id - 1, 0],
      [latest.id, 1],
    ]);
  });

  it('is stored at sending when it was never printed', async () => {
    const incident = await openIncident();
    await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-06-05T11:45:00+03:00', reference: 'РКН-2026-0042' })
      .expect(200);
    const [row] = noticeRows(incident.id);
    expect(row).toMatchObject({ kind: 'notice_24h', sent: 1 });
    expect(row.sha256).toBe(sha256(keptText(row)));
    const [printed] = auditRows(t, "action = 'incident.notice_printed'");
    expect(JSON.parse(printed.details)).toMatchObject({ kind: 'notice_24h', sha256: row.sha256, format: 'on_send' });
  });
});

describe('the 72-hour notice', () => {
  it('is refused before the 24-hour notice is recorded as sent (409 wrong_state), and nothing is stored', async () => {
    const incident = await openIncident();
    expect((await compliance.get(`/api/incidents/${incident.id}/results-72h.pdf`).expect(409)).body.code).toBe(
      'wrong_state',
    );
    expect((await compliance.get(`/api/incidents/${incident.id}/results-72h`).expect(409)).body.code).toBe(
      'wrong_state',
    );
    expect(noticeRows(incident.id)).toHaveLength(0);
    expect(auditRows(t, "action = 'incident.notice_printed'")).toHaveLength(0);
  });

  it('adds the investigation’s results and the persons responsible, or says they were not found', async () => {
    const incident = await openIncident();
    await compliance
      .post(`/api/incidents/${incident.id}/notify`)
      .send({ sent_at: '2026-06-05T11:45:00+03:00', reference: 'РКН-2026-0042' })
      .expect(200);

    // A draft while the investigation runs: its results are still being established.
    const draftPdf = await pdfOf(compliance, `/api/incidents/${incident.id}/results-72h.pdf`);
    const draft = flat(draftPdf);
    expect(pdfInfo(draftPdf).Title).toMatch(/^Уведомление о результатах внутреннего расследования/);
    expect(draft).toContain('В Федеральную службу по надзору в сфере связи');
    expect(draft).toContain('6. Результаты внутреннего расследования устанавливается');
    expect(draft).toContain('7. Сведения о лицах, действия которых стали причиной инцидента не установлены');
    expectField(draft, 'Уведомление о выявленном инциденте', 'направлено 05.06.2026 11:45, № РКН-2026-0042');

    t.clock.now = at('2026-06-07T10:00:00');
    compliance = await logIn(t, compliance.login);
    const RESULTS = 'Установлено, что письмо отправлено регистратором по ошибке автозаполнения адреса';
    await compliance
      .put(`/api/incidents/${incident.id}`)
      .send({
        version: (await compliance.get(`/api/incidents/${incident.id}`)).body.version,
        responsible: 'Регистратор К.',
      })
      .expect(200);
    await compliance
      .post(`/api/incidents/${incident.id}/report-results`)
      .send({ sent_at: '2026-06-07T09:30:00+03:00', reference: 'РКН-2026-0057', results: RESULTS })
      .expect(200);

    const pdf = await pdfOf(compliance, `/api/incidents/${incident.id}/results-72h.pdf`);
    pdfFirstPagePng(pdf, path.join(SCREENSHOTS, 'incident-results-72h'));
    const text = flat(pdf);
    expect(text).toContain(`6. Результаты внутреннего расследования ${RESULTS}`);
    expect(text).toContain('7. Сведения о лицах, действия которых стали причиной инцидента Регистратор К.');
    expectField(text, 'Номер инцидента у оператора', incident.number);
    expectField(text, 'Дата и время выявления (московское время)', '05.06.2026 09:30');
    expectField(text, 'Фамилия, имя, отчество', 'Сидорова Анна Петровна');
    expect(text).toContain('А. П. Сидорова (подпись)');

    // The draft printed before the results is not what went: the one stored with the results is marked sent.
    const rows = noticeRows(incident.id).filter((r) => r.kind === 'results_72h');
    const sent = rows.filter((r) => r.sent === 1);
    expect(sent).toHaveLength(1);
    expect(keptText(sent[0])).toContain(RESULTS);
    expect(keptText(rows[0])).not.toContain(RESULTS);
  });
});

describe('who prints notices', () => {
  it('refuses operators (403, audited as a denial) and lets the administrator print', async () => {
    const incident = await openIncident();
    const op = await loginAs(t, 'operator');
    await op.get(`/api/incidents/${incident.id}/notice-24h.pdf`).expect(403);
    await op.get(`/api/incidents/${incident.id}/notice-24h`).expect(403);
    expect(auditRows(t, "action = 'auth.denied' AND actor_login = ?", op.login).length).toBeGreaterThanOrEqual(2);
    expect(noticeRows(incident.id)).toHaveLength(0);
    const admin = await loginAs(t, 'admin');
    await pdfOf(admin, `/api/incidents/${incident.id}/notice-24h.pdf`);
    expect(noticeRows(incident.id)).toHaveLength(1);
  });

  it('answers 404 for an unknown incident and 409 until the operator’s details are complete', async () => {
    await compliance.get('/api/incidents/999/notice-24h.pdf').expect(404);
    const incident = await openIncident();
    const admin = await loginAs(t, 'admin');
    const current = (await admin.get('/api/settings').expect(200)).body;
    await admin
      .put('/api/settings')
      .send({ ...current, responsible_name: '' })
      .expect(200);
    expect((await compliance.get(`/api/incidents/${incident.id}/notice-24h.pdf`).expect(409)).body.code).toBe(
      'settings_incomplete',
    );
  });
});
