import {
  BooleanInput,
  Edit,
  SaveButton,
  SelectInput,
  ShowButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  maxLength,
  required,
} from 'react-admin';
import type { Staff } from '../types';
import { ResetPasswordButton } from './ResetPasswordButton';
import { ROLE_CHOICES } from './roleChoices';

/** The login never changes; a staff member is disabled, never deleted (the log refers to them). */
export const StaffEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toStaffUpdateBody} actions={<StaffEditActions />}>
    <SimpleForm toolbar={<SaveOnlyToolbar />} sx={{ maxWidth: 560 }}>
      <TextInput source="login" disabled />
      <TextInput source="full_name" validate={[required(), maxLength(200)]} />
      <TextInput source="position" validate={maxLength(200)} helperText="resources.staff.helpers.position" />
      <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
      <BooleanInput source="active" helperText="resources.staff.helpers.active" />
    </SimpleForm>
  </Edit>
);

const toStaffUpdateBody = (values: Partial<Staff>) => ({
  full_name: values.full_name?.trim(),
  position: values.position?.trim() || null,
  role: values.role,
  active: Boolean(values.active),
});

const StaffEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ShowButton />
  </TopToolbar>
);

const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
