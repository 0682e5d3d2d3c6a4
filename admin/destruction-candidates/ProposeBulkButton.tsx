import { useState } from 'react';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, useListContext, useTranslate } from 'react-admin';
import type { DestructionCandidate } from '../types';
import { BulkProposeDialog } from './BulkProposeDialog';
import { isSelectable } from './CandidateSelection';

/** «Предложить уничтожение (N)» for the subjects of the selected rows, each once. */
export const ProposeBulkButton = () => {
  const { data = [], selectedIds, onUnselectItems } = useListContext<DestructionCandidate>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const subjectIds = [
    ...new Set(
      data.filter((row) => selectedIds.includes(row.id) && isSelectable(row)).map((row) => row.subject_id as number),
    ),
  ];
  return (
    <>
      <Button
        label={
          subjectIds.length > 0
            ? translate('resources.destruction-candidates.actions.propose_selected', { smart_count: subjectIds.length })
            : 'resources.destruction-candidates.actions.propose'
        }
        onClick={() => setOpen(true)}
        disabled={subjectIds.length === 0}
        color="error"
      >
        <DeleteForeverIcon />
      </Button>
      {open && (
        <BulkProposeDialog subjectIds={subjectIds} onClose={() => setOpen(false)} onDone={() => onUnselectItems()} />
      )}
    </>
  );
};
