// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Admin, Resource, TestMemoryRouter, memoryStore, type AuthProvider, type DataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DestructionCandidateList } from '../../admin/destruction-candidates/DestructionCandidateList.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { canAccessWith } from '../../admin/providers/authProvider.js';
import { SubmissionDestructionShow } from '../../admin/submission-destructions/SubmissionDestructionShow.js';
import type { DestructionCandidate, Role, SubmissionDestructionDetail } from '../../admin/types.js';
import { permissionsOf } from '../../server/auth/permissions.js';

// The batch's card and the candidates' list with the real Russian texts and the real role matrix, over a fake data
// provider that answers what each test needs (this tests the screens, not the server).

const OPERATOR_ID = 10;
const COMPLIANCE_ID = 20;

const batch = (over: Partial<SubmissionDestructionDetail> = {}): SubmissionDestructionDetail => ({
  id: 5,
  reason: 'purpose_achieved',
  reason_text: 'Обращения отклонены, цель обработки достигнута',
  status: 'proposed',
  submissions_count: 2,
  proposed_by: OPERATOR_ID,
  proposed_by_login: 'operator',
  proposed_at: '2026-11-20T08:00:00.000Z',
  decided_by: null,
  decided_by_login: null,
  decided_at: null,
  comment: null,
  act_id: null,
  act_number: null,
  version: 1,
  submissions: [
    {
      submission_id: 31,
      receipt_id: 'WEB-2026-000031',
      service: 'callback',
      received_at: '2026-10-01T07:30:00.000Z',
      decided_at: '2026-10-02T09:00:00.000Z',
      reject_category: 'spam',
      payload_held: true,
    },
    {
      submission_id: 32,
      receipt_id: 'WEB-2026-000032',
      service: 'appointment',
      received_at: '2026-10-03T10:00:00.000Z',
      decided_at: '2026-10-04T11:00:00.000Z',
      reject_category: null,
      payload_held: true,
    },
  ],
  ...over,
});

const candidate = (over: Partial<DestructionCandidate>): DestructionCandidate => ({
  id: 'rejected_submission:0',
  kind: 'rejected_submission',
  subject_id: null,
  submission_id: null,
  channel: 'callback',
  purpose_ended_on: '2026-10-02',
  days_since: 60,
  open_destruction_id: null,
  open_submission_destruction_id: null,
  ...over,
});

const CANDIDATES = [
  candidate({ id: 'lead_without_interaction:3', kind: 'lead_without_interaction', subject_id: 3, submission_id: 30 }),
  candidate({ id: 'rejected_submission:31', submission_id: 31 }),
  candidate({ id: 'rejected_submission:32', submission_id: 32 }),
  candidate({ id: 'rejected_submission:33', submission_id: 33, open_submission_destruction_id: 9 }),
];

/** Answers the batch as it stands: decided once a decision was made. */
const fakeDataProvider = (proposed: SubmissionDestructionDetail) => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  let record = proposed;
  return {
    getList: () => Promise.resolve({ data: CANDIDATES, total: CANDIDATES.length }),
    getOne: () => Promise.resolve({ data: record }),
    getMany: (_resource: string, { ids }: { ids: number[] }) =>
      Promise.resolve({ data: ids.map((id) => ({ id, receipt_id: `WEB-${id}` })) }),
    getManyReference: refuse,
    create: vi.fn((_resource: string, { data }: { data: unknown }) =>
      Promise.resolve({ data: { ...record, ...(data as object) } }),
    ),
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
    decideSubmissionDestruction: vi.fn(
      (_id: number, decision: 'approve' | 'reject', { comment }: { comment: string }) => {
        const decided = {
          decided_by: COMPLIANCE_ID,
          decided_by_login: 'compliance',
          decided_at: '2026-11-21T08:00:00Z',
        };
        record =
          decision === 'approve'
            ? {
                ...record,
                ...decided,
                status: 'executed',
                act_id: 8,
                act_number: 'АКТ-2026-0008',
                reason_text: null,
                submissions: record.submissions.map((item) => ({ ...item, payload_held: false })),
              }
            : { ...record, ...decided, status: 'rejected', comment };
        return Promise.resolve(record);
      },
    ),
  };
};

