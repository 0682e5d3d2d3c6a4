// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AdminContext,
  AdminUI,
  CustomRoutes,
  Resource,
  TestMemoryRouter,
  memoryStore,
  reactRouterProvider,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { countsByGroup, groupOfKind, KINDS_BY_GROUP } from '../../admin/audit-reports/actionGroups.js';
import { AuditReportsPage } from '../../admin/audit-reports/AuditReportsPage.js';
import { daysBetween } from '../../admin/audit-reports/days.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { DatePickersProvider } from '../../admin/providers/DatePickersProvider.js';
import { canAccessWith } from '../../admin/providers/authProvider.js';
import type {
  ComplianceDashboard,
  MedicalRevealRow,
  StaffActivityReport,
  SubjectTimeline,
  SubjectTimelineEntry,
} from '../../admin/types.js';
import { AUDIT_ACTIONS } from '../../admin/types.js';
import { permissionsOf } from '../../server/auth/permissions.js';

// The compliance officer's reports with the real Russian texts and the real role matrix, over a fake data provider
// that answers what each test needs (this tests the screens, not the server).

const { Route } = reactRouterProvider;
const DAYS = daysBetween('2026-11-03', '2026-12-02');

const dashboard = (chain: Partial<ComplianceDashboard['chain']> = {}): ComplianceDashboard => ({
  days: DAYS,
  actions_per_day: [
    { day: '2026-12-02', kind: 'auth', count: 2 },
    { day: '2026-12-02', kind: 'subject', count: 3 },
    { day: '2026-12-02', kind: 'consent', count: 1 },
  ],
  reveals_per_staff: [{ actor_login: 'operator7', count: 3 }],
  failures_per_day: DAYS.map((day) => ({ day, failed_logins: day === '2026-12-01' ? 4 : 0, denials: 0 })),
  chain: {
    entries: 1487,
    last_entry_at: '2026-12-02T09:15:07.000Z',
    last_verification: null,
    last_checkpoint: null,
    signing_key_in_force: true,
    ...chain,
  },
});

const reveal = (over: Partial<MedicalRevealRow>): MedicalRevealRow => ({
  id: 1,
  at: '2026-12-01T07:30:00.000Z',
  actor_login: 'operator7',
  actor_role: 'operator',
  subject_id: 42,
  had_medical_info: true,
  reason: 'Подготовка к приёму у терапевта',
  reason_destroyed: false,
  request_id: null,
  ...over,
});

const REVEALS = [
  reveal({ id: 12, subject_id: 42 }),
  reveal({ id: 9, subject_id: 17, reason: null, reason_destroyed: true, had_medical_info: false }),
];

const activity: StaffActivityReport = {
  actor_login: 'operator7',
  from: '2026-11-30T21:00:00.000Z',
  to: '2026-12-02T21:00:00.000Z',
  total: 5,
  subjects: 2,
  first_at: '2026-12-01T06:00:00.000Z',
  last_at: '2026-12-02T08:00:00.000Z',
  by_action: [
    { action: 'subject.viewed', count: 3 },
    { action: 'subject.medical_viewed', count: 2 },
  ],
  by_day: [
    { day: '2026-12-01', count: 1 },
    { day: '2026-12-02', count: 4 },
  ],
};

const timelineEntry = (over: Partial<SubjectTimelineEntry>): SubjectTimelineEntry => ({
  id: 1,
  at: '2026-12-01T07:30:00.000Z',
  actor_id: 3,
  actor_login: 'operator7',
  actor_role: 'operator',
  action: 'subject.created',
  entity_type: 'subject',
  entity_id: '42',
  subject_id: 42,
  request_id: null,
  ip: null,
  details: null,
  prev_hash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  kind: 'changes',
  ...over,
});

const timeline: SubjectTimeline = {
  subject_id: 42,
  total: 3,
  truncated: false,
  counts: [
    { kind: 'changes', count: 2 },
    { kind: 'reads', count: 1 },
    { kind: 'consents', count: 0 },
    { kind: 'letters', count: 0 },
    { kind: 'disclosures', count: 0 },
    { kind: 'destruction', count: 0 },
    { kind: 'other', count: 0 },
  ],
  entries: [
    timelineEntry({ id: 5, details: { fields: ['last_name', 'phone'], personal_sealed: true } }),
    timelineEntry({ id: 8, at: '2026-12-01T20:59:00.000Z', action: 'subject.medical_viewed', kind: 'reads' }),
    timelineEntry({
      id: 11,
      at: '2026-12-01T21:05:00.000Z',
      action: 'subject.corrected',
      details: { fields: ['phone'], personal_sealed: true },
    }),
  ],
};

