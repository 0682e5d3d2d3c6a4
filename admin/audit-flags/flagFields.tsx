import { Chip, Typography, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { ShowLink } from '../layout/lists';
import type { AuditFlag, AuditFlagKind } from '../types';

type FlagRecord = AuditFlag & { id: number };

const KIND_COLORS: Record<AuditFlagKind, ChipProps['color']> = {
  after_hours: 'info',
  many_subjects: 'warning',
  repeated_denials: 'warning',
  failed_logins: 'error',
  big_export: 'secondary',
};

/** The flag's number as the row's keyboard link. */
export const FlagIdLink = () => {
  const flag = useRecordContext<FlagRecord>();
  return flag ? <ShowLink>{`№ ${flag.id}`}</ShowLink> : null;
};

/** The kind as a coloured chip, its meaning in the tooltip. */
export const KindChip = () => {
  const flag = useRecordContext<FlagRecord>();
  const translate = useTranslate();
  if (!flag) return null;
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={KIND_COLORS[flag.kind]}
      title={translate(`resources.audit-flags.kind_hint.${flag.kind}`)}
      label={translate(`resources.audit-flags.kind.${flag.kind}`, { _: flag.kind })}
    />
  );
};

/** Whom it is about: a login, or an IP address (said so). */
export const FlagSubjectField = () => {
  const flag = useRecordContext<FlagRecord>();
  const translate = useTranslate();
  if (!flag) return null;
  return (
    <Typography variant="body2" component="span">
      {flag.subject_value}
      {flag.subject_type === 'ip' && ` (${translate('resources.audit-flags.subject_type.ip')})`}
    </Typography>
  );
};

/** The window in Moscow time: one instant for an export, a range otherwise. */
export const WindowField = () => {
  const flag = useRecordContext<FlagRecord>();
  if (!flag) return null;
  const start = formatMoscowMinute(flag.window_start);
  const text = flag.window_start === flag.window_end ? start : `${start} — ${formatMoscowMinute(flag.window_end)}`;
  return (
    <Typography variant="body2" component="span">
      {text}
    </Typography>
  );
};

/** The count with what was counted («60 разных субъектов»). */
export const CountField = () => {
  const flag = useRecordContext<FlagRecord>();
  const translate = useTranslate();
  if (!flag) return null;
  return (
    <Typography variant="body2" component="span">
      {`${flag.count} ${translate(`resources.audit-flags.count_of.${flag.kind}`)}`}
    </Typography>
  );
};

/** Reviewed, not reviewed, or grown since its review (a review sees the entries the flag had then). */
export const reviewState = (flag: AuditFlag): 'done' | 'open' | 'grown' =>
  flag.reviewed ? 'done' : flag.reviewed_at ? 'grown' : 'open';

export const ReviewStateChip = () => {
  const flag = useRecordContext<FlagRecord>();
  const translate = useTranslate();
  if (!flag) return null;
  const state = reviewState(flag);
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      variant={state === 'done' ? 'outlined' : 'filled'}
      color={state === 'done' ? 'success' : state === 'grown' ? 'warning' : 'default'}
      label={translate(`resources.audit-flags.review_state.${state}`)}
    />
  );
};

export const DetectedAtField = () => {
  const flag = useRecordContext<FlagRecord>();
  return flag ? (
    <Typography variant="body2" component="span">
      {formatMoscowMinute(flag.detected_at)}
    </Typography>
  ) : null;
};
