import { useState } from 'react';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import HourglassTopIcon from '@mui/icons-material/HourglassTop';
import { Button, useCreatePath, useGetList, useGetManyAggregate, useTranslate, type Identifier } from 'react-admin';
import { useCan } from '../providers/useCan';
import type { Destruction, Subject, SubjectStatus } from '../types';
import { ProposeDestructionDialog, type ProposeDestructionDialogProps } from './ProposeDestructionDialog';

type Props = Pick<ProposeDestructionDialogProps, 'letter' | 'reason'> & {
  subjectId: Identifier;
  /** Known on the subject's card; elsewhere (a letter's card) read from the list cache the subject's link fills. */
  status?: SubjectStatus;
};

/**
 * «Предложить уничтожение» for operators; nothing once the data is destroyed; and while a proposal awaits its decision
 * (one at a time, the server: 409 destruction_pending), a link to it instead.
 */
export const ProposeDestructionButton = ({ subjectId, status, letter, reason }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCan('destructions.create');
  const { data: subjects } = useGetManyAggregate<Subject>(
    'subjects',
    { ids: [Number(subjectId)] },
    { enabled: canAccess === true && status === undefined },
  );
  const { data: pending } = useGetList<Destruction>(
    'destructions',
    {
      filter: { subject_id: subjectId, status: 'proposed' },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'DESC' },
    },
    { enabled: canAccess === true },
  );
  const currentStatus = status ?? subjects?.[0]?.status;
  if (!canAccess || currentStatus === undefined || currentStatus === 'destroyed' || pending === undefined) return null;
  const openProposal = pending[0];
  if (openProposal) {
    return (
      <Button
        label={translate('resources.destructions.pending_link', { id: openProposal.id })}
        to={createPath({ resource: 'destructions', id: openProposal.id, type: 'show' })}
      >
        <HourglassTopIcon />
      </Button>
    );
  }
  return (
    <>
      <Button label="resources.destructions.actions.propose" onClick={() => setOpen(true)} color="error">
        <DeleteForeverIcon />
      </Button>
      {open && (
        <ProposeDestructionDialog
          subjectId={subjectId}
          letter={letter}
          reason={reason}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};
