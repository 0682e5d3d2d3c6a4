import DownloadIcon from '@mui/icons-material/Download';
import { Button } from 'react-admin';
import { useAction } from './useAction';

/**
 * Downloads an audited CSV export (the server logs each one). Fetched with the session
 * cookie and saved from a Blob, so no session or personal data ends up in a URL.
 */
export const CsvExportButton = ({ path, label = 'pd.csv.export' }: { path: string; label?: string }) => {
  const { run: download, isPending } = useAction({
    action: (dataProvider) => dataProvider.downloadCsv(path),
    onSuccess: ({ blob, filename }) => saveBlob(blob, filename),
    successMessage: ({ filename }) => ({ message: 'pd.csv.saved', type: 'info', messageArgs: { filename } }),
  });

  return (
    <Button label={label} onClick={() => download()} disabled={isPending}>
      <DownloadIcon />
    </Button>
  );
};

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
