// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, HttpError, Notification, useTranslate, type DataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAction, type ActionOptions } from '../../admin/common/useAction.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import type { Consent } from '../../admin/types.js';

// The hook in react-admin's context with the real Russian messages; the data provider is a fake of react-admin's
// interface plus the one custom method used here, which answers what each test needs (this tests the hook, not
// the server).

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}
const deferred = <T,>(): Deferred<T> => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const fakeDataProvider = (withdrawConsent: (id: number, basis: string) => Promise<Consent>) => {
  const refuse = () => Promise.reject(new Error('not used by these tests'));
  return {
    getList: refuse,
    getOne: refuse,
    getMany: refuse,
    getManyReference: refuse,
    create: refuse,
    update: refuse,
    updateMany: refuse,
    delete: refuse,
    deleteMany: refuse,
    withdrawConsent,
  } as unknown as DataProvider;
};

type WithdrawOptions = Partial<ActionOptions<Consent, string>>;

/** A stand-in for a withdraw button: its texts are the test's own. */
const Withdraw = (options: WithdrawOptions) => {
  const translate = useTranslate();
  const { run, isPending, fieldErrors } = useAction({
    action: (dataProvider, basis: string) => dataProvider.withdrawConsent(7, basis),
    ...options,
  });
  return (
    <>
      <button type="button" onClick={() => void run('Заявление субъекта')} disabled={isPending}>
        withdraw
      </button>
      {isPending && <span>pending</span>}
      {fieldErrors?.basis && <p data-testid="basis-error">{translate(fieldErrors.basis)}</p>}
    </>
  );
};

const setup = (withdrawConsent: (id: number, basis: string) => Promise<Consent>, options: WithdrawOptions = {}) => {
  const queryClient = new QueryClient();
  render(
    <AdminContext
      dataProvider={fakeDataProvider(withdrawConsent)}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
    >
      <Withdraw {...options} />
      <Notification />
    </AdminContext>,
  );
  return { queryClient, user: userEvent.setup(), button: () => screen.getByRole('button', { name: 'withdraw' }) };
};

const consent = { id: 7, status: 'withdrawn' } as Consent;

// react-admin's data provider wrapper logs every rejection it passes on; keep the refusals these tests make up
// out of the output, and anything else in it.
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

describe('useAction', () => {
  it('is pending while the call runs, then tells the success in Russian and calls back with the answer', async () => {
    const answer = deferred<Consent>();
    const withdrawConsent = vi.fn(() => answer.promise);
    const onSuccess = vi.fn();
    const { user, button } = setup(withdrawConsent, {
      successMessage: { message: 'resources.consents.notifications.withdrawn', type: 'info' },
      onSuccess,
    });

    await user.click(button());
    await screen.findByText('pending');
    expect(button()).toHaveProperty('disabled', true);
    expect(withdrawConsent).toHaveBeenCalledWith(7, 'Заявление субъекта');
    expect(onSuccess).not.toHaveBeenCalled();

    answer.resolve(consent);
    await screen.findByText('Согласие отозвано');
    expect(onSuccess).toHaveBeenCalledWith(consent, 'Заявление субъекта');
    expect(screen.queryByText('pending')).toBeNull();
    expect(button()).toHaveProperty('disabled', false);
  });

  it('shows the server’s error code as its Russian message, and does not call back', async () => {
    const onSuccess = vi.fn();
    const { user, button } = setup(
      () =>
        Promise.reject(
          new HttpError('Consent already withdrawn', 409, {
            message: 'Consent already withdrawn',
            code: 'already_withdrawn',
          }),
        ),
      { onSuccess },
    );

    await user.click(button());
    await screen.findByText('Согласие уже отозвано');
    expect(screen.queryByText('Consent already withdrawn')).toBeNull();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows a server text that has no known code as it is', async () => {
    const { user, button } = setup(() =>
      Promise.reject(new HttpError('Something odd', 418, { message: 'Something odd', code: 'teapot' })),
    );
    await user.click(button());
    await screen.findByText('Something odd');
  });

  it('returns the server’s field errors, localized, for the caller to show beside its field', async () => {
    const refusal = () =>
      Promise.reject(
        new HttpError('Validation failed', 400, {
          message: 'Validation failed',
          code: 'validation_failed',
          errors: { basis: 'State the basis (at least 3 characters)' },
          codes: { basis: 'too_small' },
        }),
      );
    const { user, button } = setup(refusal);

    await user.click(button());
    expect((await screen.findByTestId('basis-error')).textContent).toBe('Укажите основание (не короче 3 символов)');
    await screen.findByText('Проверьте правильность заполнения полей');
  });

  it('does not also notify field errors the caller shows itself', async () => {
    const refusal = () =>
      Promise.reject(
        new HttpError('Validation failed', 400, {
          message: 'Validation failed',
          code: 'validation_failed',
          errors: { basis: 'Too short' },
          codes: { basis: 'too_small' },
        }),
      );
    const { user, button } = setup(refusal, { showsFieldErrors: true });

    await user.click(button());
    await screen.findByTestId('basis-error');
    expect(screen.queryByText('Проверьте правильность заполнения полей')).toBeNull();
  });

  it('lets the caller take over an error it handles itself', async () => {
    const onError = vi.fn(() => true);
    const { user, button } = setup(
      () =>
        Promise.reject(
          new HttpError('Consent already withdrawn', 409, {
            message: 'Consent already withdrawn',
            code: 'already_withdrawn',
          }),
        ),
      { onError },
    );
    await user.click(button());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(button()).toHaveProperty('disabled', false));
    expect(screen.queryByText('Согласие уже отозвано')).toBeNull();
  });

  it('marks stale the cached queries of the records it touched, and no others', async () => {
    const { queryClient, user, button } = setup(() => Promise.resolve(consent), {
      invalidate: [{ resource: 'consents', id: 7 }, 'marketing-list'],
    });
    const keys = {
      consentCard: ['consents', 'getOne', { id: '7' }],
      otherConsentCard: ['consents', 'getOne', { id: '8' }],
      consentList: ['consents', 'getList', { filter: {} }],
      subjectConsents: ['consents', 'getManyReference', { target: 'subject_id', id: 1 }],
      mailingList: ['marketing-list', 'getList', {}],
      subjectCard: ['subjects', 'getOne', { id: '1' }],
    };
    for (const key of Object.values(keys)) queryClient.setQueryData(key, { data: [] });
    const stale = () =>
      Object.fromEntries(
        Object.entries(keys).map(([name, key]) => [name, queryClient.getQueryState(key)?.isInvalidated]),
      );
    expect(Object.values(stale()).some(Boolean)).toBe(false);

    await user.click(button());
    await waitFor(() => expect(stale().consentCard).toBe(true));
    expect(stale()).toEqual({
      consentCard: true,
      otherConsentCard: false,
      consentList: true,
      subjectConsents: true,
      mailingList: true,
      subjectCard: false,
    });
  });
});
