import { useState, type MouseEvent } from 'react';
import UndoIcon from '@mui/icons-material/Undo';
import { Box } from '@mui/material';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import type { PdDataProvider } from '../providers/dataProvider';
import type { Consent } from '../types';

/**
 * «Отозвать» for an active marketing consent (38-FZ art. 18: at once, on the person's
 * request). Other consents are withdrawn through the letters workflow, so no button.
 */
export const WithdrawConsentButton = (_props: { label?: string }) => {
  const record = useRecordContext<Consent>();
  const { canAccess } = useCanAccess({ resource: 'consents', action: 'withdraw', record });
  const dataProvider = useDataProvider<PdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record || !canAccess || record.purpose !== 'marketing' || record.status !== 'active') return null;

  const withdraw = async (basis: string) => {
    setLoading(true);
    try {
      await dataProvider.withdrawConsent(record.id, basis);
      notify('resources.consents.notifications.withdrawn', { type: 'info' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

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
        loading={loading}
        onConfirm={withdraw}
        onClose={() => setOpen(false)}
      />
    </Box>
  );
};
