import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * The red notice at the top of a step that cannot be undone (approving a destruction), said before anything is
 * ticked or typed. Titles and texts are i18n keys.
 */
export const IrreversibleWarning = ({
  title,
  text,
  textArgs,
}: {
  title: string;
  text: string;
  textArgs?: Record<string, unknown>;
}) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      <AlertTitle>{translate(title)}</AlertTitle>
      {translate(text, textArgs)}
    </Alert>
  );
};
