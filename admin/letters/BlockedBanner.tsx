import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Link,
  useCreatePath,
  useGetList,
  useNavigate,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { formatDate } from '../common/format';
import { ReasonDialog } from '../common/ReasonDialog';
import { useAction } from '../common/useAction';
import { useCan } from '../providers/useCan';
import type { Letter, Subject, UnblockResult } from '../types';

/** The letters that keep a subject blocked (the server filters them by `holds_block`). */
export const useBlockingLetters = (subject: Pick<Subject, 'id' | 'status'> | undefined) => {
  const { canAccess } = useCan('letters.list');
  const { data, isPending } = useGetList<Letter>(
    'letters',
    {
      filter: { subject_id: subject?.id, holds_block: true },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: subject?.status === 'blocked' && canAccess === true },
  );
  return {
    letters: data ?? [],
    isPending: canAccess === true && subject?.status === 'blocked' && isPending,
    canReadLetters: canAccess === true,
  };
};

/**
 * On a blocked subject's card: processing is stopped, by which letter(s), with links to them. Under a correction
 * letter the operator corrects the data with that letter as the basis and then lifts the block (which closes the
 * letter's term); other blocks (a withdrawal, a demand to destroy or to stop) are not lifted by hand.
 */
export const BlockedBanner = () => {
  const subject = useRecordContext<Subject>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { letters, canReadLetters } = useBlockingLetters(subject);
  if (!subject || subject.status !== 'blocked') return null;
  return (
    <Alert severity="warning" variant="outlined" sx={{ m: 2, mb: 0 }} data-testid="blocked-banner">
      <AlertTitle>{translate('resources.letters.banner.title')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: letters.length ? 1 : 0 }}>
        {translate('resources.letters.banner.text')}
      </Typography>
      {letters.length > 0 ? (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {letters.map((letter) => (
            <Box component="li" key={letter.id} sx={{ mb: 0.5 }}>
              <Typography component="span" variant="body2">
                {translate('resources.letters.banner.basis')}{' '}
                <Link to={createPath({ resource: 'letters', id: letter.id, type: 'show' })} sx={{ fontWeight: 500 }}>
                  {letter.reg_number}
                </Link>{' '}
                {translate('resources.letters.banner.of', {
                  date: formatDate(letter.received_on),
                  kind: translate(`resources.letters.kind.${letter.kind}`),
                })}
              </Typography>
              {letter.kind === 'correction' && <CorrectionSteps subject={subject} letter={letter} />}
            </Box>
          ))}
        </Box>
      ) : (
        !canReadLetters && <Typography variant="body2">{translate('resources.letters.banner.no_access')}</Typography>
      )}
    </Alert>
  );
};

/** Under a correction letter: correct the data with it as the basis, then lift the block. */
const CorrectionSteps = ({ subject, letter }: { subject: Subject; letter: Letter }) => {
  const { canAccess: canEdit } = useCan('subjects.edit');
  const { canAccess: canUnblock } = useCan('subjects.unblock');
  const navigate = useNavigate();
  const createPath = useCreatePath();
  if (!canEdit && !canUnblock) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 0.5 }}>
      {canEdit && (
        <Button
          label="resources.letters.banner.correct"
          onClick={() =>
            navigate(`${createPath({ resource: 'subjects', id: subject.id, type: 'edit' })}?letter_id=${letter.id}`)
          }
        >
          <EditIcon />
        </Button>
      )}
      {canUnblock && <UnblockButton subjectId={subject.id} letter={letter} />}
    </Box>
  );
};

const UnblockButton = ({ subjectId, letter }: { subjectId: Identifier; letter: Letter }) => {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const { run, isPending } = useAction<UnblockResult, string>({
    action: (dataProvider, reason) => dataProvider.unblockSubject(subjectId, { letter_id: Number(letter.id), reason }),
    invalidate: ['letters', 'deadlines', 'marketing-list'],
    onSuccess: ({ subject }) => {
      // The card shows the subject as the server answered it: no second (audited) read.
      queryClient.setQueryData(['subjects', 'getOne', { id: String(subjectId) }], subject);
      void queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'subjects' && queryKey[1] !== 'getOne',
      });
      setOpen(false);
    },
    successMessage: ({ still_blocked_by }) =>
      still_blocked_by.length
        ? { message: 'resources.letters.notifications.still_blocked', type: 'warning' }
        : { message: 'resources.letters.notifications.unblocked' },
  });
  return (
    <>
      <Button label="resources.letters.banner.unblock" onClick={() => setOpen(true)}>
        <LockOpenIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="resources.letters.unblock.title"
        text="resources.letters.unblock.text"
        reasonLabel="resources.letters.unblock.reason"
        confirmLabel="resources.letters.unblock.submit"
        loading={isPending}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
