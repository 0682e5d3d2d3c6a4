import DrawIcon from '@mui/icons-material/Draw';
import { Button, useRedirect } from 'react-admin';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';

/** «Подписать сейчас»: compliance signs the chain's head at once (audited), then sees the new checkpoint. */
export const SignNowButton = () => {
  const { canAccess } = useCan('checkpoints.create');
  const redirect = useRedirect();
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.signCheckpoint(),
    invalidate: ['checkpoints', 'audit-log'],
    onSuccess: (checkpoint) => redirect('show', 'checkpoints', checkpoint.id),
    successMessage: (checkpoint) => ({
      message: 'resources.checkpoints.notifications.signed',
      messageArgs: { id: checkpoint.id },
    }),
  });
  if (!canAccess) return null;
  return (
    <Button label="resources.checkpoints.actions.sign_now" onClick={() => run()} disabled={isPending}>
      <DrawIcon />
    </Button>
  );
};
