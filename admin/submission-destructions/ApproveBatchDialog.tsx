import { Typography } from '@mui/material';
import { TextInput, maxLength, useTranslate } from 'react-admin';
import { AcknowledgeInput } from '../common/AcknowledgeInput';
import { FormDialog } from '../common/FormDialog';
import { IrreversibleWarning } from '../common/IrreversibleWarning';
import type { SubmissionDestructionDetail } from '../types';
import { useDecideSubmissionDestruction } from './useDecideSubmissionDestruction';

const A = 'resources.submission-destructions.approve';

/**
 * The compliance officer's approval of a batch, which destroys at once: said plainly that it cannot be undone and how
 * many submissions go, an optional comment, and a tick that the officer understands. One act covers the batch.
 */
export const ApproveBatchDialog = ({ batch, onClose }: { batch: SubmissionDestructionDetail; onClose: () => void }) => {
  const translate = useTranslate();
  const { run, isPending } = useDecideSubmissionDestruction(batch, 'approve', {
    successMessage: (data) => ({
      message: 'resources.submission-destructions.notifications.approved',
      messageArgs: { number: data.act_number ?? '' },
    }),
    onSuccess: onClose,
    showsFieldErrors: true,
  });
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run(String(values.comment ?? '').trim());
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      pending={isPending}
      title={`${A}.title`}
      titleArgs={{ id: batch.id }}
      submitLabel={`${A}.submit`}
      irreversible
      record={{ comment: '', understood: false }}
      onSubmit={submit}
    >
      <IrreversibleWarning title={`${A}.warning_title`} text={`${A}.warning`} />
      <Typography variant="subtitle2" component="p" sx={{ mb: 1 }}>
        {translate(`${A}.will_go`, { smart_count: batch.submissions_count })}
      </Typography>
      <TextInput
        source="comment"
        label={`${A}.comment`}
        validate={maxLength(2000)}
        multiline
        minRows={2}
        autoComplete="off"
        fullWidth
      />
      <AcknowledgeInput label={`${A}.confirm`} requiredMessage={`${A}.confirm_required`} />
    </FormDialog>
  );
};