/** Signed in as `id` with the role's real permissions. */
const authAs = (id: number, role: Role): AuthProvider => ({
  login: () => Promise.resolve(),
  logout: () => Promise.resolve(),
  checkAuth: () => Promise.resolve(),
  checkError: () => Promise.resolve(),
  getIdentity: () => Promise.resolve({ id, fullName: role }),
  getPermissions: () => Promise.resolve(permissionsOf(role)),
  canAccess: ({ resource, action }) => Promise.resolve(canAccessWith(permissionsOf(role), resource, action)),
});

const renderAt = (path: string, as: { id: number; role: Role }, record = batch()) => {
  const dataProvider = fakeDataProvider(record);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin
        dataProvider={dataProvider as unknown as DataProvider}
        authProvider={authAs(as.id, as.role)}
        i18nProvider={i18nProvider}
        // Each test starts with nothing selected: react-admin keeps a list's selection in its store.
        store={memoryStore()}
      >
        <Resource name="submission-destructions" show={SubmissionDestructionShow} />
        <Resource name="destruction-candidates" list={DestructionCandidateList} />
        <Resource name="submissions" show={() => null} />
        <Resource name="subjects" show={() => null} />
      </Admin>
    </TestMemoryRouter>,
  );
  return { dataProvider, user: userEvent.setup() };
};

const CARD = '/submission-destructions/5/show';
const compliance = { id: COMPLIANCE_ID, role: 'compliance' as const };

afterEach(cleanup);

