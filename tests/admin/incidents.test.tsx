// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AdminContext, AdminUI, Resource, TestMemoryRouter, type AuthProvider, type DataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../admin/i18n/en.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { incidents as enIncidents } from '../../admin/i18n/en/incidents.js';
import { incidents as ruIncidents } from '../../admin/i18n/ru/incidents.js';
import { durationText, noticeClock } from '../../admin/incidents/clock.js';
import { IncidentList } from '../../admin/incidents/IncidentList.js';
import { IncidentShow } from '../../admin/incidents/IncidentShow.js';
import { parseIds } from '../../admin/incidents/LinkSubjectsButton.js';
import { canAccessWith } from '../../admin/providers/authProvider.js';
import { DatePickersProvider } from '../../admin/providers/DatePickersProvider.js';
import type { IncidentDetail, Role } from '../../admin/types.js';
import { permissionsOf } from '../../server/auth/permissions.js';

// The incidents' hour clocks in words, the dictionaries, and the list and card over a fake data provider (this tests
// the screens, not the server: tests/api/incidents.test.ts does that).

const ru = i18nProvider.translate;
const english = polyglotI18nProvider(() => en, 'en').translate;

const HOUR = 3_600_000;
const MINUTE = 60_000;
const NOW = Date.parse('2026-12-04T15:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

describe('an incident notice’s clock', () => {
  it('counts the hours and minutes left, cut down to the minute', () => {
    expect(noticeClock(ru, at(NOW + 24 * HOUR - 1), null, NOW)).toEqual({
      state: 'running',
      text: 'осталось 23 ч 59 мин',
    });
    expect(noticeClock(ru, at(NOW + 5 * HOUR + 12 * MINUTE + 30_000), null, NOW).text).toBe('осталось 5 ч 12 мин');
    expect(noticeClock(ru, at(NOW + 45 * MINUTE), null, NOW).text).toBe('осталось 45 мин');
    expect(noticeClock(ru, at(NOW + 30_000), null, NOW).text).toBe('осталось меньше минуты');
  });

  it('says how long it is overdue, in red state, once the due moment has passed', () => {
    expect(noticeClock(ru, at(NOW - HOUR - 5 * MINUTE), null, NOW)).toEqual({
      state: 'overdue',
      text: 'просрочено на 1 ч 5 мин',
    });
    expect(noticeClock(ru, at(NOW - 2 * HOUR), null, NOW).text).toBe('просрочено на 2 ч');
    expect(noticeClock(ru, at(NOW), null, NOW)).toEqual({ state: 'overdue', text: 'срок истёк' });
  });

  it('once sent, says when on the clinic’s clock, whatever the due moment', () => {
    expect(noticeClock(ru, at(NOW - 10 * HOUR), '2026-12-04T11:05:00.000Z', NOW)).toEqual({
      state: 'sent',
      text: 'отправлено 04.12.2026 14:05',
    });
  });

  it('reads the same in English', () => {
    expect(noticeClock(english, at(NOW + 23 * HOUR + 59 * MINUTE), null, NOW).text).toBe('23 h 59 min left');
    expect(noticeClock(english, at(NOW - 65 * MINUTE), null, NOW).text).toBe('overdue by 1 h 5 min');
    expect(durationText(english, 72 * HOUR)).toBe('72 h');
  });
});

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('the incidents’ dictionaries', () => {
  it('have the same keys in Russian and English, none empty', () => {
    expect(keysOf(enIncidents).sort()).toEqual(keysOf(ruIncidents).sort());
    for (const dictionary of [ruIncidents, enIncidents]) {
      const texts = keysOf(dictionary).map((key) => key.split('.').reduce<any>((node, part) => node[part], dictionary));
      expect(texts.every((text) => typeof text === 'string' && text.trim() !== '')).toBe(true);
    }
  });
});

describe('subject ids typed by the administrator', () => {
  it('takes numbers separated by commas or spaces, each once', () => {
    expect(parseIds('12, 15 31;12')).toEqual([12, 15, 31]);
    expect(parseIds('  ')).toEqual([]);
  });
});

const incident = (over: Partial<IncidentDetail> = {}): IncidentDetail => {
  const detected = Date.now() - 2 * HOUR;
  return {
    id: 7,
    number: 'ИНЦ-2026-007',
    detected_at: at(detected),
    source: 'staff_report',
    source_flag_id: null,
    description: 'Выписка отправлена не тому адресату',
    systems: null,
    categories: ['medical', 'identity'],
    subjects_estimated: 3,
    subjects_confirmed: null,
    health_data: true,
    containment: null,
    responsible: null,
    presumed_causes: null,
    harm: null,
    status: 'open',
    notice_24h_due_at: at(detected + 24 * HOUR),
    results_72h_due_at: at(detected + 72 * HOUR),
    notice_24h_sent_at: null,
    notice_24h_reference: null,
    results_72h_sent_at: null,
    results_72h_reference: null,
    results: null,
    root_cause: null,
    remediation: null,
    closed_at: null,
    subjects_linked: 0,
    created_at: at(detected),
    created_by_login: 'compliance',
    updated_at: at(detected),
    version: 1,
    subjects: [],
    deadlines: [],
    notices: [],
    evidence: [],
    ...over,
  };
};

const fakeDataProvider = (record: IncidentDetail) => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  const getList = vi.fn(() =>
    Promise.resolve({
      data: [
        record,
        incident({
          id: 6,
          number: 'ИНЦ-2026-006',
          status: 'notified',
          health_data: false,
          notice_24h_due_at: at(Date.now() - 3 * HOUR),
          notice_24h_sent_at: '2026-12-01T07:30:00.000Z',
          results_72h_due_at: at(Date.now() - HOUR - 5 * MINUTE - 1000),
        }),
      ],
      total: 2,
    }),
  );
  const dataProvider = {
    getList,
    getOne: () => Promise.resolve({ data: record }),
    getMany: () => Promise.resolve({ data: [] }),
    getManyReference: refuse,
    create: refuse,
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
  } as unknown as DataProvider;
  return { dataProvider, getList };
};

