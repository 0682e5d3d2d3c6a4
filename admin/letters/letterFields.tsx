import { Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';
import { formatDate } from '../common/format';
import { DueDate } from '../deadlines/deadlineFields';
import type { Letter } from '../types';

/** Where the letter is in its workflow; the ended states (closed, rejected) recede. */
export const LetterStatusChip = statusChip(
  'letters',
  {
    registered: 'default',
    awaiting_details: 'warning',
    identified: 'info',
    answered: 'success',
    closed: 'default',
    rejected: 'default',
  },
  ['closed', 'rejected'],
);

/** «Отзыв согласия», «Запрос сведений»… */
export const LetterKindField = ({ source = 'kind' }: { source?: string; label?: string }) => {
  const kind = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {kind ? translate(`resources.letters.kind.${kind}`, { _: kind }) : translate('pd.common.empty')}
    </Typography>
  );
};

/** The letter's next due date (the extended one if extended) in the colour of its state; «—» for a letter without terms. */
export const LetterDueField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Letter>();
  const translate = useTranslate();
  if (!record) return null;
  const open = record.deadline_state !== 'closed' && record.deadline_state !== 'closed_late';
  return (
    <DueDate
      date={record.extended_due_on ?? record.due_on}
      state={open ? record.deadline_state : null}
      incomplete={record.calendar_incomplete}
      caption={
        record.extended_due_on
          ? translate('resources.deadlines.extended_from', { date: formatDate(record.due_on) })
          : undefined
      }
    />
  );
};

/** The sender as written on the letter; a note once the letter's key has been destroyed. */
export const SenderField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Letter>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
      {record.personal_destroyed ? translate('resources.letters.personal_destroyed') : record.sender_name}
    </Typography>
  );
};
