import { Alert, Box } from '@mui/material';
import {
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, PlainField, TimestampField } from '../common/fields';
import { Markdown } from '../common/Markdown';
import { Section } from '../common/Section';
import { useCan } from '../providers/useCan';
import { ReplyPdfButton, ReplyPrintButton } from './ReplyButtons';
import { SendReplyButton } from './SendReplyDialog';
import { ReplyChannelField, ReplyKindField, ReplyNumberField, ReplyStatusChip, type ReplyRecord } from './replyFields';

/** Opening a reply is an audited read (reply.viewed): its text describes the person. */
export const ReplyShow = () => (
  <Show actions={<ReplyShowActions />}>
    <ReplyCard />
  </Show>
);

const ReplyShowActions = () => {
  const reply = useRecordContext<ReplyRecord>();
  const { canAccess: canSend } = useCan('replies.send');
  const draft = reply?.status === 'draft';
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {reply && draft && !reply.text_destroyed && <EditButton />}
      {reply && draft && canSend && !reply.text_destroyed && <SendReplyButton reply={reply} />}
      {reply && !reply.text_destroyed && <ReplyPdfButton reply={reply} />}
      {reply && !reply.text_destroyed && <ReplyPrintButton reply={reply} />}
      <ListButton />
    </TopToolbar>
  );
};

const ReplyCard = () => {
  const reply = useRecordContext<ReplyRecord>();
  const translate = useTranslate();
  if (!reply) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Section title="resources.replies.sections.reply">
        <Labeled source="out_number">
          <ReplyNumberField />
        </Labeled>
        <Labeled>
          <ReplyKindField source="kind" />
        </Labeled>
        <Labeled>
          <ReplyStatusChip source="status" />
        </Labeled>
        <Labeled source="letter_id">
          <ReferenceField source="letter_id" reference="letters" link="show" />
        </Labeled>
        {reply.subject_id !== null && (
          <Labeled source="subject_id">
            <ReferenceField source="subject_id" reference="subjects" link="show" />
          </Labeled>
        )}
      </Section>
      {reply.status === 'sent' && (
        <Section title="resources.replies.sections.sending">
          <Labeled>
            <DateOnlyField source="sent_on" />
          </Labeled>
          <Labeled>
            <ReplyChannelField source="channel" />
          </Labeled>
          <Labeled>
            <PlainField source="tracking" />
          </Labeled>
        </Section>
      )}
      <Section title="resources.replies.sections.text" columns={1}>
        {reply.text_destroyed ? (
          <Alert severity="warning">{translate('resources.replies.text_destroyed')}</Alert>
        ) : (
          <Box sx={{ maxWidth: '50rem' }}>
            <Markdown source={reply.text ?? ''} />
          </Box>
        )}
      </Section>
      <Section title="resources.replies.sections.record" columns={3}>
        <Labeled>
          <TextField source="created_by" />
        </Labeled>
        <Labeled>
          <TimestampField source="created_at" />
        </Labeled>
        <Labeled>
          <TimestampField source="updated_at" />
        </Labeled>
        <Labeled>
          <TextField source="version" />
        </Labeled>
        <Labeled>
          <TextField source="text_sha256" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }} />
        </Labeled>
      </Section>
    </Box>
  );
};