const fakeDataProvider = (board: ComplianceDashboard) => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  return {
    getList: vi.fn(() => Promise.resolve({ data: REVEALS, total: REVEALS.length })),
    getOne: refuse,
    getMany: refuse,
    getManyReference: refuse,
    create: refuse,
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
    getAuditDashboard: vi.fn(() => Promise.resolve(board)),
    getStaffActivity: vi.fn(() => Promise.resolve(activity)),
    getSubjectTimeline: vi.fn((_subjectId: number) => Promise.resolve(timeline)),
    downloadCsv: vi.fn((_path: string) => Promise.resolve({ blob: new Blob(['x']), filename: 'medical-reveals.csv' })),
  };
};

const complianceAuth: AuthProvider = {
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getIdentity: () => Promise.resolve({ id: 20, fullName: 'compliance' }),
  getPermissions: () => Promise.resolve(permissionsOf('compliance')),
  canAccess: ({ resource, action }) => Promise.resolve(canAccessWith(permissionsOf('compliance'), resource, action)),
};

const renderAt = (path: string, board = dashboard()) => {
  const dataProvider = fakeDataProvider(board);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      {/* <Admin> in its two halves, as App.tsx has it: the date pickers need the i18n context around them. */}
      <AdminContext
        dataProvider={dataProvider as unknown as DataProvider}
        authProvider={complianceAuth}
        i18nProvider={i18nProvider}
        store={memoryStore()}
      >
        <DatePickersProvider>
          <AdminUI>
            <Resource name="subjects" show={() => null} />
            <Resource name="checkpoints" show={() => null} />
            <CustomRoutes>
              <Route path="/audit-reports/*" element={<AuditReportsPage />} />
            </CustomRoutes>
          </AdminUI>
        </DatePickersProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { dataProvider, user: userEvent.setup() };
};

