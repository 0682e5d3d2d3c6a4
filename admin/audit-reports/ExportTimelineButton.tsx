import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';

/**
 * The subject's whole timeline as CSV (every entry, even beyond what the screen shows). Every export names why it is
 * made (issue 13 §2), and the server logs it with that reason and the row count.
 */
export const ExportTimelineButton = ({ subjectId }: { subjectId: number }) => {
  const [asking, setAsking] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, reason: string) => dataProvider.downloadCsv(timelineExportPath(subjectId, reason)),
    onSuccess: ({ blob, filename }) => {
      setAsking(false);
      saveBlob(blob, filename);
    },
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });

  return (
    <>
      <Button label="pd.audit_reports.timeline.export.button" onClick={() => setAsking(true)}>
        <DownloadIcon />
      </Button>
      <ReasonDialog
        open={asking}
        title="pd.audit_reports.timeline.export.title"
        text="pd.audit_reports.timeline.export.text"
        reasonLabel="pd.audit_reports.timeline.export.reason"
        confirmLabel="pd.audit_reports.timeline.export.confirm"
        loading={isPending}
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/** GET /api/audit-log/reports/subject-timeline/export.csv?subject_id=N&reason=<typed reason>. */
const timelineExportPath = (subjectId: number, reason: string) =>
  `/audit-log/reports/subject-timeline/export.csv?${new URLSearchParams({ subject_id: String(subjectId), reason }).toString()}`;
