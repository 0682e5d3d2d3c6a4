// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import type { ReactElement } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AdminContext,
  ResourceContextProvider,
  SaveButton,
  SimpleForm,
  Toolbar,
  memoryStore,
  required,
  testDataProvider,
  useFormIsDirty,
} from 'react-admin';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { DateInput } from '../../admin/common/DateInput.js';
import { DateTimeInput } from '../../admin/common/DateTimeInput.js';
import { formatDate, todayIso } from '../../admin/common/format.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { DatePickersProvider } from '../../admin/providers/DatePickersProvider.js';

// The shared date and date-time inputs in a real react-admin form, with the app's providers and Russian texts:
// what a typist enters, what the form submits, what the field shows and what it refuses.

afterEach(cleanup);

// Saving a pristine form is allowed here, so that «submits it unchanged» can be seen.
const toolbar = (
  <Toolbar>
    <SaveButton alwaysEnable />
  </Toolbar>
);

type Submit = Mock<(values: Record<string, unknown>) => unknown>;

const setup = async ({
  input,
  record = {},
  locale = 'ru',
  onSubmit = vi.fn(),
}: {
  input: ReactElement;
  record?: Record<string, unknown>;
  locale?: 'ru' | 'en';
  onSubmit?: Submit;
}) => {
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore({ locale })}>
      <DatePickersProvider>
        <ResourceContextProvider value="subjects">
          <SimpleForm record={{ id: 1, ...record }} onSubmit={onSubmit} toolbar={toolbar}>
            {input}
          </SimpleForm>
        </ResourceContextProvider>
      </DatePickersProvider>
    </AdminContext>,
  );
  const user = userEvent.setup();
  const save = await screen.findByRole('button', { name: locale === 'ru' ? 'Сохранить' : 'Save' });
  return { user, onSubmit, save };
};

/** The field as a screen reader finds it: a group named by its label, one spin button per section. */
const field = async (name: string | RegExp) => screen.findByRole('group', { name });
const section = (group: HTMLElement, name: string) => within(group).getByRole('spinbutton', { name });
/** What the field shows, without the invisible characters that keep the sections' order. */
const shown = (group: HTMLElement) => (group.textContent ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '');
const submitted = (onSubmit: Submit) => onSubmit.mock.calls[0]?.[0];

