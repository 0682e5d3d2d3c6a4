// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { cleanup, render, screen, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type AuthProvider, type DataProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { DestructionActShow } from '../../admin/destruction-acts/DestructionActShow.js';
import { exportPath } from '../../admin/destruction-acts/ExportActsButton.js';
import { summarizeCategories } from '../../admin/destruction-acts/categories.js';
import { formatMoscowTimestamp } from '../../admin/common/moscowTime.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import type { DestructionActContent, DestructionActDetail, DestructionPlanItem } from '../../admin/types.js';

// The act's page with the real Russian texts, over a fake data provider that answers one act (this tests the screen,
// not the server), and the register's pure pieces.

const destroy = (category: DestructionPlanItem['category']): DestructionPlanItem => ({
  category,
  action: 'destroy',
  legal_basis: null,
  retain_until: null,
});
const retain = (category: DestructionPlanItem['category']): DestructionPlanItem => ({
  category,
  action: 'retain',
  legal_basis: 'ч. 1 ст. 22 323-ФЗ',
  retain_until: '2051-03-01',
});

const plan = [
  destroy('consents'),
  retain('medical'),
  destroy('identity_contacts'),
  destroy('submissions'),
  destroy('correspondence'),
  destroy('disclosures'),
];

const content: DestructionActContent = {
  number: 'АКТ-2026-0007',
  destroyed_on: '2026-03-02',
  operator: { name: 'ООО «Натамед»', legal_address: 'Москва, ул. Лесная, 1', postal_address: 'Москва, а/я 5' },
  processor: null,
  subject: {
    id: 42,
    last_name: 'Щукина',
    first_name: 'Ефросинья',
    patronymic: 'Аркадьевна',
    birth_date: '1984-11-05',
    phone: '+79161234567',
    email: 'e.shchukina@example.org',
  },
  proposer: { full_name: 'Иванова Мария Петровна', position: 'Администратор регистратуры', login: 'operator' },
  approver: { full_name: 'Петров Олег Игоревич', position: null, login: 'compliance' },
  destroyed: plan.filter((item) => item.action === 'destroy'),
  retained: plan.filter((item) => item.action === 'retain'),
  system_name: 'PD Desk',
  method: 'удаление записей из базы данных с перезаписью освобождённых страниц и уничтожением ключа шифрования',
  reason: 'withdrawal',
  reason_text: 'Отзыв согласия письмом ВХ-2026-00012',
  letter_id: 12,
  letter: { reg_number: 'ВХ-2026-00012', received_on: '2026-01-20' },
  comment: 'Проверено',
  log: [
    {
      id: 901,
      at: '2026-03-02T09:15:07.000Z',
      action: 'destruction.approved',
      actor_login: 'compliance',
      actor_role: 'compliance',
      hash: 'a'.repeat(64),
    },
  ],
};

const act = (withContent: boolean): DestructionActDetail => ({
  id: 7,
  number: 'АКТ-2026-0007',
  kind: 'subject',
  destruction_id: 3,
  subject_id: 42,
  submission_destruction_id: null,
  submissions_count: null,
  destroyed_on: '2026-03-02',
  reason: 'withdrawal',
  categories: plan,
  expires_on: '2029-03-02',
  status: withContent ? 'kept' : 'expired',
  created_at: '2026-03-02T09:15:07.000Z',
  content: withContent ? content : null,
});

// A batch of two rejected website submissions: no subject, its people named by the submissions they sent.
const batchContent: DestructionActContent = {
  ...content,
  number: 'АКТ-2026-0008',
  kind: 'submissions',
  subject: null,
  submissions: [
    {
      id: 31,
      receipt_id: 'WEB-2026-000031',
      service: 'callback',
      received_at: '2026-02-01T07:30:00.000Z',
      last_name: 'Кондратьева',
      first_name: 'Алла',
      patronymic: null,
      birth_date: null,
      phone: '+79035550101',
      email: null,
    },
    {
      id: 32,
      receipt_id: 'WEB-2026-000032',
      service: 'appointment',
      received_at: '2026-02-03T10:00:00.000Z',
      last_name: 'Мельников',
      first_name: 'Глеб',
      patronymic: 'Саввич',
      birth_date: '1979-06-30',
      phone: '+79035550202',
      email: 'g.melnikov@example.org',
    },
  ],
  destroyed: [destroy('submissions')],
  retained: [],
  reason: 'purpose_achieved',
  reason_text: 'Обращения отклонены, цель обработки достигнута',
  letter_id: null,
  letter: null,
};

const batchAct: DestructionActDetail = {
  ...act(true),
  id: 8,
  number: 'АКТ-2026-0008',
  kind: 'submissions',
  destruction_id: null,
  subject_id: null,
  submission_destruction_id: 5,
  submissions_count: 2,
  reason: 'purpose_achieved',
  categories: [destroy('submissions')],
  content: batchContent,
};

const fakeDataProvider = (record: DestructionActDetail) => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  return {
    getList: refuse,
    getOne: () => Promise.resolve({ data: record }),
    getMany: refuse,
    getManyReference: refuse,
    create: refuse,
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
  } as unknown as DataProvider;
};

// A compliance officer: may print the act and open subjects and letters.
const authProvider: AuthProvider = {
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getPermissions: () => Promise.resolve([]),
  canAccess: () => Promise.resolve(true),
};

