import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button } from 'react-admin';
import { ReasonDialog } from './ReasonDialog';
import { useAction } from './useAction';

/**
 * Downloads an audited CSV export once a reason is typed: every export names why it is made (issue 13 §2), and the
 * server logs it with that reason and the row count. Fetched with the session cookie and saved from a Blob, so no
 * session or personal data ends up in a URL the browser keeps. `texts` is the i18n prefix of the dialog's title,
 * text, reason label and confirm button.
 */
export const CsvExportButton = ({
  path,
  texts,
  label = 'pd.csv.export',
}: {
  path: string;
  texts: string;
  label?: string;
}) => {
  const [asking, setAsking] = useState(false);
  const { run, isPending } = useAction({
    action: (dataProvider, reason: string) => dataProvider.downloadCsv(withReason(path, reason)),
    onSuccess: ({ blob, filename }) => {
      setAsking(false);
      saveBlob(blob, filename);
    },
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });

  return (
    <>
      <Button label={label} onClick={() => setAsking(true)}>
        <DownloadIcon />
      </Button>
      <ReasonDialog
        open={asking}
        title={`${texts}.title`}
        text={`${texts}.text`}
        reasonLabel={`${texts}.reason`}
        confirmLabel={`${texts}.confirm`}
        loading={isPending}
        onConfirm={run}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/** The export's address with the typed reason as one more query parameter. */
const withReason = (path: string, reason: string) =>
  `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams({ reason }).toString()}`;

/** Saves a file the API answered (a CSV export, a letter's attachment) under its name, through a link of the page. */
export const saveBlob = (blob: Blob, filename: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
