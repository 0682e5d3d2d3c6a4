import { DataTable, List, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { DateOnlyField, TimestampField } from '../common/fields';
import { formatDate } from '../common/format';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import {
  REPLY_KIND_CHOICES,
  REPLY_STATUS_CHOICES,
  ReplyKindField,
  ReplyNumberLink,
  ReplyStatusChip,
  type ReplyRecord,
} from './replyFields';

const replyFilters = [
  <SelectInput key="status" source="status" choices={REPLY_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={REPLY_KIND_CHOICES} alwaysOn />,
];

/** «Исходящие ответы», newest first. The texts are read on each reply's card only (an audited read). */
export const ReplyList = () => {
  const narrow = useNarrow();
  return (
    <List filters={replyFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      {narrow ? <ReplySimpleList /> : <ReplyTable />}
    </List>
  );
};

const ReplyTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="out_number" field={ReplyNumberLink} />
    <DataTable.Col source="kind" field={ReplyKindField} />
    <DataTable.Col source="letter_reg_number" disableSort />
    <DataTable.Col source="status" field={ReplyStatusChip} />
    <DataTable.Col source="sent_on" field={DateOnlyField} />
    <DataTable.Col source="updated_at" field={TimestampField} />
  </DataTable>
);

const ReplySimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<ReplyRecord>
      rowClick="show"
      primaryText={(record) =>
        joinLine(record.out_number ?? translate('resources.replies.draft_number'), record.letter_reg_number)
      }
      secondaryText={(record) =>
        joinLine(
          translate(`resources.replies.kind.${record.kind}`, { _: record.kind }),
          record.sent_on && formatDate(record.sent_on),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <ReplyStatusChip />
        </ListItemEnd>
      }
    />
  );
};
