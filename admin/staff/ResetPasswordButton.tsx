import { useState } from 'react';
import LockResetIcon from '@mui/icons-material/LockReset';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useGetRecordRepresentation,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import type { Staff } from '../types';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

/** Issues a new temporary password; the staff member must change it at the next sign-in. */
export const ResetPasswordButton = () => {
  const record = useRecordContext<Staff>();
  const { canAccess } = useCanAccess({ resource: 'staff', action: 'edit', record });
  const dataProvider = useDataProvider<PdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const representation = useGetRecordRepresentation('staff');
  const [confirming, setConfirming] = useState(false);
  const [loading, setLoading] = useState(false);
  const [password, setPassword] = useState<string>();

  if (!record || !canAccess) return null;

  const reset = async () => {
    setLoading(true);
    try {
      const { temporary_password } = await dataProvider.resetStaffPassword(record.id);
      setConfirming(false);
      setPassword(temporary_password);
    } catch (error) {
      setConfirming(false);
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="resources.staff.reset_password.button" onClick={() => setConfirming(true)}>
        <LockResetIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={loading}
        title="resources.staff.reset_password.confirm_title"
        content="resources.staff.reset_password.confirm_content"
        translateOptions={{ name: String(representation(record)) }}
        confirmColor="warning"
        onConfirm={reset}
        onClose={() => setConfirming(false)}
      />
      <TemporaryPasswordDialog
        password={password}
        onClose={() => {
          setPassword(undefined);
          refresh();
        }}
      />
    </>
  );
};