// The app's routing reads the act's id from the address, as in the browser.
const renderShow = (record: DestructionActDetail) =>
  render(
    <TestMemoryRouter initialEntries={[`/destruction-acts/${record.id}/show`]}>
      <Admin dataProvider={fakeDataProvider(record)} authProvider={authProvider} i18nProvider={i18nProvider}>
        <Resource name="destruction-acts" show={DestructionActShow} />
      </Admin>
    </TestMemoryRouter>,
  );

afterEach(cleanup);

describe('the act of destruction', () => {
  it('reads as the act: operator, no processor, the subject, who destroyed it, what went and what stayed', async () => {
    renderShow(act(true));

    await screen.findByText('Щукина Ефросинья Аркадьевна');
    expect(screen.getByText('ООО «Натамед»')).toBeTruthy();
    expect(screen.getByText('не привлекался')).toBeTruthy();
    expect(screen.getByText('05.11.1984')).toBeTruthy();
    expect(screen.getByText('Иванова Мария Петровна')).toBeTruthy();
    expect(screen.getByText('Администратор регистратуры')).toBeTruthy();
    expect(screen.getByText('должность не указана')).toBeTruthy();
    expect(screen.getByText('основание: ч. 1 ст. 22 323-ФЗ; хранится до 01.03.2051')).toBeTruthy();
    await screen.findByRole('link', { name: 'Субъект № 42' });
    expect(screen.getByText('Уничтожено категорий: 5 из 6')).toBeTruthy();
    expect(screen.getByText('Сохранено: Медсведения')).toBeTruthy();
  });

  it('lists the log extract with Moscow times and the audit log’s names of the actions', async () => {
    renderShow(act(true));

    const table = await screen.findByRole('table', { name: 'Записи журнала об уничтожении' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('02.03.2026 12:15:07')).toBeTruthy();
    expect(within(row).getByText('Уничтожение данных утверждено')).toBeTruthy();
    expect(within(row).getByText('a'.repeat(64))).toBeTruthy();
  });

  it('offers the act and the extract as PDFs while it is kept', async () => {
    renderShow(act(true));

    await screen.findByRole('button', { name: 'Скачать акт (PDF)' });
    expect(screen.getByRole('button', { name: 'Скачать выгрузку из журнала (PDF)' })).toBeTruthy();
  });

  it('says an expired act’s content is gone, and offers nothing to download', async () => {
    renderShow(act(false));

    await screen.findByText('Срок хранения акта истёк 02.03.2029: содержание удалено, сохранены номер и даты');
    expect(screen.queryByRole('button', { name: /Скачать/ })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Срок хранения истёк')).toBeTruthy();
  });
});

describe('the act of a batch of website submissions', () => {
  it('lists each destroyed submission with the person it named instead of a subject', async () => {
    renderShow(batchAct);

    const table = await screen.findByRole('table', { name: 'Уничтоженные обращения с сайта' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Кондратьева Алла')).toBeTruthy();
    expect(within(rows[1]!).getByText('+7 (903) 555-01-01')).toBeTruthy();
    expect(within(rows[1]!).getByText('WEB-2026-000031')).toBeTruthy();
    expect(within(rows[1]!).getByText('01.02.2026 10:30:00')).toBeTruthy();
    expect(within(rows[2]!).getByText('Мельников Глеб Саввич')).toBeTruthy();
    expect(within(rows[2]!).getByText('30.06.1979')).toBeTruthy();
    expect(within(rows[2]!).getByText('g.melnikov@example.org')).toBeTruthy();
    expect(screen.queryByText('Субъект персональных данных')).toBeNull();
  });

  it('says what it covers, links the batch, and names what went rather than «1 of 6»', async () => {
    renderShow(batchAct);

    const link = await screen.findByRole('link', { name: 'Обращения с сайта: 2' });
    expect(link.getAttribute('href')).toBe('/submission-destructions/5/show');
    expect(screen.getByText('Уничтожено: Обращения с сайта')).toBeTruthy();
    expect(screen.queryByText(/Уничтожено категорий/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Скачать акт (PDF)' })).toBeTruthy();
  });
});

describe('the register', () => {
  it('sums a plan up in the contract’s order of categories', () => {
    expect(summarizeCategories(plan)).toEqual({
      destroyed: ['identity_contacts', 'submissions', 'consents', 'correspondence', 'disclosures'],
      retained: ['medical'],
      all: false,
    });
  });

  it('says everything went only when every category was destroyed', () => {
    expect(summarizeCategories(plan.map((item) => destroy(item.category))).all).toBe(true);
    expect(summarizeCategories([destroy('medical')]).all).toBe(false);
  });

  it('exports with the list’s filter as JSON and the typed reason', () => {
    const url = new URL(`http://x${exportPath({ reason: 'withdrawal', status: 'kept' }, 'Проверка РКН')}`);
    expect(url.pathname).toBe('/destruction-acts/export.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ reason: 'withdrawal', status: 'kept' });
    expect(url.searchParams.get('reason')).toBe('Проверка РКН');
  });

  it('states times on the clinic’s clock, whatever the browser’s zone', () => {
    expect(formatMoscowTimestamp('2026-12-31T21:30:00.000Z')).toBe('01.01.2027 00:30:00');
    expect(formatMoscowTimestamp('not a time')).toBe('not a time');
  });
});
