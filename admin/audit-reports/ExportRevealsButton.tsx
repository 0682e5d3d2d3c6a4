import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useListContext } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';

/**
 * The reveals the filters on screen match, with their reasons, as CSV. The reasons are personal data: every export
 * names why it is made (issue 13 §2), and the server logs it with that reason and the row count.
 */
export const ExportRevealsButton = () => {
  const { filterValues } = useListContext();
  const [asking, setAsking] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, reason: string) => dataProvider.downloadCsv(revealsExportPath(filterValues, reason)),
    onSuccess: ({ blob, filename }) => {
      setAsking(false);
      saveBlob(blob, filename);
    },
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });

  return (
    <>
      <Button label="pd.audit_reports.reveals.export.button" onClick={() => setAsking(true)}>
        <DownloadIcon />
      </Button>
      <ReasonDialog
        open={asking}
        title="pd.audit_reports.reveals.export.title"
        text="pd.audit_reports.reveals.export.text"
        reasonLabel="pd.audit_reports.reveals.export.reason"
        confirmLabel="pd.audit_reports.reveals.export.confirm"
        loading={isPending}
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/** GET /api/audit-log/reports/medical-reveals/export.csv?filter=<the list's filter as JSON>&reason=<typed reason>. */
export const revealsExportPath = (filter: Record<string, unknown>, reason: string) =>
  `/audit-log/reports/medical-reveals/export.csv?${new URLSearchParams({ filter: JSON.stringify(filter), reason }).toString()}`;
