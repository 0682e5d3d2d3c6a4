// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, ResourceContextProvider, SimpleForm, testDataProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileUploadInput } from '../../admin/common/FileUploadInput.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { UPLOAD_MAX_BYTES } from '../../admin/types.js';

// The shared file input in a real react-admin form with the Russian texts: what it takes, what it refuses and why.

beforeEach(() => {
  // jsdom has no object URLs; FileInput makes one per file for the preview.
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(cleanup);

const setup = async (props: { multiple?: boolean } = {}) => {
  const onSubmit = vi.fn();
  const { container } = render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="letters">
        <SimpleForm onSubmit={onSubmit}>
          <FileUploadInput source="attachments" label="Вложение" {...props} />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
  await screen.findByText('Перетащите файл сюда или нажмите, чтобы выбрать');
  // Without applyAccept: false user-event would drop a wrong file itself, and the input's refusal would go untested.
  const user = userEvent.setup({ applyAccept: false });
  const input = () => {
    const el = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!el) throw new Error('no file input');
    return el;
  };
  return { user, input, onSubmit, container };
};

const pdf = (name: string, bytes = 2048) =>
  new File([new Uint8Array(bytes).fill(0x20)], name, { type: 'application/pdf' });

describe('FileUploadInput', () => {
  it('accepts PDF, JPEG and PNG only, up to the server’s limit, and says so', async () => {
    const { input } = await setup();
    await screen.findByText('PDF, JPEG или PNG, не больше 10 МБ');
    const accept = input().getAttribute('accept')!.split(',');
    expect(accept).toEqual(
      expect.arrayContaining(['application/pdf', '.pdf', 'image/jpeg', '.jpg', '.jpeg', 'image/png', '.png']),
    );
    expect(accept).toHaveLength(7);
  });

  it('refuses a file over 10 MB with a Russian message naming it and the limit', async () => {
    const { user, input, container } = await setup();
    await user.upload(input(), pdf('скан_паспорта.pdf', UPLOAD_MAX_BYTES + 1));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Файл «скан_паспорта.pdf» слишком большой (10,1 МБ): можно не больше 10 МБ');
    expect(container.querySelector('.previews')?.textContent ?? '').not.toContain('скан_паспорта.pdf');
  });

  it('refuses a file of another type with a Russian message', async () => {
    const { user, input, container } = await setup();
    await user.upload(input(), new File(['MZ\u0090\u0000'], 'program.exe', { type: 'application/x-msdownload' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Файл «program.exe» не принят: допустимы только PDF, JPEG и PNG');
    expect(container.querySelector('.previews')?.textContent ?? '').not.toContain('program.exe');
  });

  it('shows a PDF as its name and size, clears an earlier refusal, and gives the form the file itself', async () => {
    const { user, input, onSubmit } = await setup();
    await user.upload(input(), new File(['text'], 'notes.txt', { type: 'text/plain' }));
    await screen.findByRole('alert');

    const file = pdf('Иванов_заявление.pdf', 3 * 1024);
    await user.upload(input(), file);
    expect(await screen.findByText('Иванов_заявление.pdf')).toBeTruthy();
    expect(screen.getByText('3 КБ')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const value = onSubmit.mock.calls[0][0].attachments;
    expect(value.rawFile).toBe(file);
    expect(value.title).toBe('Иванов_заявление.pdf');
  });

  it('shows an image as an image', async () => {
    const { user, input, container } = await setup();
    await user.upload(
      input(),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'конверт.png', { type: 'image/png' }),
    );
    await waitFor(() => expect(container.querySelector('.previews img')).not.toBeNull());
    const img = container.querySelector<HTMLImageElement>('.previews img')!;
    expect(img.getAttribute('src')).toBe('blob:preview');
    expect(img.getAttribute('title')).toBe('конверт.png');
  });

  it('with multiple, keeps the good files and names the refused one', async () => {
    const { user, input, container } = await setup({ multiple: true });
    await user.upload(input(), [pdf('одно.pdf'), pdf('большое.pdf', UPLOAD_MAX_BYTES + 10)]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('«большое.pdf» слишком большой');
    const previews = container.querySelector('.previews')!.textContent;
    expect(previews).toContain('одно.pdf');
    expect(previews).not.toContain('большое.pdf');
  });
});
