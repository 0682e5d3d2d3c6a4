import { useId, type ReactNode } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { Form, useTranslate } from 'react-admin';
import type { FieldErrors } from './useAction';

export interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** While the action runs the dialog neither closes nor submits again. */
  pending: boolean;
  /** i18n keys (with `titleArgs` for the title). */
  title: string;
  titleArgs?: Record<string, unknown>;
  text?: string;
  submitLabel: string;
  /** A step that cannot be undone (a destruction) gets a red submit button. */
  irreversible?: boolean;
  /** The form's starting values. */
  record: Record<string, unknown>;
  /** What it returns (the server's field errors) react-admin's Form puts beside the inputs. */
  onSubmit: (values: Record<string, unknown>) => Promise<FieldErrors | undefined>;
  maxWidth?: 'sm' | 'md';
  children: ReactNode;
}

/**
 * A step that asks for a few values (send a reply, approve a request, enter a calendar year…): a titled dialog around a
 * react-admin Form, cancel and submit at the bottom. A step that asks only for a reason uses ReasonDialog.
 */
export const FormDialog = ({
  open,
  onClose,
  pending,
  title,
  titleArgs,
  text,
  submitLabel,
  irreversible = false,
  record,
  onSubmit,
  maxWidth = 'sm',
  children,
}: FormDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      <Form onSubmit={onSubmit} record={record} noValidate>
        <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
        <DialogContent>
          {text && <DialogContentText sx={{ mb: 2 }}>{translate(text)}</DialogContentText>}
          {children}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose} disabled={pending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton type="submit" variant="contained" color={irreversible ? 'error' : 'primary'} disabled={pending}>
            {translate(submitLabel)}
          </MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
