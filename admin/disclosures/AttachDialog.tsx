import { useId } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Form, required, useTranslate } from 'react-admin';
import { FileUploadInput } from '../common/FileUploadInput';
import { useAction } from '../common/useAction';
import type { PickedFile } from '../providers/dataProvider';
import type { DisclosureDetail } from './choices';

/** Files added to a registered request (the copy of the answer, a covering letter): each sealed under its key. */
export const AttachDialog = ({ disclosure, onClose }: { disclosure: DisclosureDetail; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  const queryClient = useQueryClient();
  const { run, isPending } = useAction({
    action: (dataProvider, files: PickedFile[]) => dataProvider.attachDisclosureFiles(disclosure.id, files),
    successMessage: 'resources.disclosures.notifications.attached',
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['disclosures', 'attachments', String(disclosure.id)] });
      onClose();
    },
  });
  const submit = async (values: Record<string, unknown>) => {
    await run((values.attachments as PickedFile[] | undefined) ?? []);
  };
  return (
    <Dialog open onClose={isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Form onSubmit={submit} record={{ attachments: [] }} noValidate>
        <DialogTitle id={titleId}>{translate('resources.disclosures.attach.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.disclosures.attach.text')}</DialogContentText>
          <FileUploadInput
            source="attachments"
            label="resources.disclosures.attach.files"
            multiple
            validate={required()}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={isPending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={isPending}>
            {translate('resources.disclosures.attach.submit')}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
