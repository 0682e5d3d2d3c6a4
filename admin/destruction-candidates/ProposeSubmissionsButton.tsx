import { useState } from 'react';
import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import { Button, useListContext, useTranslate, type Identifier } from 'react-admin';
import { useCan } from '../providers/useCan';
import { MAX_SUBMISSIONS_PER_BATCH, type DestructionCandidate } from '../types';
import { isProposableSubmission } from './CandidateSelection';
import { ProposeSubmissionsDialog } from './ProposeSubmissionsDialog';

/**
 * «Предложить уничтожение обращений (N)»: the selected rejected submissions as one batch. Shown only while some are
 * selected, so that otherwise the subjects' button stays the list's one action.
 */
export const ProposeSubmissionsButton = () => {
  const { data = [], selectedIds, onSelect } = useListContext<DestructionCandidate>();
  const translate = useTranslate();
  // The rows as they were when the dialog opened: a refetch of the list meanwhile does not change the batch.
  const [chosen, setChosen] = useState<DestructionCandidate[] | null>(null);
  const { canAccess } = useCan('submission-destructions.create');
  const rows = data.filter((row) => selectedIds.includes(row.id) && isProposableSubmission(row));
  if (!canAccess) return null;
  const unselect = (ids: Identifier[]) => onSelect(selectedIds.filter((id) => !ids.includes(id)));
  return (
    <>
      {rows.length > 0 && (
        <Button
          label={translate('resources.destruction-candidates.actions.propose_submissions', {
            smart_count: rows.length,
          })}
          onClick={() => setChosen(rows)}
          disabled={rows.length > MAX_SUBMISSIONS_PER_BATCH}
          color="error"
        >
          <AutoDeleteIcon />
        </Button>
      )}
      {chosen && (
        <ProposeSubmissionsDialog
          submissionIds={chosen.map((row) => row.submission_id as number)}
          onClose={() => setChosen(null)}
          onDone={() => unselect(chosen.map((row) => row.id))}
        />
      )}
    </>
  );
};
