import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { RoleField, TimestampField } from '../common/fields';
import { ROLE_CHOICES } from './roleChoices';

const staffFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const StaffList = () => (
  <List filters={staffFilters} perPage={25} sort={{ field: 'login', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="login" />
      <DataTable.Col source="full_name" />
      <DataTable.Col source="role" field={RoleField} />
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="must_change_password" field={BooleanField} disableSort />
      <DataTable.Col source="locked_until" field={TimestampField} disableSort />
      <DataTable.Col source="created_at" field={TimestampField} />
    </DataTable>
  </List>
);
