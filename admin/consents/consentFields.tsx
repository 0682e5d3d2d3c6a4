import { Typography } from '@mui/material';
import { statusChip } from '../common/StatusChip';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatTimestamp } from '../common/format';
import { WithCaption } from '../layout/lists';
import type { Consent } from '../types';

/** The purpose of a consent («Рекламные рассылки»…), also used for consent forms. */
export const PurposeField = ({ source = 'purpose' }: { source?: string; label?: string }) => {
  const purpose = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {purpose ? translate(`resources.consents.purpose.${purpose}`, { _: purpose }) : translate('pd.common.empty')}
    </Typography>
  );
};

export const ChannelField = ({ source = 'channel' }: { source?: string; label?: string }) => {
  const channel = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {channel ? translate(`resources.consents.channel.${channel}`, { _: channel }) : translate('pd.common.empty')}
    </Typography>
  );
};

export const ConsentStatusChip = statusChip('consents', { active: 'success', withdrawn: 'default' }, ['withdrawn']);

/** The status, and under a withdrawn one the moment of the withdrawal. */
export const StatusWithWithdrawal = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Consent>();
  if (!record) return null;
  return (
    <WithCaption caption={record.withdrawn_at ? formatTimestamp(record.withdrawn_at) : undefined}>
      <ConsentStatusChip />
    </WithCaption>
  );
};

/**
 * When the consent was given: the exact moment for a website checkbox, the date alone
 * for a paper form (the server stores that day at midnight UTC, not a time of day).
 */
export const GivenAtField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Consent>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {record.channel === 'website' ? formatTimestamp(record.given_at) : formatDate(record.given_at)}
    </Typography>
  );
};
