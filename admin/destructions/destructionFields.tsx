import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import {
  Link,
  ReferenceField,
  useCreatePath,
  useFieldValue,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { formatTimestamp } from '../common/format';
import { statusChip } from '../common/StatusChip';
import { ShowLink, WithCaption } from '../layout/lists';
import { useCan } from '../providers/useCan';
import type { DestructionStatus } from '../types';

/** What a proposal of either kind (a subject's, a batch of submissions) has for the four-eyes columns and texts. */
interface Decidable {
  status: DestructionStatus;
  proposed_by_login: string;
  proposed_at: string;
  decided_by_login: string | null;
  decided_at: string | null;
  reason_text: string | null;
  comment: string | null;
}

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

/** «№ 12» as the row's link (what Tab reaches), in the words of the list's resource (`line.number`). */
export const ProposalNumberLink = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <ShowLink>
      <span style={{ whiteSpace: 'nowrap' }}>{translate(`resources.${resource}.line.number`, { id: record.id })}</span>
    </ShowLink>
  );
};

/** Who proposed, the moment under the login. */
export const ProposedField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Decidable>();
  if (!record) return null;
  return <WithCaption caption={formatTimestamp(record.proposed_at)}>{record.proposed_by_login}</WithCaption>;
};

/** Who decided, the moment under the login; «—» while it awaits a decision. */
export const DecidedField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Decidable>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.decided_at) return <>{translate('pd.common.empty')}</>;
  return <WithCaption caption={formatTimestamp(record.decided_at)}>{record.decided_by_login}</WithCaption>;
};

/**
 * A text sealed under the subject's key (or a batch's own): after the destruction it is gone here and kept in the act
 * only. `sealedText` and `sealedComment` name what is said then, for a resource whose key is not the subject's.
 */
export const SealedTextField = ({
  source,
  sealedText = 'resources.destructions.sealed',
  sealedComment = 'resources.destructions.sealed_comment',
}: {
  source: 'reason_text' | 'comment';
  label?: string;
  sealedText?: string;
  sealedComment?: string;
}) => {
  const record = useRecordContext<Decidable>();
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
      {sealed ? translate(source === 'comment' ? sealedComment : sealedText) : value || translate('pd.common.empty')}
    </Typography>
  );
};
