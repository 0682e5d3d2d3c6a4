import { Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatTimestamp } from '../common/format';
import { useCan } from '../providers/useCan';
import type { SubmissionDestructionDetail, SubmissionDestructionItem } from '../types';

const I = 'resources.submission-destructions.items';

/**
 * The batch's submissions as the register of submissions shows them (no payload): which ones, when received and
 * rejected, why, and whether their data is still held. Until the card's own read answers, the record is the list's
 * row, which has no submissions: a progress bar stands in for them.
 */
export const BatchSubmissionsTable = () => {
  const batch = useRecordContext<SubmissionDestructionDetail>();
  const translate = useTranslate();
  if (!batch) return null;
  if (!Array.isArray(batch.submissions)) return <LinearProgress aria-label={translate(`${I}.table`)} />;
  return (
    <Table size="small" aria-label={translate(`${I}.table`)} sx={{ tableLayout: 'fixed', width: '100%' }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(`${I}.receipt_id`)}</TableCell>
          <TableCell>{translate(`${I}.service`)}</TableCell>
          <TableCell sx={{ width: '11rem' }}>{translate(`${I}.received_at`)}</TableCell>
          <TableCell sx={{ width: '11rem' }}>{translate(`${I}.decided_at`)}</TableCell>
          <TableCell>{translate(`${I}.reject_category`)}</TableCell>
          <TableCell sx={{ width: '10rem' }}>{translate(`${I}.payload`)}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {batch.submissions.map((item) => (
          <ItemRow key={item.submission_id} item={item} />
        ))}
      </TableBody>
    </Table>
  );
};

const ItemRow = ({ item }: { item: SubmissionDestructionItem }) => {
  const translate = useTranslate();
  const empty = translate('pd.common.empty');
  return (
    <TableRow>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <SubmissionLink item={item} />
      </TableCell>
      <TableCell>{translate(`resources.submissions.service.${item.service}`, { _: item.service })}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTimestamp(item.received_at)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTimestamp(item.decided_at) || empty}</TableCell>
      <TableCell>
        {item.reject_category
          ? translate(`resources.submissions.reject_category.${item.reject_category}`, { _: item.reject_category })
          : empty}
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          color={item.payload_held ? 'warning' : 'default'}
          variant={item.payload_held ? 'filled' : 'outlined'}
          label={translate(item.payload_held ? `${I}.held` : `${I}.erased`)}
        />
      </TableCell>
    </TableRow>
  );
};

/** The receipt number, a link to the submission's card for those who may open it. */
const SubmissionLink = ({ item }: { item: SubmissionDestructionItem }) => {
  const createPath = useCreatePath();
  const { canAccess } = useCan('submissions.show');
  if (!canAccess) return <>{item.receipt_id}</>;
  return (
    <Link
      to={createPath({ resource: 'submissions', id: item.submission_id, type: 'show' })}
      underline="hover"
      sx={{ fontWeight: 500 }}
    >
      {item.receipt_id}
    </Link>
  );
};
