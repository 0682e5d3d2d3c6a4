import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useDataProvider, useNotify } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';

/**
 * Downloads an audited CSV export (the server logs each one). Fetched with the session
 * cookie and saved from a Blob, so no session or personal data ends up in a URL.
 */
export const CsvExportButton = ({ path, label = 'pd.csv.export' }: { path: string; label?: string }) => {
  const dataProvider = useDataProvider<PdDataProvider>();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);

  const download = async () => {
    setLoading(true);
    try {
      const { blob, filename } = await dataProvider.downloadCsv(path);
      saveBlob(blob, filename);
      notify('pd.csv.saved', { type: 'info', messageArgs: { filename } });
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Button label={label} onClick={download} disabled={loading}>
      <DownloadIcon />
    </Button>
  );
};

const saveBlob = (blob: Blob, filename: string) => {
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
