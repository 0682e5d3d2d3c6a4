import { Typography } from '@mui/material';
import type { RaRecord } from 'react-admin';
import { useFieldValue, useRecordContext, useTranslate } from 'react-admin';
import { statusChip } from '../common/StatusChip';
import { ShowLink } from '../layout/lists';
import { REPLY_CHANNELS, REPLY_KINDS, REPLY_STATUSES, type Reply } from '../types';

export type ReplyRecord = Reply & RaRecord;

// Choice names are i18n keys; react-admin's inputs and fields translate them.
export const REPLY_KIND_CHOICES = REPLY_KINDS.map((kind) => ({ id: kind, name: `resources.replies.kind.${kind}` }));
export const REPLY_STATUS_CHOICES = REPLY_STATUSES.map((status) => ({
  id: status,
  name: `resources.replies.status.${status}`,
}));
export const REPLY_CHANNEL_CHOICES = REPLY_CHANNELS.map((channel) => ({
  id: channel,
  name: `resources.replies.channel.${channel}`,
}));

/** A draft stands out (it still waits to be sent); a sent reply recedes. */
export const ReplyStatusChip = statusChip('replies', { draft: 'warning', sent: 'success' }, []);

const Translated = ({ source, prefix }: { source: string; prefix: string }) => {
  const value = useFieldValue({ source }) as string | undefined;
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {value ? translate(`${prefix}.${value}`, { _: value }) : translate('pd.common.empty')}
    </Typography>
  );
};

export const ReplyKindField = ({ source = 'kind' }: { source?: string; label?: string }) => (
  <Translated source={source} prefix="resources.replies.kind" />
);

export const ReplyChannelField = ({ source = 'channel' }: { source?: string; label?: string }) => (
  <Translated source={source} prefix="resources.replies.channel" />
);

/** «ИСХ-2026-00001», or «Проект (без номера)» while a draft. */
export const ReplyNumberField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ReplyRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {record.out_number ?? translate('resources.replies.draft_number')}
    </Typography>
  );
};

/** The number as the row's real link to the reply's card (what the keyboard reaches in a list). */
export const ReplyNumberLink = (_props: { source?: string; label?: string }) => (
  <ShowLink>
    <ReplyNumberField />
  </ShowLink>
);
