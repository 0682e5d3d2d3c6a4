import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, useRecordContext } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import type { Destruction } from '../types';
import { ApproveDestructionDialog } from './ApproveDestructionDialog';
import { useMayDecide } from './fourEyes';
import { useDecideDestruction } from './useDecideDestruction';

/** The compliance officer's two decisions; operators and the proposer see neither (the server refuses them anyway). */
export const DestructionActions = () => {
  const destruction = useRecordContext<Destruction>();
  const mayDecide = useMayDecide(destruction);
  if (!destruction || !mayDecide) return null;
  return (
    <>
      <ApproveButton destruction={destruction} />
      <RejectButton destruction={destruction} />
    </>
  );
};

const ApproveButton = ({ destruction }: { destruction: Destruction }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="resources.destructions.actions.approve" onClick={() => setOpen(true)} color="error">
        <DeleteForeverIcon />
      </Button>
      {open && <ApproveDestructionDialog destruction={destruction} onClose={() => setOpen(false)} />}
    </>
  );
};

const RejectButton = ({ destruction }: { destruction: Destruction }) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useDecideDestruction(destruction, 'reject', {
    successMessage: { message: 'resources.destructions.notifications.rejected', type: 'info' },
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label="resources.destructions.actions.reject" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.destructions.reject.title"
        text="resources.destructions.reject.text"
        reasonLabel="resources.destructions.reject.reason"
        confirmLabel="resources.destructions.reject.submit"
        loading={isPending}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
