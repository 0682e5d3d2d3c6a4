import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { DateOnlyField } from '../common/fields';
import { useCan } from '../providers/useCan';
import { ReplyKindField, ReplyNumberLink, ReplyStatusChip } from '../replies/replyFields';

/** The letter's replies (drafts and sent), oldest first: each opens on its own card. */
export const LetterReplies = () => {
  const translate = useTranslate();
  const { canAccess } = useCan('replies.list');
  if (!canAccess) return null;
  return (
    <ReferenceManyField
      reference="replies"
      target="letter_id"
      sort={{ field: 'id', order: 'ASC' }}
      perPage={50}
      empty={
        <Typography variant="body2" color="text.secondary">
          {translate('resources.replies.letter_replies.empty')}
        </Typography>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="out_number" label="resources.replies.fields.out_number" field={ReplyNumberLink} />
        <DataTable.Col source="kind" label="resources.replies.fields.kind" field={ReplyKindField} />
        <DataTable.Col source="status" label="resources.replies.fields.status" field={ReplyStatusChip} />
        <DataTable.Col source="sent_on" label="resources.replies.fields.sent_on" field={DateOnlyField} />
      </DataTable>
    </ReferenceManyField>
  );
};
