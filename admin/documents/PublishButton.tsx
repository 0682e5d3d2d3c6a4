import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
} from 'react-admin';
import { formatDate } from '../common/format';
import type { PdDataProvider } from '../providers/dataProvider';
import type { DocumentResource, PolicyDocument } from '../types';

/** Publishing is final: the server makes a published version immutable. */
export const PublishButton = () => {
  const record = useRecordContext<PolicyDocument>();
  const resource = useResourceContext() as DocumentResource;
  const { canAccess } = useCanAccess({ resource, action: 'publish', record });
  const dataProvider = useDataProvider<PdDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record || !canAccess || record.status !== 'draft') return null;

  const publish = async () => {
    setLoading(true);
    try {
      await dataProvider.publishDocument(resource, record.id);
      notify(`resources.${resource}.notifications.published`, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setOpen(false);
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="pd.documents.publish.button" variant="contained" onClick={() => setOpen(true)}>
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
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
