import { createContext, useContext, useState, type ReactNode } from 'react';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useRecordContext, useTranslate, type Identifier } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { Subject } from '../types';

/**
 * The medical information is never part of the subject record. It is read through an
 * audited POST with a reason, and kept only in this page's state (not in react-query's
 * cache): it is gone as soon as the user leaves the subject's page.
 */
export const RevealMedicalInfo = () => {
  const record = useRecordContext<Subject>();
  const { revealed } = useRevealedMedicalInfo();
  const { canAccess } = useCan('subjects.reveal_medical', record);
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
  const { setRevealed } = useRevealedMedicalInfo();
  const [open, setOpen] = useState(false);
  const { run: reveal, isPending } = useAction({
    action: (dataProvider, reason: string) => dataProvider.revealMedicalInfo(subjectId, reason),
    onSuccess: ({ medical_info }) => {
      setOpen(false);
      setRevealed({ subjectId, text: medical_info });
    },
  });

  return (
    <>
      <Button variant="outlined" startIcon={<VisibilityIcon />} onClick={() => setOpen(true)}>
        {translate('resources.subjects.medical.reveal')}
      </Button>
      <ReasonDialog
        open={open}
        title="resources.subjects.medical.reveal"
        text="resources.subjects.medical.dialog_text"
        reasonLabel="resources.subjects.medical.reason"
        confirmLabel="resources.subjects.medical.confirm"
        loading={isPending}
        onConfirm={reveal}
        onClose={() => setOpen(false)}
      />
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
