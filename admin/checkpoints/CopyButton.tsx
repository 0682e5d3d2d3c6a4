import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button, useNotify } from 'react-admin';

/** Copies text to the clipboard; without clipboard access (plain HTTP on the LAN) the text stays selectable. */
export const CopyButton = ({ text, label }: { text: string; label: string }) => {
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      notify('resources.checkpoints.notifications.copied', { type: 'info' });
    } catch {
      notify('resources.checkpoints.notifications.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Button label={label} onClick={() => void copy()}>
      <ContentCopyIcon />
    </Button>
  );
};
