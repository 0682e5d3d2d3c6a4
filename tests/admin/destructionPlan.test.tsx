// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, HttpError, memoryStore, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultProposal, proposalErrors, toProposal, type PlanRow } from '../../admin/destructions/plan.js';
import { ProposeDestructionDialog } from '../../admin/destructions/ProposeDestructionDialog.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { DatePickersProvider } from '../../admin/providers/DatePickersProvider.js';
import type { DestructionPreview } from '../../admin/types.js';

// The proposal's plan editor in the real dialog, with the app's providers and Russian texts; the data provider is a
// fake that answers the preview and records what would be sent (this tests the form, not the server).

const PREVIEW: DestructionPreview = {
  identity_contacts: 1,
  medical: 1,
  submissions: 3,
  consents: 2,
  correspondence: 4,
  disclosures: 0,
};

const MEDICAL_BASIS =
  'ч. 1 ст. 22 Федерального закона № 323-ФЗ; приказ Минздрава России № 530н — медицинская документация хранится 25 лет';

const setup = () => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  const create = vi.fn((_resource: string, { data }: { data: Record<string, unknown> }) =>
    Promise.resolve({ data: { ...data, id: 42, status: 'proposed' } }),
  );
  const getDestructionPreview = vi.fn(() => Promise.resolve(PREVIEW));
  const dataProvider = {
    getList: refuse,
    getOne: refuse,
    getMany: refuse,
    getManyReference: refuse,
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
    create,
    getDestructionPreview,
  } as unknown as DataProvider;
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} store={memoryStore({ locale: 'ru' })}>
      <DatePickersProvider>
        <ProposeDestructionDialog
          subjectId={7}
          letter={{ id: 3, reg_number: 'ВХ-2026-00003' }}
          reason="withdrawal"
          onClose={() => undefined}
        />
      </DatePickersProvider>
    </AdminContext>,
  );
  return { user: userEvent.setup(), create, getDestructionPreview };
};

const row = (category: string) => screen.getByTestId(`plan-row-${category}`);
const submit = () => screen.getByRole('button', { name: 'Отправить на утверждение' });

beforeEach(() => {
  const log = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!(args[0] instanceof HttpError)) log(...args);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the destruction plan editor', () => {
  it('says per category what would go, and starts by destroying everything', async () => {
    const { getDestructionPreview } = setup();
    await screen.findByText('будет удалено: 3');
    expect(getDestructionPreview).toHaveBeenCalledWith(7);
    expect(within(row('correspondence')).getByText('будет удалено: 4')).toBeTruthy();
    expect(within(row('disclosures')).getByText('сведений нет')).toBeTruthy();
    for (const category of [
      'identity_contacts',
      'medical',
      'submissions',
      'consents',
      'correspondence',
      'disclosures',
    ]) {
      expect(within(row(category)).getByRole('radio', { name: 'Уничтожить' })).toHaveProperty('checked', true);
    }
    expect(screen.getByText('По письму ВХ-2026-00003')).toBeTruthy();
  });

  it('does not send a retained category without its legal basis and term', async () => {
    const { user, create } = setup();
    await screen.findByText('будет удалено: 3');
    await user.type(screen.getByLabelText(/Обоснование/), 'Отзыв согласия письмом ВХ-2026-00003');
    await user.click(within(row('medical')).getByRole('radio', { name: 'Сохранить' }));
    expect(within(row('medical')).getByText('останется заблокированным: 1')).toBeTruthy();

    await user.click(submit());
    await waitFor(() => expect(within(row('medical')).getAllByText('Обязательно для заполнения').length).toBe(2));
    expect(create).not.toHaveBeenCalled();
  });

  it('sends the plan as edited: the retained category with its basis and day, every other one destroyed', async () => {
    const { user, create } = setup();
    await screen.findByText('будет удалено: 3');
    await user.type(screen.getByLabelText(/Обоснование/), 'Отзыв согласия письмом ВХ-2026-00003');
    // Retained, then destroyed again: what was typed for it meanwhile is not sent.
    await user.click(within(row('correspondence')).getByRole('radio', { name: 'Сохранить' }));
    await user.type(within(row('correspondence')).getByRole('combobox'), 'Временно');
    await user.click(within(row('correspondence')).getByRole('radio', { name: 'Уничтожить' }));

    await user.click(within(row('medical')).getByRole('radio', { name: 'Сохранить' }));
    await user.click(within(row('medical')).getByRole('combobox'));
    await user.click(await screen.findByRole('option', { name: MEDICAL_BASIS }));
    const until = within(row('medical')).getByRole('group', { name: /Хранить до/ });
    await user.click(within(until).getByRole('spinbutton', { name: 'День' }));
    await user.keyboard('31122051');

    await user.click(submit());
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][1].data).toEqual({
      subject_id: 7,
      letter_id: 3,
      reason: 'withdrawal',
      reason_text: 'Отзыв согласия письмом ВХ-2026-00003',
      plan: [
        { category: 'identity_contacts', action: 'destroy', legal_basis: null, retain_until: null },
        { category: 'medical', action: 'retain', legal_basis: MEDICAL_BASIS, retain_until: '2051-12-31' },
        { category: 'submissions', action: 'destroy', legal_basis: null, retain_until: null },
        { category: 'consents', action: 'destroy', legal_basis: null, retain_until: null },
        { category: 'correspondence', action: 'destroy', legal_basis: null, retain_until: null },
        { category: 'disclosures', action: 'destroy', legal_basis: null, retain_until: null },
      ],
    });
  });
});

describe('the proposal as the server takes it', () => {
  const retained = (over: Partial<PlanRow>) => {
    const values = defaultProposal('purpose_achieved');
    values.reason_text = 'Цель достигнута';
    values.plan = values.plan!.map((r) => (r.category === 'medical' ? { ...r, action: 'retain', ...over } : r));
    return values;
  };

  it('refuses a retained category without a basis or a term, naming the fields', () => {
    expect(proposalErrors(retained({ legal_basis: '  ', retain_until: null }))).toEqual({
      'plan.1.legal_basis': 'resources.destructions.plan.basis_required',
      'plan.1.retain_until': 'ra.validation.required',
    });
  });

  it('asks for the reason and its words', () => {
    expect(proposalErrors(defaultProposal())).toEqual({
      reason: 'ra.validation.required',
      reason_text: 'ra.validation.required',
    });
  });

  it('takes a complete plan, trimming the basis', () => {
    const values = retained({ legal_basis: ' ч. 1 ст. 22 323-ФЗ ', retain_until: '2051-12-31' });
    expect(proposalErrors(values)).toBeUndefined();
    expect(toProposal(values).plan[1]).toEqual({
      category: 'medical',
      action: 'retain',
      legal_basis: 'ч. 1 ст. 22 323-ФЗ',
      retain_until: '2051-12-31',
    });
  });
});
