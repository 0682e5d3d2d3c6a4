import { useId } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { CheckboxGroupInput, Form, TextInput, maxLength, required, useTranslate } from 'react-admin';
import type { DisclosureCategory } from '../types';
import { CATEGORY_CHOICES, type DisclosureDetail } from './choices';
import { useDisclosureAction } from './useDisclosureAction';

/**
 * The compliance officer's approval: the categories that may be given, among those asked for (all of them ticked to
 * start with), and an optional comment. The server decides whether the basis allows medical information; its answer
 * stands beside the categories.
 */
export const ApproveDialog = ({
  disclosure,
  open,
  onClose,
}: {
  disclosure: DisclosureDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const titleId = useId();
  const { run, isPending } = useDisclosureAction<{ categories: DisclosureCategory[]; comment: string | null }>(
    disclosure,
    {
      action: (dataProvider, body) =>
        dataProvider.moveDisclosure(disclosure.id, 'approve', { ...body, version: disclosure.version }),
      successMessage: 'resources.disclosures.notifications.approved',
      onSuccess: onClose,
      showsFieldErrors: true,
    },
  );
  const requested = CATEGORY_CHOICES.filter((c) =>
    (disclosure.categories_requested as readonly string[]).includes(c.id),
  );
  // react-admin's Form puts what onSubmit returns beside the fields: the server's field errors.
  const submit = async (values: Record<string, unknown>) => {
    const comment = String(values.comment ?? '').trim();
    const outcome = await run({
      categories: (values.categories as DisclosureCategory[] | undefined) ?? [],
      comment: comment === '' ? null : comment,
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <Dialog open={open} onClose={isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Form onSubmit={submit} record={{ categories: [...disclosure.categories_requested], comment: '' }} noValidate>
        <DialogTitle id={titleId}>{translate('resources.disclosures.approve.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.disclosures.approve.text')}</DialogContentText>
          <CheckboxGroupInput
            source="categories"
            label="resources.disclosures.approve.categories"
            choices={requested}
            validate={required()}
            row={false}
          />
          <TextInput
            source="comment"
            label="resources.disclosures.approve.comment"
            validate={maxLength(2000)}
            multiline
            minRows={2}
            autoComplete="off"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isPending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={isPending}>
            {translate('resources.disclosures.approve.submit')}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
