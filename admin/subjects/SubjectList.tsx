import { DataTable, List, SimpleList, useRecordContext } from 'react-admin';
import { DateOnlyField, PhoneField, TimestampField } from '../common/fields';
import { formatDate, formatPhone } from '../common/format';
import { ListItemEnd, ShowLink, joinLine, useNarrow } from '../layout/lists';
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

const FullNameLink = (_props: { source?: string }) => {
  const record = useRecordContext<Subject>();
  if (!record) return null;
  return <ShowLink>{subjectFullName(record)}</ShowLink>;
};

const SubjectSimpleList = () => (
  <SimpleList<Subject>
    rowClick="show"
    primaryText={(record) => subjectFullName(record)}
    secondaryText={(record) => joinLine(formatDate(record.birth_date), formatPhone(record.phone), record.email)}
    tertiaryText={
      <ListItemEnd>
        <SubjectStatusChip />
      </ListItemEnd>
    }
  />
);
