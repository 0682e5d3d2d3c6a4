import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import {
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import type { Subject } from '../types';

/**
 * The medical information is never part of the subject record. It is read through an
 * audited POST with a reason, and kept only in this page's state (not in react-query's
 * cache): it is gone as soon as the user leaves the subject's page.
 */
export const RevealMedicalInfo = () => {
  const record = useRecordContext<Subject>();
  const { revealed } = useRevealedMedicalInfo();
  const { canAccess } = useCanAccess({ resource: 'subjects', action: 'reveal_medical', record });
  const translate = useTranslate();
  if (!record) return null;
  const text = revealed?.subjectId === record.id ? revealed.text : undefined;
  return (
    <Box sx={{ gridColumn: '1 / -1' }}>
      {text !== undefined ? (
        <RevealedText text={text} />
      ) : record.has_medical_info && canAccess ? (
        <RevealButton subjectId={record.id} />
      ) : (
        !record.has_medical_info && (
          <Alert severity="info" variant="outlined">
            {translate('resources.subjects.medical.empty')}
          </Alert>
        )
      )}
    </Box>
  );
};

/** The server refuses shorter reasons. */
const MIN_REASON_LENGTH = 3;

interface Revealed {
  subjectId: Identifier;
  text: string | null;
}

const RevealedContext = createContext<{
  revealed: Revealed | null;
  setRevealed: (revealed: Revealed | null) => void;
}>({ revealed: null, setRevealed: () => undefined });

/** Wraps the show page, above its tabs, so the text survives a switch to «История» and back. */
export const RevealedMedicalInfoProvider = ({ children }: { children: ReactNode }) => {
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  return <RevealedContext.Provider value={{ revealed, setRevealed }}>{children}</RevealedContext.Provider>;
};

const useRevealedMedicalInfo = () => useContext(RevealedContext);

const RevealButton = ({ subjectId }: { subjectId: Identifier }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { setRevealed } = useRevealedMedicalInfo();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [loading, setLoading] = useState(false);
  const reasonMissing = reason.trim() === '';
  const reasonTooShort = !reasonMissing && reason.trim().length < MIN_REASON_LENGTH;
  const reasonInvalid = reasonMissing || reasonTooShort;

  const close = () => {
    setOpen(false);
    setReason('');
    setTouched(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (reasonInvalid) return;
    setLoading(true);
    try {
      const { medical_info } = await dataProvider.revealMedicalInfo(subjectId, reason.trim());
      setRevealed({ subjectId, text: medical_info });
      close();
    } catch (error) {
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button variant="outlined" startIcon={<VisibilityIcon />} onClick={() => setOpen(true)}>
        {translate('resources.subjects.medical.reveal')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="reveal-medical-title" fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="reveal-medical-title">{translate('resources.subjects.medical.reveal')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.subjects.medical.dialog_text')}</DialogContentText>
            <TextField
              label={translate('resources.subjects.medical.reason')}
              value={reason}
              onChange={event => setReason(event.target.value)}
              onBlur={() => setTouched(true)}
              error={touched && reasonInvalid}
              helperText={
                touched && reasonMissing
                  ? translate('ra.validation.required')
                  : touched && reasonTooShort
                    ? translate('ra.validation.minLength', { min: MIN_REASON_LENGTH })
                    : ' '
              }
              slotProps={{ htmlInput: { maxLength: 1000 } }}
              required
              autoFocus
              multiline
              minRows={2}
              fullWidth
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={loading}>
              {translate('resources.subjects.medical.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};

const RevealedText = ({ text }: { text: string | null }) => {
  const translate = useTranslate();
  const { setRevealed } = useRevealedMedicalInfo();
  return (
    <Alert
      severity="warning"
      variant="outlined"
      icon={<VisibilityIcon />}
      action={
        <Button color="inherit" size="small" onClick={() => setRevealed(null)}>
          {translate('resources.subjects.medical.hide')}
        </Button>
      }
    >
      <AlertTitle>{translate('resources.subjects.medical.revealed_title')}</AlertTitle>
      <Box component="div" data-testid="medical-info" sx={{ whiteSpace: 'pre-wrap' }}>
        {text || translate('resources.subjects.medical.empty')}
      </Box>
    </Alert>
  );
};
