import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Typography } from '@mui/material';
import {
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
  useCreatePath,
  useNavigate,
  useNotify,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { useAction } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import { REASON_CHOICES } from '../submission-destructions/choices';
import { BATCH_PROPOSAL_TOUCHES } from '../submission-destructions/touches';
import { MIN_REASON_LENGTH, type SubmissionDestructionDetail, type SubmissionDestructionReason } from '../types';

const B = 'resources.destruction-candidates.submissions_bulk';

interface BatchBody {
  submission_ids: number[];
  reason: SubmissionDestructionReason;
  reason_text: string;
}

/**
 * The selected rejected submissions as one batch for the compliance officer: a rejection ends the purpose (152-FZ
 * art. 21 p.4), so the reason and its words start filled in; the batch's page opens once it is sent. A submission
 * that can no longer go (linked, destroyed or in another batch meanwhile) refuses the whole batch: the list is read
 * again and the numbers named, so that the operator proposes the others.
 */
export const ProposeSubmissionsDialog = ({
  submissionIds,
  onClose,
  onDone,
}: {
  submissionIds: number[];
  onClose: () => void;
  /** After the batch is made: the caller drops its rows from the selection. */
  onDone: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  // Made once: a new starting record on each render would reset what was typed.
  const [record] = useState(() => ({ reason: 'purpose_achieved', reason_text: translate(`${B}.reason_text_default`) }));
  const { run, isPending } = useAction<SubmissionDestructionDetail, BatchBody>({
    action: (dataProvider, body) =>
      dataProvider
        .create<SubmissionDestructionDetail>('submission-destructions', { data: body })
        .then(({ data }) => data),
    successMessage: 'resources.submission-destructions.notifications.proposed',
    invalidate: BATCH_PROPOSAL_TOUCHES,
    onSuccess: (batch) => {
      onDone();
      navigate(createPath({ resource: 'submission-destructions', id: batch.id, type: 'show' }));
    },
    onError: (error) => {
      const body = errorBody(error);
      if (body?.code !== 'submission_not_destroyable') return false;
      const ids = Array.isArray(body.submission_ids) ? body.submission_ids.join(', ') : '';
      void queryClient.invalidateQueries({ queryKey: ['destruction-candidates'] });
      notify(`${B}.not_destroyable`, { type: 'error', messageArgs: { ids } });
      return true;
    },
    showsFieldErrors: true,
  });
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run({
      submission_ids: submissionIds,
      reason: values.reason as SubmissionDestructionReason,
      reason_text: String(values.reason_text ?? '').trim(),
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      pending={isPending}
      title={`${B}.title`}
      text={`${B}.text`}
      submitLabel={`${B}.submit`}
      record={record}
      onSubmit={submit}
    >
      <Typography variant="subtitle2" component="p" sx={{ mb: 2 }}>
        {translate(`${B}.count`, { smart_count: submissionIds.length })}
      </Typography>
      <SelectInput
        source="reason"
        label={`${B}.reason`}
        choices={REASON_CHOICES}
        validate={required()}
        emptyText=""
        fullWidth
      />
      <TextInput
        source="reason_text"
        label={`${B}.reason_text`}
        helperText={`${B}.reason_text_helper`}
        validate={[required(), minLength(MIN_REASON_LENGTH), maxLength(2000)]}
        multiline
        minRows={2}
        autoComplete="off"
        fullWidth
      />
    </FormDialog>
  );
};
