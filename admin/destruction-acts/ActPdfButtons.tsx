import DownloadIcon from '@mui/icons-material/Download';
import { Button, useRecordContext } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { DestructionActDetail } from '../types';

/**
 * The act and its log extract as PDFs, each generated and audited on the server, saved from a Blob (no session in a
 * URL). None once the act has expired: the server would answer 409, there is nothing left to print.
 */
export const ActPdfButtons = () => {
  const act = useRecordContext<DestructionActDetail>();
  const { canAccess: canPrint } = useCan('destruction-acts.print');
  if (!act || act.content === null || !canPrint) return null;
  return (
    <>
      <ActPdfButton act={act} document="act" label="resources.destruction-acts.actions.act_pdf" />
      <ActPdfButton act={act} document="extract" label="resources.destruction-acts.actions.extract_pdf" />
    </>
  );
};

const ActPdfButton = ({
  act,
  document,
  label,
}: {
  act: DestructionActDetail;
  document: 'act' | 'extract';
  label: string;
}) => {
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.downloadDestructionActPdf(act.id, document),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
    successMessage: ({ filename }) => ({
      message: 'resources.destruction-acts.actions.saved',
      type: 'info',
      messageArgs: { filename },
    }),
  });
  return (
    <Button label={label} onClick={() => void run()} disabled={isPending}>
      <DownloadIcon />
    </Button>
  );
};
