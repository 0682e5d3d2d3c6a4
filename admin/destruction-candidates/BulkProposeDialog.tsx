import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { useAction } from '../common/useAction';
import { defaultProposal, proposalErrors, toProposal, type ProposalValues } from '../destructions/plan';
import { ProposalInputs } from '../destructions/ProposalInputs';
import { PROPOSAL_TOUCHES } from '../destructions/touches';
import type { BulkProposalBody } from '../providers/dataProvider';
import type { BulkProposalResult } from '../types';

/**
 * One plan for many subjects whose purpose is achieved (152-FZ art. 21 p.4): the server makes a proposal for each,
 * which is then approved, executed and recorded in an act on its own. A subject that cannot take one (an open
 * proposal meanwhile, already destroyed) is skipped and counted.
 */
export const BulkProposeDialog = ({
  subjectIds,
  onClose,
  onDone,
}: {
  subjectIds: number[];
  onClose: () => void;
  /** After the proposals are made: the caller clears its selection. */
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const [record] = useState(() => defaultProposal('purpose_achieved'));
  const { run, isPending } = useAction<BulkProposalResult, BulkProposalBody>({
    action: (dataProvider, body) => dataProvider.proposeDestructions(body),
    invalidate: PROPOSAL_TOUCHES,
    onSuccess: () => {
      onDone();
      onClose();
    },
    successMessage: ({ created, skipped }) => ({
      message: 'resources.destruction-candidates.notifications.proposed',
      type: skipped.length > 0 ? 'warning' : 'success',
      messageArgs: {
        created: translate('resources.destruction-candidates.notifications.created', { smart_count: created.length }),
        skipped: translate('resources.destruction-candidates.notifications.skipped', { smart_count: skipped.length }),
      },
    }),
    showsFieldErrors: true,
  });
  const submit = async (values: Record<string, unknown>) => {
    const errors = proposalErrors(values as ProposalValues);
    if (errors) return errors;
    const outcome = await run({ subject_ids: subjectIds, ...toProposal(values as ProposalValues) });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      pending={isPending}
      title="resources.destruction-candidates.bulk.title"
      titleArgs={{ smart_count: subjectIds.length }}
      text="resources.destruction-candidates.bulk.text"
      submitLabel="resources.destruction-candidates.bulk.submit"
      record={record as Record<string, unknown>}
      onSubmit={submit}
      maxWidth="md"
    >
      <ProposalInputs />
    </FormDialog>
  );
};
