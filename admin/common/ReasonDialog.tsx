import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MIN_REASON_LENGTH } from '../types';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  text?: string;
  /** Label of the reason field (an i18n key). */
  reasonLabel: string;
  reasonHint?: string;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'warning';
  loading?: boolean;
  /** Extra inputs shown above the reason (e.g. a category). */
  children?: ReactNode;
  /** Awaited (the dialog stays as it is until then); its result is ignored. */
  onConfirm: (reason: string) => unknown;
  onClose: () => void;
}

/**
 * A confirmation that needs a stated reason (rejection, withdrawal, a read of medical
 * information): the reason is required and at least MIN_REASON_LENGTH characters, as the
 * server checks too. Enter confirms, Shift+Enter starts a new line, Escape cancels.
 */
export const ReasonDialog = ({
  open,
  title,
  text,
  reasonLabel,
  reasonHint,
  confirmLabel,
  confirmColor = 'primary',
  loading = false,
  children,
  onConfirm,
  onClose,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = reason.trim();
  const missing = trimmed === '';
  const tooShort = !missing && trimmed.length < MIN_REASON_LENGTH;

  // Each opening starts afresh (set while rendering, not in an effect: no render with the old reason).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setReason('');
      setTouched(false);
    }
  }

  const confirm = async () => {
    setTouched(true);
    if (loading || missing || tooShort) return;
    await onConfirm(trimmed);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void confirm();
  };

  // A multiline field: Enter would only add a line. (Not while an input method composes a word.)
  const submitOnEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void confirm();
  };

  return (
    <Dialog open={open} onClose={loading ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>
          {text && <DialogContentText sx={{ mb: 2 }}>{translate(text)}</DialogContentText>}
          {children}
          <TextField
            label={translate(reasonLabel)}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && (missing || tooShort)}
            helperText={
              touched && missing
                ? translate('ra.validation.required')
                : touched && tooShort
                  ? translate('ra.validation.minLength', { min: MIN_REASON_LENGTH })
                  : reasonHint
                    ? translate(reasonHint)
                    : ' '
            }
            onKeyDown={submitOnEnter}
            slotProps={{ htmlInput: { maxLength: 1000 } }}
            required
            autoFocus={!children}
            multiline
            minRows={2}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={loading}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={confirmColor} disabled={loading}>
            {translate(confirmLabel)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