const authAs = (role: Role): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getPermissions: () => Promise.resolve(permissionsOf(role)),
  canAccess: ({ resource, action }) => Promise.resolve(canAccessWith(permissionsOf(role), resource, action)),
});

const renderAt = (path: string, role: Role, record = incident()) => {
  const fake = fakeDataProvider(record);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      {/* As admin/App.tsx: the date pickers' localization inside the admin's contexts (the dialogs have pickers). */}
      <AdminContext dataProvider={fake.dataProvider} authProvider={authAs(role)} i18nProvider={i18nProvider}>
        <DatePickersProvider>
          <AdminUI>
            <Resource name="incidents" list={IncidentList} show={IncidentShow} />
          </AdminUI>
        </DatePickersProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return fake;
};

afterEach(cleanup);

describe('the incidents’ screens', () => {
  it('list each incident with its state and both clocks: running, sent, and overdue in red', async () => {
    renderAt('/incidents', 'compliance');
    await screen.findByText('ИНЦ-2026-007');
    const open = screen.getByText('ИНЦ-2026-007').closest('tr')!;
    expect(within(open).getByText('Открыт')).toBeTruthy();
    expect(within(open).getByText('осталось 21 ч 59 мин')).toBeTruthy();
    expect(within(open).getByText('осталось 69 ч 59 мин')).toBeTruthy();
    const notified = screen.getByText('ИНЦ-2026-006').closest('tr')!;
    expect(within(notified).getByText('Уведомление отправлено')).toBeTruthy();
    expect(within(notified).getByText('отправлено 01.12.2026 10:30')).toBeTruthy();
    const overdue = within(notified).getByText('просрочено на 1 ч 5 мин');
    expect(overdue.closest('[data-state]')!.getAttribute('data-state')).toBe('overdue');
  });

  it('offers an open incident’s next step only, and asks for the sending’s reference', async () => {
    renderAt('/incidents/7/show', 'compliance');
    const notify = await screen.findByRole('button', { name: 'Записать отправку уведомления (24 ч)' });
    expect(screen.queryByRole('button', { name: 'Записать отправку результатов (72 ч)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Закрыть инцидент' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Уведомление (24 ч)' }).getAttribute('href')).toMatch(
      /\/incidents\/7\/print\/notice-24h$/,
    );
    fireEvent.click(notify);
    const dialog = await screen.findByRole('dialog', { name: /Уведомление по инциденту ИНЦ-2026-007 отправлено/ });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Записать отправку' }));
    expect(await within(dialog).findByText('Обязательно для заполнения')).toBeTruthy();
  });

  it('has the administrator, who does not see subjects, link them by number', async () => {
    renderAt('/incidents/7/show', 'admin');
    fireEvent.click(await screen.findByRole('button', { name: 'Связать субъектов' }));
    const dialog = await screen.findByRole('dialog', { name: /Связать субъектов/ });
    expect(within(dialog).getByRole('textbox', { name: /Номера субъектов/ })).toBeTruthy();
  });

  it('lets nothing be done to a closed incident', async () => {
    renderAt('/incidents/7/show', 'compliance', incident({ status: 'closed', closed_at: at(Date.now()) }));
    await screen.findByText('Закрытие');
    expect(screen.queryByRole('button', { name: /Записать отправку/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Связать субъектов' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Редактировать' })).toBeNull();
  });
});
