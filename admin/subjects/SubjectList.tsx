import { DataTable, List, SimpleList, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField, PhoneField, TimestampField } from '../common/fields';
import { formatDate, formatPhone } from '../common/format';
import { ListItemEnd, ShowLink, WithCaption, joinLine, useNarrow } from '../layout/lists';
import type { Subject } from '../types';
import { subjectFilters } from './subjectFilters';
import { subjectFullName } from './subjectPayload';
import { SubjectStatusChip } from './SubjectStatusChip';

// No export and no bulk actions: personal data leaves the system only through
// the audited workflows.
export const SubjectList = () => {
  const narrow = useNarrow();
  return (
    <List filters={subjectFilters} perPage={25} sort={{ field: 'last_name', order: 'ASC' }} exporter={false}>
      {narrow ? <SubjectSimpleList /> : <SubjectTable />}
    </List>
  );
};

// What the desk finds a person by: the name, the date of birth, the phone. The e-mail, the representative and the
// record's number are on the card.
const SubjectTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="last_name" label="resources.subjects.fields.full_name" field={FullNameLink} />
    <DataTable.Col source="birth_date" field={DateOnlyField} />
    <DataTable.Col source="phone" field={PhoneField} disableSort />
    <DataTable.Col source="status" field={SubjectStatusChip} />
    <DataTable.Col source="updated_at" field={TimestampField} />
  </DataTable>
);

/** A destroyed subject's name columns hold the server's «—» placeholders: the list says what happened instead. */
const useListName = () => {
  const translate = useTranslate();
  return (record: Subject) =>
    record.status === 'destroyed' ? translate('resources.subjects.destroyed.name') : subjectFullName(record);
};

const FullNameLink = (_props: { source?: string }) => {
  const record = useRecordContext<Subject>();
  const listName = useListName();
  const translate = useTranslate();
  if (!record) return null;
  // The record's number tells one destroyed subject from another (their links would read alike).
  const caption = record.status === 'destroyed' && translate('resources.subjects.destroyed.number', { id: record.id });
  return (
    <WithCaption caption={caption}>
      <ShowLink>{listName(record)}</ShowLink>
    </WithCaption>
  );
};

const SubjectSimpleList = () => {
  const listName = useListName();
  const translate = useTranslate();
  return (
    <SimpleList<Subject>
      rowClick="show"
      primaryText={listName}
      secondaryText={(record) =>
        record.status === 'destroyed'
          ? translate('resources.subjects.destroyed.number', { id: record.id })
          : joinLine(formatDate(record.birth_date), formatPhone(record.phone), record.email)
      }
      tertiaryText={
        <ListItemEnd>
          <SubjectStatusChip />
        </ListItemEnd>
      }
    />
  );
};