describe('a batch’s card', () => {
  it('lists its submissions, each linked to its card, with whether its data is still held', async () => {
    renderAt(CARD, compliance);

    const table = await screen.findByRole('table', { name: 'Обращения с сайта в предложении' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const link = await within(rows[1]!).findByRole('link', { name: 'WEB-2026-000031' });
    expect(link.getAttribute('href')).toBe('/submissions/31/show');
    expect(within(rows[1]!).getByText('Обратный звонок')).toBeTruthy();
    expect(within(rows[1]!).getAllByText('Хранятся')).toHaveLength(1);
    expect(screen.getByText('Обращения отклонены, цель обработки достигнута')).toBeTruthy();
  });

  it('offers the decision to a compliance officer who did not propose it', async () => {
    renderAt(CARD, compliance);

    await screen.findByRole('button', { name: 'Утвердить и уничтожить' });
    expect(screen.getByRole('button', { name: 'Отклонить' })).toBeTruthy();
  });

  it('hides the decision from the proposer, and says why', async () => {
    renderAt(CARD, { id: COMPLIANCE_ID, role: 'compliance' }, batch({ proposed_by: COMPLIANCE_ID }));

    await screen.findByText('Это предложение внесли вы: решение по нему принимает другой сотрудник.');
    expect(screen.queryByRole('button', { name: 'Утвердить и уничтожить' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Отклонить' })).toBeNull();
  });

  it('hides the decision from an operator', async () => {
    renderAt(CARD, { id: 11, role: 'operator' });

    await screen.findByRole('table', { name: 'Обращения с сайта в предложении' });
    expect(screen.queryByRole('button', { name: 'Утвердить и уничтожить' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Отклонить' })).toBeNull();
  });

  it('approves only once the officer ticks that destroyed data cannot be restored', async () => {
    const { dataProvider, user } = renderAt(CARD, compliance);

    await user.click(await screen.findByRole('button', { name: 'Утвердить и уничтожить' }));
    const dialog = await screen.findByRole('dialog', { name: 'Утвердить уничтожение обращений № 5' });
    expect(within(dialog).getByText('Действие необратимо')).toBeTruthy();
    expect(within(dialog).getByText('Будет уничтожено 2 обращения с сайта')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить и уничтожить' }));
    await within(dialog).findByText('Подтвердите, что понимаете последствия');
    expect(dataProvider.decideSubmissionDestruction).not.toHaveBeenCalled();

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Я понимаю, что уничтоженные данные нельзя восстановить' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Утвердить и уничтожить' }));
    await waitFor(() =>
      expect(dataProvider.decideSubmissionDestruction).toHaveBeenCalledWith(5, 'approve', { comment: '' }),
    );
    // The answer is the card as it now is: executed, with its act, the submissions' data gone.
    await screen.findByRole('link', { name: 'АКТ-2026-0008' });
    expect(screen.getAllByText('Уничтожены')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('rejects with the reason typed', async () => {
    const { dataProvider, user } = renderAt(CARD, compliance);

    await user.click(await screen.findByRole('button', { name: 'Отклонить' }));
    const dialog = await screen.findByRole('dialog', { name: 'Отклонить предложение об уничтожении обращений' });
    await user.type(within(dialog).getByLabelText(/Причина отказа/), 'Обращение ещё рассматривается');
    await user.click(within(dialog).getByRole('button', { name: 'Отклонить' }));
    await waitFor(() =>
      expect(dataProvider.decideSubmissionDestruction).toHaveBeenCalledWith(5, 'reject', {
        comment: 'Обращение ещё рассматривается',
      }),
    );
  });
});

describe('the candidates’ list', () => {
  const operator = { id: OPERATOR_ID, role: 'operator' as const };
  const submissionsButton = /Предложить уничтожение обращений/;

  it('offers the batch button only once rejected submissions are selected', async () => {
    const { user } = renderAt('/destruction-candidates', operator);

    await screen.findByRole('checkbox', { name: 'Выбрать обращение ID 31' });
    expect(screen.queryByRole('button', { name: submissionsButton })).toBeNull();

    // A lead goes the subjects’ way, not into a batch.
    await user.click(screen.getByRole('checkbox', { name: 'Выбрать субъекта № 3' }));
    expect(screen.getByRole('button', { name: 'Предложить уничтожение (1)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: submissionsButton })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: 'Выбрать обращение ID 31' }));
    await user.click(screen.getByRole('checkbox', { name: 'Выбрать обращение ID 32' }));
    await screen.findByRole('button', { name: 'Предложить уничтожение обращений (2)' });
    expect(screen.getByRole('button', { name: 'Предложить уничтожение (1)' })).toBeTruthy();
  });

  it('links a submission already in an open batch to it instead of letting it be selected', async () => {
    renderAt('/destruction-candidates', operator);

    const link = await screen.findByRole('link', { name: 'Предложение № 9' });
    expect(link.getAttribute('href')).toBe('/submission-destructions/9/show');
    expect(screen.queryByRole('checkbox', { name: 'Выбрать обращение ID 33' })).toBeNull();
  });

  it('proposes the selected submissions as one batch with a stated reason, then opens it', async () => {
    const { dataProvider, user } = renderAt('/destruction-candidates', operator);

    await user.click(await screen.findByRole('checkbox', { name: 'Выбрать обращение ID 31' }));
    await user.click(screen.getByRole('checkbox', { name: 'Выбрать обращение ID 32' }));
    await user.click(await screen.findByRole('button', { name: 'Предложить уничтожение обращений (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Предложить уничтожение обращений с сайта' });
    expect(within(dialog).getByText('Будет предложено 2 обращения с сайта')).toBeTruthy();
    const reasonText = within(dialog).getByLabelText(/Обоснование/) as HTMLTextAreaElement;
    expect(reasonText.value).toMatch(/^Обращения отклонены/);
    await user.click(within(dialog).getByRole('button', { name: 'Отправить на утверждение' }));

    await waitFor(() =>
      expect(dataProvider.create).toHaveBeenCalledWith('submission-destructions', {
        data: { submission_ids: [31, 32], reason: 'purpose_achieved', reason_text: reasonText.value },
      }),
    );
    await screen.findByRole('table', { name: 'Обращения с сайта в предложении' });
  });
});
