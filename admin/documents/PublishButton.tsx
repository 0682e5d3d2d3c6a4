import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import { Button, Confirm, useRecordContext, useResourceContext, type Identifier } from 'react-admin';
import { formatDate } from '../common/format';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { DocumentResource, PolicyDocument } from '../types';

/** Publishing is final: the server makes a published version immutable. */
export const PublishButton = () => {
  const record = useRecordContext<PolicyDocument>();
  const resource = useResourceContext() as DocumentResource;
  const { canAccess } = useCan(`${resource}.publish`, record);
  const [open, setOpen] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, id: Identifier) => dataProvider.publishDocument(resource, id),
    successMessage: `resources.${resource}.notifications.published`,
    // The version itself and the others of the list (which one is current).
    invalidate: [resource],
  });
  if (!record || !canAccess || record.status !== 'draft') return null;

  const publish = async () => {
    await run(record.id);
    setOpen(false);
  };

  return (
    <>
      <Button label="pd.documents.publish.button" variant="contained" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="pd.documents.publish.title"
        content="pd.documents.publish.content"
        translateOptions={{ version: record.version, date: formatDate(record.effective_from) }}
        confirm="pd.documents.publish.button"
        confirmColor="warning"
        onConfirm={publish}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
