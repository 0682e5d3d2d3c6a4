import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Checkpoint } from '../types';
import { ShowLink } from '../layout/lists';
import { formatMoscowMinute } from '../common/moscowTime';
import { shortHash } from './hashes';

type CheckpointRecord = Checkpoint & { id: number };

/** The checkpoint's number as the row's keyboard link. */
export const CheckpointIdLink = () => {
  const checkpoint = useRecordContext<CheckpointRecord>();
  return checkpoint ? <ShowLink>{`№ ${checkpoint.id}`}</ShowLink> : null;
};

/** When it was signed, Moscow time to the minute (the exact UTC instant is in the text block). */
export const SignedAtField = () => {
  const checkpoint = useRecordContext<CheckpointRecord>();
  return checkpoint ? (
    <Typography variant="body2" component="span">
      {formatMoscowMinute(checkpoint.signed_at)}
    </Typography>
  ) : null;
};

/** The covered entry's hash, cut short, in monospace. */
export const ShortHashField = () => {
  const checkpoint = useRecordContext<CheckpointRecord>();
  if (!checkpoint) return null;
  return (
    <Box component="code" title={checkpoint.audit_hash} sx={{ fontFamily: 'monospace' }}>
      {shortHash(checkpoint.audit_hash)}
    </Box>
  );
};

export const ReasonField = () => {
  const checkpoint = useRecordContext<CheckpointRecord>();
  const translate = useTranslate();
  return checkpoint ? (
    <Typography variant="body2" component="span">
      {translate(`resources.checkpoints.reason.${checkpoint.reason}`)}
    </Typography>
  ) : null;
};
