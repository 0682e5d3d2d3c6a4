import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useListContext } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';

/**
 * The register as CSV with the filters on screen. The register names no person, but which acts exist is itself
 * telling: the server logs each export with the reason typed here (CsvExportButton asks none, hence this button).
 */
export const ExportActsButton = () => {
  const { filterValues } = useListContext();
  const [asking, setAsking] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, reason: string) => dataProvider.downloadCsv(exportPath(filterValues, reason)),
    onSuccess: ({ blob, filename }) => {
      setAsking(false);
      saveBlob(blob, filename);
    },
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });

  return (
    <>
      <Button label="resources.destruction-acts.export.button" onClick={() => setAsking(true)}>
        <DownloadIcon />
      </Button>
      <ReasonDialog
        open={asking}
        title="resources.destruction-acts.export.title"
        text="resources.destruction-acts.export.text"
        reasonLabel="resources.destruction-acts.export.reason"
        confirmLabel="resources.destruction-acts.export.confirm"
        loading={isPending}
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/** GET /api/destruction-acts/export.csv?filter=<the list's filter as JSON>&reason=<typed reason>. */
export const exportPath = (filter: Record<string, unknown>, reason: string) =>
  `/destruction-acts/export.csv?${new URLSearchParams({ filter: JSON.stringify(filter), reason }).toString()}`;
