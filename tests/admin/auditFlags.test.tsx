// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type AuthProvider, type DataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuditFlagList } from '../../admin/audit-flags/AuditFlagList.js';
import { AuditFlagShow } from '../../admin/audit-flags/AuditFlagShow.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { canAccessWith } from '../../admin/providers/authProvider.js';
import type { AuditFlag, AuditFlagDetail, Role } from '../../admin/types.js';
import { permissionsOf } from '../../server/auth/permissions.js';

// The flags' list and a flag's page with the real Russian texts, over a fake data provider (this tests the screens,
// not the server): kinds as chips, the entries as links into the log, and a review that needs a comment.

const flag = (over: Partial<AuditFlag> = {}): AuditFlag => ({
  id: 3,
  kind: 'many_subjects',
  subject_type: 'login',
  subject_value: 'operator',
  window_start: '2026-05-12T08:00:00.000Z',
  window_end: '2026-05-12T09:00:00.000Z',
  count: 60,
  entries: 2,
  detected_at: '2026-05-12T09:05:00.000Z',
  updated_at: '2026-05-12T09:05:00.000Z',
  reviewed: false,
  reviewed_by_login: null,
  reviewed_at: null,
  reviewed_entries: null,
  ...over,
});

const detail: AuditFlagDetail = {
  ...flag(),
  entry_list: [
    { id: 101, at: '2026-05-12T08:05:00.000Z', actor_login: 'operator', action: 'subject.viewed' },
    { id: 102, at: '2026-05-12T08:06:00.000Z', actor_login: 'operator', action: 'subject.viewed' },
  ],
  entries_truncated: false,
  review_comment: null,
  earlier_reviews: [],
};

const fakeDataProvider = (shown: AuditFlagDetail) => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  const reviewAuditFlag = vi.fn((id: number, comment: string) =>
    Promise.resolve({ ...detail, id, reviewed: true, reviewed_by_login: 'compliance', review_comment: comment }),
  );
  const dataProvider = {
    getList: () =>
      Promise.resolve({
        data: [
          flag(),
          flag({ id: 2, kind: 'failed_logins', subject_type: 'ip', subject_value: '10.0.0.7', count: 12 }),
        ],
        total: 2,
      }),
    getOne: () => Promise.resolve({ data: shown }),
    getMany: refuse,
    getManyReference: refuse,
    create: refuse,
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
    reviewAuditFlag,
    scanAuditFlags: refuse,
  } as unknown as DataProvider;
  return { dataProvider, reviewAuditFlag };
};

const authAs = (role: Role): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getPermissions: () => Promise.resolve(permissionsOf(role)),
  canAccess: ({ resource, action }) => Promise.resolve(canAccessWith(permissionsOf(role), resource, action)),
});

const renderAt = (path: string, shown = detail) => {
  const fake = fakeDataProvider(shown);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin dataProvider={fake.dataProvider} authProvider={authAs('compliance')} i18nProvider={i18nProvider}>
        <Resource name="audit-flags" list={AuditFlagList} show={AuditFlagShow} />
      </Admin>
    </TestMemoryRouter>,
  );
  return fake;
};

afterEach(cleanup);

describe('audit flags', () => {
  it('lists flags with their kinds as chips, whom they are about and what was counted', async () => {
    renderAt('/audit-flags');
    await screen.findByText('Много карточек за час');
    expect(screen.getByText('Серия неудачных входов')).toBeTruthy();
    expect(screen.getByText('10.0.0.7 (IP-адрес)')).toBeTruthy();
    expect(screen.getByText('60 разных субъектов')).toBeTruthy();
    expect(screen.getAllByText('Не рассмотрен')).toHaveLength(2);
  });

  it('shows a flag’s entries as links into the log, and reviews it only with a comment', async () => {
    const { reviewAuditFlag } = renderAt('/audit-flags/3/show');
    const entry = await screen.findByRole('link', { name: '№ 101' });
    expect(entry.getAttribute('href')).toBe('#/audit-log/101/show');
    expect(screen.getByRole('link', { name: '№ 102' })).toBeTruthy();
    expect(screen.getByText('12.05.2026 11:00 — 12.05.2026 12:00')).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Рассмотреть' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Отметить рассмотренным' }));
    expect(await within(dialog).findByText('Обязательно для заполнения')).toBeTruthy();
    expect(reviewAuditFlag).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/Комментарий/), { target: { value: 'Плановая сверка картотеки' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Отметить рассмотренным' }));
    await screen.findByText('Сигнал № 3 рассмотрен');
    expect(reviewAuditFlag).toHaveBeenCalledWith(3, 'Плановая сверка картотеки');
  });

  it('puts a flag that grew since its review back up for review, with the earlier reviews kept below', async () => {
    const grown: AuditFlagDetail = {
      ...detail,
      entries: 9,
      reviewed: false,
      reviewed_by_login: 'officer2',
      reviewed_at: '2026-05-12T09:30:00.000Z',
      reviewed_entries: 7,
      review_comment: 'Сверка картотеки, вторая часть',
      earlier_reviews: [
        {
          reviewed_by_login: 'officer1',
          reviewed_at: '2026-05-12T09:10:00.000Z',
          reviewed_entries: 2,
          comment: null,
        },
      ],
    };
    renderAt('/audit-flags/3/show', grown);
    expect(await screen.findByText('Дополнен после рассмотрения')).toBeTruthy();
    expect(screen.getByText(/После рассмотрения за сигналом прибавилось записей: 2\./)).toBeTruthy();
    expect(screen.getByText('officer2, 12.05.2026 12:30 · записей на момент рассмотрения: 7')).toBeTruthy();
    expect(screen.getByText('Прежние рассмотрения')).toBeTruthy();
    expect(screen.getByText('officer1, 12.05.2026 12:10 · записей на момент рассмотрения: 2')).toBeTruthy();
    // The earlier review's key is gone: its words read as destroyed, never as an empty line.
    expect(screen.getByText('сведения уничтожены')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Рассмотреть' })).toBeTruthy();
  });
});
