// @vitest-environment jsdom
import '../helpers/jsdomWaits.js';
import { useState } from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, testDataProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReasonDialog } from '../../admin/common/ReasonDialog.js';
import { i18nProvider } from '../../admin/i18n/i18nProvider.js';
import { MIN_REASON_LENGTH } from '../../admin/types.js';

// The reason dialog as the withdrawal uses it, with the real Russian texts.

/** Opens on a click, as in the app, so the focus moves when the dialog appears. */
const Harness = ({ onConfirm, onClose }: { onConfirm: (reason: string) => unknown; onClose: () => void }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open
      </button>
      <ReasonDialog
        open={open}
        title="resources.consents.withdraw.title"
        text="resources.consents.withdraw.text"
        reasonLabel="resources.consents.withdraw.basis"
        confirmLabel="resources.consents.withdraw.confirm"
        onConfirm={onConfirm}
        onClose={() => {
          onClose();
          setOpen(false);
        }}
      />
    </>
  );
};

const setup = async () => {
  const onConfirm = vi.fn();
  const onClose = vi.fn();
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider}>
      <Harness onConfirm={onConfirm} onClose={onClose} />
    </AdminContext>,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'open' }));
  const dialog = await screen.findByRole('dialog', { name: 'Отзыв согласия на рекламные рассылки' });
  const reason = screen.getByRole('textbox', { name: /Основание отзыва/ });
  return { onConfirm, onClose, user, dialog, reason };
};

afterEach(cleanup);

describe('ReasonDialog', () => {
  it('puts the focus in the reason field when it opens', async () => {
    const { reason } = await setup();
    await waitFor(() => expect(document.activeElement).toBe(reason));
  });

  it(`refuses a reason shorter than ${MIN_REASON_LENGTH} characters, by the button and by Enter`, async () => {
    const { onConfirm, user, reason } = await setup();
    const short = 'а'.repeat(MIN_REASON_LENGTH - 1);
    await user.type(reason, short);
    await user.click(screen.getByRole('button', { name: 'Отозвать согласие' }));
    await user.type(reason, '{Enter}');
    expect(onConfirm).not.toHaveBeenCalled();
    await screen.findByText(`Минимальное кол-во символов ${MIN_REASON_LENGTH}`);
  });

  it('refuses an empty reason', async () => {
    const { onConfirm, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Отозвать согласие' }));
    expect(onConfirm).not.toHaveBeenCalled();
    await screen.findByText('Обязательно для заполнения');
  });

  it('closes on Escape without confirming', async () => {
    const { onConfirm, onClose, user } = await setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('confirms a valid reason on Enter, trimmed; Shift+Enter only starts a new line', async () => {
    const { onConfirm, user, reason } = await setup();
    await user.type(reason, '  Заявление субъекта{Shift>}{Enter}{/Shift}от 25.11.2026 ');
    expect(onConfirm).not.toHaveBeenCalled();
    expect((reason as HTMLTextAreaElement).value).toBe('  Заявление субъекта\nот 25.11.2026 ');
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onConfirm).toHaveBeenCalledWith('Заявление субъекта\nот 25.11.2026');
  });
});
