import { useState } from 'react';
import { Alert, Typography } from '@mui/material';
import { useCreatePath, useNavigate, useTranslate, type Identifier } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { useAction } from '../common/useAction';
import type { Destruction, DestructionReason } from '../types';
import { defaultProposal, proposalErrors, toProposal, type Proposal, type ProposalValues } from './plan';
import { ProposalInputs } from './ProposalInputs';
import { PROPOSAL_TOUCHES } from './touches';
import { useDestructionPreview } from './useDestructionPreview';

type ProposeBody = Proposal & { subject_id: number; letter_id: number | null };

export interface ProposeDestructionDialogProps {
  subjectId: Identifier;
  /** The letter the proposal answers (a withdrawal, a demand to destroy): named in the proposal and the act. */
  letter?: { id: Identifier; reg_number: string };
  reason?: DestructionReason;
  onClose: () => void;
}

/**
 * One subject's proposal: what is held on them, category by category, before it is sent; destroy everything unless a
 * law obliges the clinic to keep something. Sending blocks the subject; the new proposal's page opens.
 */
export const ProposeDestructionDialog = ({ subjectId, letter, reason, onClose }: ProposeDestructionDialogProps) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  // Made once: a new starting record on each render would reset what was typed.
  const [record] = useState(() => defaultProposal(reason ?? null));
  const preview = useDestructionPreview(subjectId);
  const { run, isPending } = useAction<Destruction, ProposeBody>({
    action: (dataProvider, body) =>
      dataProvider.create<Destruction>('destructions', { data: body }).then(({ data }) => data),
    successMessage: 'resources.destructions.notifications.proposed',
    invalidate: PROPOSAL_TOUCHES,
    onSuccess: (destruction) => navigate(createPath({ resource: 'destructions', id: destruction.id, type: 'show' })),
    showsFieldErrors: true,
  });
  // react-admin's Form puts what onSubmit returns beside the fields: our own check first, then the server's.
  const submit = async (values: Record<string, unknown>) => {
    const errors = proposalErrors(values as ProposalValues);
    if (errors) return errors;
    const outcome = await run({
      subject_id: Number(subjectId),
      letter_id: letter ? Number(letter.id) : null,
      ...toProposal(values as ProposalValues),
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      pending={isPending}
      title="resources.destructions.propose.title"
      text="resources.destructions.propose.text"
      submitLabel="resources.destructions.propose.submit"
      record={record as Record<string, unknown>}
      onSubmit={submit}
      maxWidth="md"
    >
      {letter && (
        <Typography variant="body2" sx={{ mb: 1, fontWeight: 500 }}>
          {translate('resources.destructions.propose.letter', { number: letter.reg_number })}
        </Typography>
      )}
      {preview.isError && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('resources.destructions.propose.preview_failed')}
        </Alert>
      )}
      <ProposalInputs preview={preview.data} />
    </FormDialog>
  );
};
