import { useState } from 'react';
import { Chip, Stack } from '@mui/material';
import {
  DataTable,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RoleField, TimestampField } from '../common/fields';
import { formatTimestamp } from '../common/format';
import { ListItemEnd, ShowLink, WithCaption, joinLine, useNarrow } from '../layout/lists';
import type { Staff } from '../types';
import { ROLE_CHOICES } from './roleChoices';

const staffFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const StaffList = () => {
  const narrow = useNarrow();
  return (
    <List filters={staffFilters} perPage={25} sort={{ field: 'login', order: 'ASC' }} exporter={false}>
      {narrow ? <StaffSimpleList /> : <StaffTable />}
    </List>
  );
};

// Whether the account can sign in is one column: active or not, a temporary password, a lockout; the record's
// number and its last change are on the card.
const StaffTable = () => (
  <DataTable rowClick="show" bulkActionButtons={false}>
    <DataTable.Col source="login" field={LoginLink} />
    <DataTable.Col source="full_name" field={NameAndPosition} />
    <DataTable.Col source="role" field={RoleField} />
    <DataTable.Col source="active" label="resources.staff.fields.state" field={StaffStateField} />
    <DataTable.Col source="created_at" field={TimestampField} />
  </DataTable>
);

/** The position under the name: a column of its own would not fit 1366 px beside the state's chips. */
const NameAndPosition = (_props: { source?: string }) => {
  const record = useRecordContext<Staff>();
  if (!record) return null;
  return <WithCaption caption={record.position}>{record.full_name}</WithCaption>;
};

const LoginLink = ({ source = 'login' }: { source?: string }) => (
  <ShowLink>
    <TextField source={source} />
  </ShowLink>
);

/** «Активен» or «Отключён», and «Временный пароль», «Вход заблокирован до …» when they apply. */
const StaffStateField = (_props: { source?: string }) => {
  const record = useRecordContext<Staff>();
  const translate = useTranslate();
  // The server keeps a lockout's end after it has passed (until the next sign-in): compared with the time of display.
  const [shownAt] = useState(Date.now);
  if (!record) return null;
  const locked = record.locked_until != null && new Date(record.locked_until).getTime() > shownAt;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      <Chip
        size="small"
        variant="outlined"
        color={record.active ? 'success' : 'default'}
        label={translate(record.active ? 'resources.staff.state.active' : 'resources.staff.state.inactive')}
      />
      {record.must_change_password && (
        <Chip
          size="small"
          variant="outlined"
          color="warning"
          label={translate('resources.staff.state.temporary_password')}
        />
      )}
      {locked && (
        <Chip
          size="small"
          variant="outlined"
          color="error"
          label={translate('resources.staff.state.locked', { until: formatTimestamp(record.locked_until) })}
        />
      )}
    </Stack>
  );
};

const StaffSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<Staff>
      rowClick="show"
      primaryText={(record) => record.full_name}
      secondaryText={(record) =>
        joinLine(record.position, record.login, translate(`pd.roles.${record.role}`, { _: record.role }))
      }
      tertiaryText={
        <ListItemEnd>
          <StaffStateField />
        </ListItemEnd>
      }
    />
  );
};
