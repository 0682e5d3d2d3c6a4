import { useState, type MouseEvent } from 'react';
import UndoIcon from '@mui/icons-material/Undo';
import { Box } from '@mui/material';
import { Button, useRecordContext, type Identifier } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { Consent } from '../types';

/**
 * «Отозвать» for an active marketing consent (38-FZ art. 18: at once, on the person's
 * request). Other consents are withdrawn through the letters workflow, so no button.
 */
export const WithdrawConsentButton = (_props: { label?: string }) => {
  const record = useRecordContext<Consent>();
  const { canAccess } = useCan('consents.withdraw', record);
  const [open, setOpen] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, { id, basis }: { id: Identifier; basis: string }) => dataProvider.withdrawConsent(id, basis),
    successMessage: { message: 'resources.consents.notifications.withdrawn', type: 'info' },
    // The consent's card and lists (also the subject's tab), and the mailing list it leaves.
    invalidate: ['consents', 'marketing-list'],
    onSuccess: () => setOpen(false),
  });
  if (!record || !canAccess || record.purpose !== 'marketing' || record.status !== 'active') return null;

  // In a list row: clicks (also inside the dialog, whose events bubble through the
  // React tree) must not open the row.
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <Box component="span" onClick={stop}>
      <Button label="resources.consents.actions.withdraw" color="warning" onClick={() => setOpen(true)}>
        <UndoIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.consents.withdraw.title"
        text="resources.consents.withdraw.text"
        reasonLabel="resources.consents.withdraw.basis"
        reasonHint="resources.consents.withdraw.basis_hint"
        confirmLabel="resources.consents.withdraw.confirm"
        confirmColor="warning"
        loading={isPending}
        onConfirm={(basis) => run({ id: record.id, basis })}
        onClose={() => setOpen(false)}
      />
    </Box>
  );
};
