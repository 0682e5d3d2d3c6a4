import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, useRecordContext } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useMayDecide } from '../destructions/fourEyes';
import type { SubmissionDestructionDetail } from '../types';
import { ApproveBatchDialog } from './ApproveBatchDialog';
import { useDecideSubmissionDestruction } from './useDecideSubmissionDestruction';

const R = 'resources.submission-destructions';

/** The compliance officer's two decisions; operators and the proposer see neither (the server refuses them anyway). */
export const SubmissionDestructionActions = () => {
  const batch = useRecordContext<SubmissionDestructionDetail>();
  const mayDecide = useMayDecide(batch, 'submission-destructions.decide');
  if (!batch || !mayDecide) return null;
  return (
    <>
      <ApproveButton batch={batch} />
      <RejectButton batch={batch} />
    </>
  );
};

const ApproveButton = ({ batch }: { batch: SubmissionDestructionDetail }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={`${R}.actions.approve`} onClick={() => setOpen(true)} color="error">
        <DeleteForeverIcon />
      </Button>
      {open && <ApproveBatchDialog batch={batch} onClose={() => setOpen(false)} />}
    </>
  );
};

const RejectButton = ({ batch }: { batch: SubmissionDestructionDetail }) => {
  const [open, setOpen] = useState(false);
  const { run, isPending } = useDecideSubmissionDestruction(batch, 'reject', {
    successMessage: { message: `${R}.notifications.rejected`, type: 'info' },
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <Button label={`${R}.actions.reject`} onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        title={`${R}.reject.title`}
        text={`${R}.reject.text`}
        reasonLabel={`${R}.reject.reason`}
        confirmLabel={`${R}.reject.submit`}
        loading={isPending}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
