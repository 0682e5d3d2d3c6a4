import { Box, Typography } from '@mui/material';
import { TextInput, maxLength, useTranslate } from 'react-admin';
import { AcknowledgeInput } from '../common/AcknowledgeInput';
import { FormDialog } from '../common/FormDialog';
import { IrreversibleWarning } from '../common/IrreversibleWarning';
import { formatDate } from '../common/format';
import type { Destruction, DestructionPreview } from '../types';
import { useDecideDestruction } from './useDecideDestruction';
import { useDestructionPreview } from './useDestructionPreview';

/**
 * The compliance officer's approval, which destroys at once: said plainly that it cannot be undone, with what goes
 * (and how much of it, read now) and what stays blocked, an optional comment, and a tick that the officer understands.
 */
export const ApproveDestructionDialog = ({
  destruction,
  onClose,
}: {
  destruction: Destruction;
  onClose: () => void;
}) => {
  const preview = useDestructionPreview(destruction.subject_id);
  const { run, isPending } = useDecideDestruction(destruction, 'approve', {
    successMessage: (data) => ({
      message: 'resources.destructions.notifications.approved',
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
      title="resources.destructions.approve.title"
      titleArgs={{ id: destruction.id }}
      submitLabel="resources.destructions.approve.submit"
      irreversible
      record={{ comment: '', understood: false }}
      onSubmit={submit}
    >
      <IrreversibleWarning
        title="resources.destructions.approve.warning_title"
        text="resources.destructions.approve.warning"
      />
      <WhatGoes destruction={destruction} preview={preview.data} />
      <TextInput
        source="comment"
        label="resources.destructions.approve.comment"
        validate={maxLength(2000)}
        multiline
        minRows={2}
        autoComplete="off"
        fullWidth
      />
      <AcknowledgeInput
        label="resources.destructions.approve.confirm"
        requiredMessage="resources.destructions.approve.confirm_required"
      />
    </FormDialog>
  );
};

/** The plan as two lists: destroyed categories with their counts (when the preview could be read), retained ones. */
const WhatGoes = ({ destruction, preview }: { destruction: Destruction; preview?: DestructionPreview }) => {
  const translate = useTranslate();
  const destroyed = destruction.plan.filter((item) => item.action === 'destroy');
  const retained = destruction.plan.filter((item) => item.action === 'retain');
  const category = (name: string) => translate(`resources.destructions.category.${name}`);
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {translate('resources.destructions.approve.will_go')}
      </Typography>
      <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 2.5 }}>
        {destroyed.map((item) => (
          <Typography component="li" variant="body2" key={item.category}>
            {preview
              ? translate('resources.destructions.approve.count', {
                  category: category(item.category),
                  count: preview[item.category],
                })
              : category(item.category)}
          </Typography>
        ))}
      </Box>
      {!preview && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.destructions.approve.counts_unavailable')}
        </Typography>
      )}
      {retained.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3">
            {translate('resources.destructions.approve.will_stay')}
          </Typography>
          <Box component="ul" sx={{ mt: 0.5, mb: 1, pl: 2.5 }}>
            {retained.map((item) => (
              <Typography component="li" variant="body2" key={item.category} sx={{ overflowWrap: 'anywhere' }}>
                {translate('resources.destructions.approve.retained_line', {
                  category: category(item.category),
                  basis: item.legal_basis ?? '',
                  until: formatDate(item.retain_until),
                })}
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
};
