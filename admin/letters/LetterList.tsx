import { DataTable, List, SimpleList, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { formatDate } from '../common/format';
import { AssigneeField } from '../deadlines/assignee';
import { ListItemEnd, ShowLink, joinLine, useNarrow } from '../layout/lists';
import type { Letter } from '../types';
import { letterFilters } from './letterFilters';
import { LetterDueField, LetterKindField, LetterStatusChip, SenderField } from './letterFields';

/**
 * «Входящие обращения»: the register of incoming letters, newest first. No export and no bulk actions: the senders'
 * data leaves the system only through the audited workflows.
 */
export const LetterList = () => {
  const narrow = useNarrow();
  return (
    <List filters={letterFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      {narrow ? <LetterSimpleList /> : <LetterTable />}
    </List>
  );
};

// For 1366 px: the number, what is asked, when it came and from whom, how it stands, by when, and who works it; the
// address, the summary and the terms one by one are on the letter's page.
const LetterTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="reg_number" field={NumberLink} />
    <DataTable.Col source="kind" field={LetterKindField} />
    <DataTable.Col source="received_on" field={DateOnlyField} />
    <DataTable.Col source="sender_name" field={SenderField} disableSort />
    <DataTable.Col source="status" field={LetterStatusChip} />
    <DataTable.Col source="due_on" field={LetterDueField} />
    <DataTable.Col source="assignee_id" field={AssigneeField} disableSort />
  </DataTable>
);

const NumberLink = (_props: { source?: string }) => {
  const record = useRecordContext<Letter>();
  if (!record) return null;
  return (
    <ShowLink>
      <span style={{ whiteSpace: 'nowrap' }}>{record.reg_number}</span>
    </ShowLink>
  );
};

const LetterSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<Letter>
      rowClick="show"
      primaryText={(record) =>
        joinLine(
          record.reg_number,
          record.personal_destroyed ? translate('resources.letters.personal_destroyed') : record.sender_name,
        )
      }
      secondaryText={(record) =>
        joinLine(
          translate(`resources.letters.kind.${record.kind}`, { _: record.kind }),
          translate('resources.letters.line.received', { date: formatDate(record.received_on) }),
          (record.extended_due_on ?? record.due_on) &&
            translate('resources.letters.line.due', { date: formatDate(record.extended_due_on ?? record.due_on) }),
          record.overdue && translate('resources.deadlines.status.overdue'),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <LetterStatusChip />
        </ListItemEnd>
      }
    />
  );
};
