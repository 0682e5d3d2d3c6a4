import { useState } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, Confirm, useDelete, useNotify, useRecordContext, useRedirect, useResourceContext } from 'react-admin';
import { useCan } from '../providers/useCan';
import type { DocumentResource, PolicyDocument } from '../types';

/**
 * Only a draft can be deleted, by those who may edit drafts. (react-admin's DeleteButton
 * asks for a "delete" permission the server does not have: deleting is part of editing.)
 */
export const DeleteDraftButton = () => {
  const record = useRecordContext<PolicyDocument>();
  const resource = useResourceContext() as DocumentResource;
  const { canAccess } = useCan(`${resource}.edit`, record);
  const [deleteOne, { isPending }] = useDelete();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || record.status !== 'draft') return null;

  const remove = () =>
    deleteOne(
      resource,
      { id: record.id, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(`resources.${resource}.notifications.deleted`, { type: 'info' });
          redirect('list', resource);
        },
        onError: (error) => {
          setOpen(false);
          notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
        },
      },
    );

  return (
    <>
      <Button label="pd.documents.delete_draft.button" color="error" onClick={() => setOpen(true)}>
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="pd.documents.delete_draft.title"
        content="pd.documents.delete_draft.content"
        translateOptions={{ version: record.version }}
        confirmColor="warning"
        onConfirm={remove}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
