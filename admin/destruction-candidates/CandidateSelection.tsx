import { Checkbox } from '@mui/material';
import { useListContext, useRecordContext, useTranslate } from 'react-admin';
import type { DestructionCandidate } from '../types';

// The list's own selection column instead of DataTable's: react-admin 5.15 puts the row checkbox's aria-label on
// MUI 9's root span, not on the input, which leaves every row's checkbox unnamed (axe: label, aria-prohibited-attr).

/** A lead's subject without an open proposal: proposed one by one (POST /api/destructions/bulk). */
export const isProposableSubject = (row: DestructionCandidate) =>
  row.subject_id !== null && row.open_destruction_id === null;

/** A rejected submission without a subject, in no open batch: proposed together (POST /api/submission-destructions). */
export const isProposableSubmission = (row: DestructionCandidate) =>
  row.kind === 'rejected_submission' &&
  row.subject_id === null &&
  row.submission_id !== null &&
  row.open_submission_destruction_id === null;

/** A row with an open proposal or batch links to it instead of being selectable. */
export const isSelectable = (row: DestructionCandidate) => isProposableSubject(row) || isProposableSubmission(row);

export const SelectCandidate = (_props: { source?: string }) => {
  const record = useRecordContext<DestructionCandidate>();
  const { selectedIds, onToggleItem } = useListContext<DestructionCandidate>();
  const translate = useTranslate();
  if (!record || !isSelectable(record)) return null;
  const label = isProposableSubject(record)
    ? translate('resources.destruction-candidates.select_one', { id: record.subject_id })
    : translate('resources.destruction-candidates.select_submission', { id: record.submission_id });
  return (
    <Checkbox
      size="small"
      checked={selectedIds.includes(record.id)}
      onChange={() => onToggleItem(record.id)}
      slotProps={{ input: { 'aria-label': label } }}
      sx={{ p: 0.5 }}
    />
  );
};

/** The column's header: every selectable row of the page, or none. */
export const SelectPage = () => {
  const { data = [], selectedIds, onSelect } = useListContext<DestructionCandidate>();
  const translate = useTranslate();
  const selectable = data.filter(isSelectable).map((row) => row.id);
  const all = selectable.length > 0 && selectable.every((id) => selectedIds.includes(id));
  const some = selectable.some((id) => selectedIds.includes(id));
  const others = selectedIds.filter((id) => !selectable.includes(id));
  return (
    <Checkbox
      size="small"
      checked={all}
      indeterminate={some && !all}
      disabled={selectable.length === 0}
      onChange={() => onSelect(all ? others : [...others, ...selectable])}
      slotProps={{ input: { 'aria-label': translate('resources.destruction-candidates.select_page') } }}
      sx={{ p: 0.5 }}
    />
  );
};
