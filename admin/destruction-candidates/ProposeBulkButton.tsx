import { useState } from 'react';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, useListContext, useTranslate } from 'react-admin';
import type { DestructionCandidate } from '../types';
import { BulkProposeDialog } from './BulkProposeDialog';
import { isProposableSubject } from './CandidateSelection';

/** «Предложить уничтожение (N)» for the subjects of the selected rows, each once (rejected submissions have none). */
export const ProposeBulkButton = () => {
  const { data = [], selectedIds, onSelect } = useListContext<DestructionCandidate>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const rows = data.filter((row) => selectedIds.includes(row.id) && isProposableSubject(row));
  const subjectIds = [...new Set(rows.map((row) => row.subject_id as number))];
  // Only these rows leave the selection: selected rejected submissions wait for their own button.
  const unselectProposed = () => onSelect(selectedIds.filter((id) => !rows.some((row) => row.id === id)));
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
      {open && <BulkProposeDialog subjectIds={subjectIds} onClose={() => setOpen(false)} onDone={unselectProposed} />}
    </>
  );
};