beforeAll(() => {
  // jsdom has neither: the charts measure their box, the export saves a Blob through an object URL.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  // The saving link's click would be a navigation, which jsdom does not do.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(cleanup);

describe('the dashboard', () => {
  it('says the chain was never verified from the console and has no checkpoint yet', async () => {
    renderAt('/audit-reports');

    const chain = await screen.findByRole('region', { name: 'Состояние журнала' });
    expect(within(chain).getByText('не проверялся из консоли')).toBeTruthy();
    expect(within(chain).getByText('контрольных точек ещё нет')).toBeTruthy();
    expect(within(chain).getByText('02.12.2026 12:15:07')).toBeTruthy();
    expect(screen.getByText('Последние 30 дней: 03.11.2026 — 02.12.2026 (МСК)')).toBeTruthy();
    expect(within(chain).queryByRole('alert')).toBeNull();
  });

  it('says in red when the server holds a signing key no checkpoint hands over to', async () => {
    renderAt('/audit-reports', dashboard({ signing_key_in_force: false }));
    const chain = await screen.findByRole('region', { name: 'Состояние журнала' });
    expect(within(chain).getByRole('alert').textContent).toMatch(
      /^Ключ подписи на сервере не тот, которым подписана последняя контрольная точка.*Восстановите файл ключа/,
    );
  });

  it('names the last verification (who, when, result) and links the last checkpoint', async () => {
    renderAt(
      '/audit-reports',
      dashboard({
        last_verification: { at: '2026-12-01T10:00:00.000Z', actor_login: 'compliance3', ok: false, entries: 1400 },
        last_checkpoint: { id: 7, audit_id: 1480, signed_at: '2026-12-02T09:00:00.000Z', reason: 'interval' },
      }),
    );

    const chain = await screen.findByRole('region', { name: 'Состояние журнала' });
    expect(within(chain).getByText(/01\.12\.2026 13:00:00, compliance3/)).toBeTruthy();
    expect(within(chain).getByText('обнаружены нарушения')).toBeTruthy();
    expect(within(chain).getByText(/проверено записей: 1400/)).toBeTruthy();
    const link = within(chain).getByRole('link', { name: '№ 7' });
    expect(link.getAttribute('href')).toBe('/checkpoints/7/show');
    expect(within(chain).getByText(/запись журнала № 1480, по расписанию/)).toBeTruthy();
  });

  it('tells each chart in words: a day’s entries by group, reveals per person, failed sign-ins', async () => {
    renderAt('/audit-reports');

    const actions = await screen.findByRole('figure', { name: 'Действия по дням' });
    const described = (figure: HTMLElement) =>
      document.getElementById(figure.getAttribute('aria-describedby')!)?.textContent ?? '';
    expect(described(actions)).toMatch(/02\.12\.2026: всего 6 \(Вход и сеансы — 2, Субъекты и согласия — 4\)$/);
    const reveals = screen.getByRole('figure', { name: 'Просмотры медсведений по сотрудникам' });
    expect(described(reveals)).toMatch(/operator7 — 3$/);
    const failures = screen.getByRole('figure', { name: 'Неудачные входы и отказы в доступе' });
    expect(described(failures)).toMatch(/01\.12\.2026: неудачных входов 4, отказов в доступе 0$/);
  });
});

describe('the medical reveals', () => {
  it('lists each reveal with its reason, and a destroyed subject’s as «сведения уничтожены»', async () => {
    const { dataProvider } = renderAt('/audit-reports/medical-reveals');

    const table = await screen.findByRole('table');
    const rows = await within(table).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Подготовка к приёму у терапевта')).toBeTruthy();
    expect(within(rows[1]!).getByText('01.12.2026 10:30:00')).toBeTruthy();
    expect(within(rows[1]!).getByRole('link', { name: 'Субъект № 42' }).getAttribute('href')).toBe('/subjects/42/show');
    expect(within(rows[2]!).getByText('сведения уничтожены')).toBeTruthy();
    expect(within(rows[2]!).getByText('нет, поле пустое')).toBeTruthy();
    expect(dataProvider.getList).toHaveBeenCalledWith('audit-log/reports/medical-reveals', expect.anything());
  });

  it('exports only once a reason is typed, with the list’s filter', async () => {
    const { dataProvider, user } = renderAt(
      `/audit-reports/medical-reveals?filter=${encodeURIComponent(JSON.stringify({ actor_login: 'operator7' }))}`,
    );

    await user.click(await screen.findByRole('button', { name: 'Выгрузить CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Выгрузка просмотров медсведений' });
    await user.click(within(dialog).getByRole('button', { name: 'Выгрузить' }));
    expect(within(dialog).getByText('Обязательно для заполнения')).toBeTruthy();
    expect(dataProvider.downloadCsv).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/Зачем нужна выгрузка/), 'Проверка обоснованности просмотров');
    await user.click(within(dialog).getByRole('button', { name: 'Выгрузить' }));
    await waitFor(() => expect(dataProvider.downloadCsv).toHaveBeenCalledTimes(1));
    const url = new URL(`http://x${dataProvider.downloadCsv.mock.calls[0]![0]}`);
    expect(url.pathname).toBe('/audit-log/reports/medical-reveals/export.csv');
    expect(url.searchParams.get('reason')).toBe('Проверка обоснованности просмотров');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ actor_login: 'operator7' });
  });
});

