import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, ReferenceField, useCreatePath, useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';
import { useCan } from '../providers/useCan';
import type { Destruction } from '../types';

/** «Ожидает решения» stands out; a decided proposal recedes. */
export const DestructionStatusChip = statusChip(
  'destructions',
  { proposed: 'warning', rejected: 'default', executed: 'default' },
  ['rejected', 'executed'],
);

/** The reason in words. */
export const ReasonField = ({ source = 'reason' }: { source?: string; label?: string }) => {
  const reason = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  if (!reason) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.destructions.reason.${reason}`, { _: reason })}
    </Typography>
  );
};

/** The subject the proposal is about, linked to its card (a destroyed one reads «Субъект № N (данные уничтожены)»). */
export const SubjectLinkField = (_props: { source?: string; label?: string }) => (
  <ReferenceField source="subject_id" reference="subjects" link="show" />
);

// In a list row, the link opens the act, not the row's own page.
const keepRowClick = (event: MouseEvent) => event.stopPropagation();

/**
 * The act's number: a link to the act for those who may open acts (compliance), plain text for the others. Any record
 * with `act_id`/`act_number` (a proposal) or `destruction_act_id`/`destruction_act_number` (a subject) will do.
 */
export const ActNumberField = ({
  ids = 'act',
}: {
  ids?: 'act' | 'destruction_act';
  source?: string;
  label?: string;
}) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCan('destruction-acts.show');
  const id = record?.[`${ids}_id`] as number | null | undefined;
  const number = record?.[`${ids}_number`] as string | null | undefined;
  if (id == null || !number) {
    return (
      <Typography component="span" variant="body2">
        {translate('pd.common.empty')}
      </Typography>
    );
  }
  if (!canAccess) {
    return (
      // Inherits the size around it: a table cell's, or the destroyed subject's banner title.
      <Typography component="span" variant="inherit" sx={{ whiteSpace: 'nowrap' }}>
        {number}
      </Typography>
    );
  }
  return (
    <Link
      to={createPath({ resource: 'destruction-acts', id, type: 'show' })}
      onClick={keepRowClick}
      sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}
    >
      {number}
    </Link>
  );
};

/** A text sealed under the subject's key: after the destruction it is gone here and kept in the act only. */
export const SealedTextField = ({ source }: { source: 'reason_text' | 'comment'; label?: string }) => {
  const record = useRecordContext<Destruction>();
  const translate = useTranslate();
  if (!record) return null;
  const value = record[source];
  const sealed = value == null && record.status === 'executed';
  return (
    <Typography
      component="span"
      variant="body2"
      color={sealed ? 'text.secondary' : undefined}
      sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}
    >
      {sealed
        ? translate(source === 'comment' ? 'resources.destructions.sealed_comment' : 'resources.destructions.sealed')
        : value || translate('pd.common.empty')}
    </Typography>
  );
};