describe('DateInput', () => {
  it('takes 13.09.1992 typed digit by digit and submits 1992-09-13', async () => {
    const { user, onSubmit, save } = await setup({ input: <DateInput source="birth_date" /> });
    const group = await field('Дата рождения');
    expect(shown(group)).toBe('ДД.ММ.ГГГГ');
    await user.click(section(group, 'День'));
    await user.keyboard('13091992');
    expect(shown(group)).toBe('13.09.1992');
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).birth_date).toBe('1992-09-13');
  });

  it('shows a stored 1992-09-13 as 13.09.1992 and submits it unchanged', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateInput source="birth_date" />,
      record: { birth_date: '1992-09-13', last_name: 'Иванова' },
    });
    const group = await field('Дата рождения');
    await waitFor(() => expect(shown(group)).toBe('13.09.1992'));
    expect(section(group, 'День').getAttribute('aria-valuetext')).toBe('13');
    // Submitted as it was: the stored day is never moved by a time zone.
    await user.click(section(group, 'Год'));
    await user.keyboard('{ArrowUp}{ArrowDown}');
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).birth_date).toBe('1992-09-13');
  });

  it('refuses 31.02.2020 with a Russian message and does not submit', async () => {
    const { user, onSubmit, save } = await setup({ input: <DateInput source="birth_date" /> });
    const group = await field('Дата рождения');
    await user.click(section(group, 'День'));
    await user.keyboard('31022020');
    expect(shown(group)).toBe('31.02.2020');
    await user.click(save);
    await screen.findByText('Такой даты не существует');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(group.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a date typed in part, and one whose day was erased, rather than submitting it empty', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateInput source="birth_date" />,
      record: { birth_date: '1992-09-13' },
    });
    const group = await field('Дата рождения');
    await waitFor(() => expect(shown(group)).toBe('13.09.1992'));
    await user.click(section(group, 'День'));
    await user.keyboard('{Backspace}');
    expect(shown(group)).toBe('ДД.09.1992');
    await user.click(save);
    await screen.findByText('Введите дату полностью: день, месяц и год');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(section(group, 'День'));
    await user.keyboard('14');
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).birth_date).toBe('1992-09-14');
  });

  it('keeps to its bounds: not after the clinic’s today, not before 1900', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateInput source="birth_date" minDate="1900-01-01" maxDate={todayIso()} />,
    });
    const group = await field('Дата рождения');
    await user.click(section(group, 'День'));
    await user.keyboard('01012099');
    await user.click(save);
    await screen.findByText(`Дата не может быть позже ${formatDate(todayIso())}`);
    await user.click(section(group, 'Год'));
    await user.keyboard('1899');
    await screen.findByText('Дата не может быть раньше 01.01.1900');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('leaves the form pristine when the focus only passes through an empty field', async () => {
    const Dirty = () => <span data-testid="dirty">{String(useFormIsDirty())}</span>;
    const { user } = await setup({
      input: (
        <>
          <DateInput source="birth_date" />
          <Dirty />
        </>
      ),
    });
    const group = await field('Дата рождения');
    await user.click(section(group, 'День'));
    await user.tab();
    await user.tab();
    expect(screen.getByTestId('dirty').textContent).toBe('false');
  });

  it('opens a Russian calendar whose weeks start on Monday', async () => {
    const { user } = await setup({ input: <DateInput source="birth_date" />, record: { birth_date: '1992-09-13' } });
    await field('Дата рождения');
    await user.click(screen.getByRole('button', { name: /^Выберите дату/ }));
    const calendar = await screen.findByRole('dialog');
    const days = within(calendar)
      .getAllByRole('columnheader')
      .map((header) => header.getAttribute('aria-label'));
    expect(days).toEqual(['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']);
    within(calendar).getByText('сентябрь 1992');
    // 13.09.1992 was a Sunday: the last column of its week.
    expect(within(calendar).getByRole('gridcell', { name: '13' }).getAttribute('aria-selected')).toBe('true');
  });

  it('picks a day from the calendar', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateInput source="birth_date" />,
      record: { birth_date: '1992-09-13' },
    });
    await field('Дата рождения');
    await user.click(screen.getByRole('button', { name: /^Выберите дату/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('gridcell', { name: '21' }));
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).birth_date).toBe('1992-09-21');
  });

  it('is cleared by its clear button and then submits null', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateInput source="birth_date" />,
      record: { birth_date: '1992-09-13' },
    });
    const group = await field('Дата рождения');
    await user.click(section(group, 'День'));
    await user.click(screen.getByRole('button', { name: 'Очистить значение' }));
    expect(shown(group)).toBe('ДД.ММ.ГГГГ');
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).birth_date).toBeNull();
  });

  it('marks a required date, shows its helper text, and the server’s field error beside it', async () => {
    const onSubmit: Submit = vi.fn(async () => ({ birth_date: 'Сервер: дата рождения не принята' }));
    const { user, save } = await setup({
      input: <DateInput source="birth_date" validate={required()} helperText="Как в паспорте" />,
      onSubmit,
    });
    const group = await field(/Дата рождения/);
    screen.getByText('Как в паспорте');
    expect(document.querySelector('label')?.textContent).toMatch(/Дата рождения\s*\*/);
    await user.click(save);
    await screen.findByText('Обязательно для заполнения');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(section(group, 'День'));
    await user.keyboard('13091992');
    await user.click(save);
    await screen.findByText('Сервер: дата рождения не принята');
    expect(group.getAttribute('aria-invalid')).toBe('true');
  });

  it('reads DD/MM/YYYY in English, with weeks from Monday too', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateInput source="birth_date" />,
      record: { birth_date: '1992-09-13' },
      locale: 'en',
    });
    const group = await field('Date of birth');
    await waitFor(() => expect(shown(group)).toBe('13/09/1992'));
    await user.click(section(group, 'Day'));
    await user.keyboard('01021993');
    expect(shown(group)).toBe('01/02/1993');
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).birth_date).toBe('1993-02-01');
    await user.click(screen.getByRole('button', { name: /^Choose date/ }));
    const headers = within(await screen.findByRole('dialog')).getAllByRole('columnheader');
    expect(headers[0].getAttribute('aria-label')).toBe('Monday');
  });
});

describe('DateTimeInput', () => {
  // Moscow's clock whatever the browser's zone (UTC here): 14:30 typed is 11:30 UTC.
  it('takes 13.09.1992 14:30 typed digit by digit and submits that Moscow moment as an ISO timestamp', async () => {
    const { user, onSubmit, save } = await setup({ input: <DateTimeInput source="created_at" /> });
    const group = await field('Создано');
    expect(shown(group)).toBe('ДД.ММ.ГГГГ ЧЧ:мм');
    await user.click(section(group, 'День'));
    await user.keyboard('130919921430');
    expect(shown(group)).toBe('13.09.1992 14:30');
    await user.click(save);
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(submitted(onSubmit).created_at).toBe('1992-09-13T11:30:00.000Z');
  });

  it('shows a stored instant in Moscow time, and refuses an impossible or unfinished one', async () => {
    const stored = '2025-03-07T06:05:00.000Z';
    const { user, onSubmit, save } = await setup({
      input: <DateTimeInput source="created_at" />,
      record: { created_at: stored },
    });
    const group = await field('Создано');
    await waitFor(() => expect(shown(group)).toBe('07.03.2025 09:05'));
    await user.click(section(group, 'Минуты'));
    await user.keyboard('{Backspace}');
    await user.click(save);
    await screen.findByText('Введите дату и время полностью');
    await user.click(section(group, 'День'));
    await user.keyboard('310220251200');
    await user.click(save);
    await screen.findByText('Такой даты не существует');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps to its bounds', async () => {
    const { user, onSubmit, save } = await setup({
      input: <DateTimeInput source="created_at" maxDate="2026-01-01T09:00:00.000Z" />,
    });
    const group = await field('Создано');
    await user.click(section(group, 'День'));
    await user.keyboard('010120261201');
    await user.click(save);
    await screen.findByText('Не позже 01.01.2026 12:00');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