describe('a staff member’s activity', () => {
  it('asks for the report in the address, counts per action in the log’s words, and links to the entries', async () => {
    const { dataProvider } = renderAt(
      '/audit-reports/staff-activity?actor_login=operator7&from=2026-12-01&to=2026-12-02',
    );

    const table = await screen.findByRole('table', { name: 'Записи по действиям' });
    expect(dataProvider.getStaffActivity).toHaveBeenCalledWith({
      actor_login: 'operator7',
      from: '2026-12-01',
      to: '2026-12-02',
    });
    const link = within(table).getByRole('link', { name: 'Просмотр медицинских сведений' });
    const filter = JSON.parse(new URLSearchParams(link.getAttribute('href')!.split('?')[1]).get('filter')!);
    expect(filter).toEqual({
      actor_login: 'operator7',
      from: '2026-12-01',
      to: '2026-12-02',
      action: 'subject.medical_viewed',
    });
    const all = screen.getByRole('link', { name: 'Открыть эти записи в журнале' });
    expect(all.getAttribute('href')).toMatch(/^\/audit-log\?filter=/);
    expect(screen.getByText('Сотрудник operator7, 01.12.2026 — 02.12.2026')).toBeTruthy();
  });

  it('starts with the current month and asks for a login before generating anything', async () => {
    const { dataProvider, user } = renderAt('/audit-reports/staff-activity');

    await screen.findByText('Укажите логин сотрудника и период, затем нажмите «Сформировать».');
    // The first of the month, as the field shows it (without the invisible characters that keep the sections' order).
    const first = await screen.findByRole('group', { name: /Первый день/ });
    expect((first.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '')).toMatch(/^01\.\d{2}\.\d{4}$/);
    await user.click(screen.getByRole('button', { name: 'Сформировать' }));
    await screen.findByText('Обязательно для заполнения');
    expect(dataProvider.getStaffActivity).not.toHaveBeenCalled();
  });
});

describe('the groups of the actions chart', () => {
  it('puts every kind of the contract in exactly one group, and an unknown kind in «прочее»', () => {
    const kinds = new Set(AUDIT_ACTIONS.map((action) => action.slice(0, action.indexOf('.'))));
    expect(Object.values(KINDS_BY_GROUP).flat().sort()).toEqual([...kinds].sort());
    expect(groupOfKind('something_new')).toBe('admin');
  });

  it('sums a day’s kinds per group and keeps the days without entries', () => {
    const rows = countsByGroup(['2026-12-01', '2026-12-02'], dashboard().actions_per_day);
    expect(rows[0]).toMatchObject({ day: '2026-12-01', total: 0 });
    expect(rows[1]).toMatchObject({ total: 6, counts: { auth: 2, subjects: 4, control: 0 } });
  });
});

describe('a subject’s timeline', () => {
  it('asks for the subject first, then shows the entries by Moscow day with kinds, counts and links', async () => {
    const { dataProvider, user } = renderAt('/audit-reports/subject-timeline');

    await screen.findByText('Укажите номер субъекта и нажмите «Показать».');
    expect(dataProvider.getSubjectTimeline).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText(/№ субъекта/), '42');
    await user.click(screen.getByRole('button', { name: 'Показать' }));
    await screen.findByText('Субъект № 42: записей в журнале — 3');
    expect(dataProvider.getSubjectTimeline).toHaveBeenCalledWith(42);

    const counts = screen.getByRole('group', { name: 'Записи по видам' });
    expect(within(counts).getByRole('button', { name: 'Изменения — 2' })).toBeTruthy();
    // Moscow days: 23:59 and 00:05 МСК fall on two days.
    const days = screen.getByRole('region', { name: 'Записи по дням' });
    expect(
      within(days)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['01.12.2026', '02.12.2026']);
    const reveal = within(days).getByRole('link', { name: 'Просмотр медицинских сведений' });
    expect(reveal.getAttribute('href')).toBe('/audit-log/8/show');
    expect(within(days).getByText('23:59:00')).toBeTruthy();
    expect(within(days).getByText(/Изменено: Телефон/)).toBeTruthy();
  });

  it('narrows to one kind with its chip, and exports only once a reason is typed', async () => {
    const { dataProvider, user } = renderAt('/audit-reports/subject-timeline?subject_id=42');

    await user.click(await screen.findByRole('button', { name: 'Просмотры — 1' }));
    const days = screen.getByRole('region', { name: 'Записи по дням' });
    expect(within(days).getAllByRole('listitem')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Выгрузить CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Выгрузка истории субъекта' });
    await user.click(within(dialog).getByRole('button', { name: 'Выгрузить' }));
    expect(dataProvider.downloadCsv).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText(/Зачем нужна выгрузка/), 'Проверка по обращению субъекта');
    await user.click(within(dialog).getByRole('button', { name: 'Выгрузить' }));
    await waitFor(() => expect(dataProvider.downloadCsv).toHaveBeenCalledTimes(1));
    const url = new URL(`http://x${dataProvider.downloadCsv.mock.calls[0]![0]}`);
    expect(url.pathname).toBe('/audit-log/reports/subject-timeline/export.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      subject_id: '42',
      reason: 'Проверка по обращению субъекта',
    });
  });
});
