import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

const MARK = '\u0000';

/**
 * Shows a one-time password until the administrator closes it (no backdrop or Escape
 * dismissal): the server will never show it again.
 */
export const TemporaryPasswordDialog = ({ password, onClose }: { password?: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  // Split the translated sentence around the password so it can be set in monospace.
  const [before, after = ''] = translate('resources.staff.temporary_password.message', { password: MARK }).split(MARK);

  const copy = async () => {
    if (!password) return;
    try {
      await navigator.clipboard.writeText(password);
      notify('resources.staff.temporary_password.copied', { type: 'info' });
    } catch {
      // No clipboard access (insecure context): the password stays selectable on screen.
    }
  };

  return (
    <Dialog open={Boolean(password)} aria-labelledby="temporary-password-title" maxWidth="sm" fullWidth>
      <DialogTitle id="temporary-password-title">{translate('resources.staff.temporary_password.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {before}
          <Box
            component="code"
            data-testid="temporary-password"
            sx={{
              fontFamily: 'monospace',
              fontSize: '1.15em',
              fontWeight: 600,
              userSelect: 'all',
              px: 0.5,
              bgcolor: 'action.hover',
            }}
          >
            {password}
          </Box>
          {after}
        </DialogContentText>
        <Alert severity="warning">{translate('resources.staff.temporary_password.warning')}</Alert>
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('resources.staff.temporary_password.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
