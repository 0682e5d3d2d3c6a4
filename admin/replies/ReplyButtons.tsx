import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Button, Link } from 'react-admin';
import { saveBlob } from '../common/CsvExportButton';
import { useAction } from '../common/useAction';
import type { ReplyRecord } from './replyFields';
import { replyPrintPath } from './paths';

/** An audited generation of the PDF on the server, saved from a Blob (no session in a URL). */
export const ReplyPdfButton = ({ reply }: { reply: ReplyRecord }) => {
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.downloadReplyPdf(reply.id),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });
  return (
    <Button label="resources.replies.actions.pdf" onClick={() => run()} disabled={isPending}>
      <DownloadIcon />
    </Button>
  );
};

/** Opens the print-ready view of the same content. */
export const ReplyPrintButton = ({ reply }: { reply: ReplyRecord }) => {
  return (
    <Button component={Link} to={replyPrintPath(reply.id)} label="resources.replies.actions.print">
      <PrintIcon />
    </Button>
  );
};
