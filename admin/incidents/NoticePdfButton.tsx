import DownloadIcon from '@mui/icons-material/Download';
import { useQueryClient } from '@tanstack/react-query';
import { Button, type Identifier } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { useAction } from '../common/useAction';
import type { IncidentNoticeKind } from '../types';

/**
 * «Скачать PDF»: an audited printing of the notice on the server (its text sealed and its SHA-256 kept, listed on the
 * card), saved from a Blob (no session in a URL).
 */
export const NoticePdfButton = ({ incidentId, kind }: { incidentId: Identifier; kind: IncidentNoticeKind }) => {
  const queryClient = useQueryClient();
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.downloadIncidentNoticePdf(incidentId, kind),
    onSuccess: ({ blob, filename }) => {
      saveBlob(blob, filename);
      // The card's list of printed notices has one more.
      void queryClient.invalidateQueries({ queryKey: ['incidents', 'getOne', { id: String(incidentId) }] });
    },
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });
  return (
    <Button label="resources.incidents.actions.pdf" onClick={() => run()} disabled={isPending} variant="contained">
      <DownloadIcon />
    </Button>
  );
};
