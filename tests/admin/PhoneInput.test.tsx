// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ResourceContextProvider, SaveButton, SimpleForm, Toolbar, testDataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneInput } from '../../admin/common/PhoneInput.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';

// The shared phone input in a real react-admin form with the Russian texts: whatever way a number is typed or
// pasted, the mask shows +7 (XXX) XXX-XX-XX and the form submits +7XXXXXXXXXX.

afterEach(cleanup);

const toolbar = (
  <Toolbar>
    <SaveButton alwaysEnable />
  </Toolbar>
);

const setup = async (record: Record<string, unknown> = {}) => {
  const onSubmit = vi.fn();
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="subjects">
        <SimpleForm record={{ id: 1, ...record }} onSubmit={onSubmit} toolbar={toolbar}>
          <PhoneInput source="phone" helperText="resources.subjects.helpers.phone" />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
  const user = userEvent.setup();
  const phone = (await screen.findByRole('textbox', { name: 'Телефон' })) as HTMLInputElement;
  const save = async () => {
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
  };
  const submittedPhone = async () => {
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    return (onSubmit.mock.calls[0][0] as { phone: unknown }).phone;
  };
  return { user, phone, onSubmit, save, submittedPhone };
};

describe('PhoneInput', () => {
  it('shows the mask once focused and nothing at rest when empty', async () => {
    const { user, phone } = await setup();
    expect(phone.value).toBe('');
    await user.click(phone);
    expect(phone.value).toBe('+7 (___) ___-__-__');
    await user.tab();
    expect(phone.value).toBe('');
  });

  for (const typed of ['89123456789', '+79123456789', '79123456789', '9123456789', '8 (912) 345-67-89']) {
    it(`typed key by key as «${typed}», shows +7 (912) 345-67-89 and submits +79123456789`, async () => {
      const { user, phone, save, submittedPhone } = await setup();
      await user.click(phone);
      await user.keyboard(typed);
      expect(phone.value).toBe('+7 (912) 345-67-89');
      await save();
      expect(await submittedPhone()).toBe('+79123456789');
    });
  }

  for (const pasted of ['8 (912) 345-67-89', '89123456789', '+7 912 345 67 89', '+7 (912) 345-67-89', '9123456789']) {
    it(`pasted as «${pasted}», shows +7 (912) 345-67-89 and submits +79123456789`, async () => {
      const { user, phone, save, submittedPhone } = await setup();
      await user.click(phone);
      await user.paste(pasted);
      expect(phone.value).toBe('+7 (912) 345-67-89');
      await save();
      expect(await submittedPhone()).toBe('+79123456789');
    });
  }

  it('takes only the first 7 for the prefix: «+7 777 123-45-67» keeps its 777', async () => {
    const { user, phone, save, submittedPhone } = await setup();
    await user.click(phone);
    await user.keyboard('77771234567');
    expect(phone.value).toBe('+7 (777) 123-45-67');
    await save();
    expect(await submittedPhone()).toBe('+77771234567');
  });

  it('shows a stored number through the mask, and replaces it with one pasted over it', async () => {
    const { user, phone, save, submittedPhone } = await setup({ phone: '+79031112233' });
    expect(phone.value).toBe('+7 (903) 111-22-33');
    await user.tripleClick(phone);
    await user.paste('8 916 765-43-21');
    expect(phone.value).toBe('+7 (916) 765-43-21');
    await save();
    expect(await submittedPhone()).toBe('+79167654321');
  });

  it('refuses an unfinished number with the Russian message and does not submit', async () => {
    const { user, phone, onSubmit, save } = await setup();
    await user.click(phone);
    await user.keyboard('891234');
    expect(phone.value).toBe('+7 (912) 34_-__-__');
    await save();
    await screen.findByText('Введите номер полностью: +7 (XXX) XXX-XX-XX');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
  });

  it('submits null once the number is erased', async () => {
    const { user, phone, save, submittedPhone } = await setup({ phone: '+79031112233' });
    await user.tripleClick(phone);
    await user.keyboard('{Backspace}');
    expect(phone.value).toBe('+7 (___) ___-__-__');
    await user.tab();
    expect(phone.value).toBe('');
    screen.getByText('Можно набрать с 8 или +7 или вставить номер целиком');
    await save();
    expect(await submittedPhone()).toBeNull();
  });

  it('takes a first 8 for the prefix again once the field was emptied', async () => {
    const { user, phone, save, submittedPhone } = await setup({ phone: '+79031112233' });
    await user.tripleClick(phone);
    await user.keyboard('{Backspace}89161234567');
    expect(phone.value).toBe('+7 (916) 123-45-67');
    await save();
    expect(await submittedPhone()).toBe('+79161234567');
  });

  it('shows the server’s field error beside the field', async () => {
    const onSubmit = vi.fn(async () => ({ phone: 'Сервер: номер не принят' }));
    render(
      <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="subjects">
          <SimpleForm record={{ id: 1, phone: '+79031112233' }} onSubmit={onSubmit} toolbar={toolbar}>
            <PhoneInput source="phone" />
          </SimpleForm>
        </ResourceContextProvider>
      </AdminContext>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Сохранить' }));
    await screen.findByText('Сервер: номер не принят');
    expect(screen.getByRole('textbox', { name: 'Телефон' }).getAttribute('aria-invalid')).toBe('true');
  });
});
