import { DataTable, List } from 'react-admin';
import { DateOnlyField, PhoneField, TimestampField } from '../common/fields';
import { subjectFilters } from './subjectFilters';
import { SubjectStatusChip } from './SubjectStatusChip';

// No export and no bulk actions: personal data leaves the system only through
// the audited workflows.
export const SubjectList = () => (
  <List filters={subjectFilters} perPage={25} sort={{ field: 'last_name', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="last_name" />
      <DataTable.Col source="first_name" />
      <DataTable.Col source="patronymic" disableSort />
      <DataTable.Col source="birth_date" field={DateOnlyField} />
      <DataTable.Col source="phone" field={PhoneField} disableSort />
      <DataTable.Col source="email" disableSort />
      <DataTable.Col source="status" field={SubjectStatusChip} />
      <DataTable.Col source="updated_at" field={TimestampField} />
    </DataTable>
  </List>
);
