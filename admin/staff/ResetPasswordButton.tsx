import { useState } from 'react';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Button, Confirm, useGetRecordRepresentation, useRecordContext, type Identifier } from 'react-admin';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { Staff } from '../types';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

/** Issues a new temporary password; the staff member must change it at the next sign-in. */
export const ResetPasswordButton = () => {
  const record = useRecordContext<Staff>();
  const { canAccess } = useCan('staff.edit', record);
  const representation = useGetRecordRepresentation('staff');
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState<string>();
  const { run, isPending } = useAction({
    action: (dataProvider, id: Identifier) => dataProvider.resetStaffPassword(id),
    // The account now must change its password.
    invalidate: [{ resource: 'staff', id: record?.id }],
    onSuccess: ({ temporary_password }) => {
      setConfirming(false);
      setPassword(temporary_password);
    },
  });

  if (!record || !canAccess) return null;

  const reset = async () => {
    // Closed also on a failure, whose message is notified.
    await run(record.id);
    setConfirming(false);
  };

  return (
    <>
      <Button label="resources.staff.reset_password.button" onClick={() => setConfirming(true)}>
        <LockResetIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="resources.staff.reset_password.confirm_title"
        content="resources.staff.reset_password.confirm_content"
        translateOptions={{ name: String(representation(record)) }}
        confirmColor="warning"
        onConfirm={reset}
        onClose={() => setConfirming(false)}
      />
      <TemporaryPasswordDialog password={password} onClose={() => setPassword(undefined)} />
    </>
  );
};
