import { DataTable, List, SimpleList, useTranslate } from 'react-admin';
import { DateOnlyField } from '../common/fields';
import { formatMoscowMinute } from '../common/moscowTime';
import { formatDate } from '../common/format';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import type { DeadlineItem } from '../types';
import { AssigneeField } from './assignee';
import { DeadlineDueField, DeadlineKindField, DeadlineStateChip } from './deadlineFields';
import { deadlineFilters } from './deadlineFilters';
import { DeadlineBasisField, SubjectNameField } from './references';

/**
 * «Сроки»: every term the clinic must meet, the nearest first. Read-only: an item is opened, extended and closed by
 * the workflow of its letter.
 */
export const DeadlineList = () => {
  const narrow = useNarrow();
  return (
    <List
      filters={deadlineFilters}
      sort={{ field: 'effective_due_on', order: 'ASC' }}
      perPage={25}
      exporter={false}
      empty={false}
    >
      {narrow ? <DeadlineSimpleList /> : <DeadlineTable />}
    </List>
  );
};

// What is due, under which letter and for whom, by when and how it stands; the dates of extension and closing are on
// the item's page.
const DeadlineTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="kind" render={() => <DeadlineKindField link />} />
    <DataTable.Col source="letter_id" label="resources.deadlines.fields.basis" field={DeadlineBasisField} disableSort />
    <DataTable.Col source="subject_id" field={SubjectNameField} disableSort />
    <DataTable.Col source="opened_on" field={DateOnlyField} />
    <DataTable.Col source="effective_due_on" render={() => <DeadlineDueField stateInWords={false} />} />
    <DataTable.Col source="state" field={DeadlineStateChip} disableSort />
    <DataTable.Col source="assignee_id" field={AssigneeField} disableSort />
  </DataTable>
);

const DeadlineSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<DeadlineItem>
      rowClick="show"
      primaryText={(record) => translate(`resources.deadlines.kind.${record.kind}`, { _: record.kind })}
      secondaryText={(record) =>
        joinLine(
          translate('resources.deadlines.line.due', {
            date: record.due_at ? formatMoscowMinute(record.due_at) : formatDate(record.effective_due_on),
          }),
          record.legal_source,
          record.calendar_incomplete && translate('resources.deadlines.calendar_incomplete'),
        )
      }
      tertiaryText={
        <ListItemEnd>
          <DeadlineStateChip />
        </ListItemEnd>
      }
    />
  );
};
