import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Create,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  minLength,
  regex,
  required,
  useNotify,
  useRedirect,
  type Identifier,
} from 'react-admin';
import type { CreatedStaff, Staff } from '../types';
import { ROLE_CHOICES } from './roleChoices';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

export const StaffCreate = () => {
  const [issued, setIssued] = useState<{ id: Identifier; password: string } | null>(null);
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();

  const onSuccess = (created: CreatedStaff) => {
    const { temporary_password, ...staff } = created;
    // react-admin caches the created record; keep the one-time password out of that cache.
    queryClient.setQueryData(['staff', 'getOne', { id: String(created.id) }], staff);
    notify('resources.staff.notifications.created', { type: 'success' });
    setIssued({ id: created.id, password: temporary_password });
  };

  const closeDialog = () => {
    const id = issued?.id;
    setIssued(null);
    if (id != null) redirect('show', 'staff', id);
  };

  return (
    <>
      <Create transform={toStaffCreateBody} mutationOptions={{ onSuccess }}>
        <SimpleForm sx={{ maxWidth: 560 }}>
          <TextInput
            source="login"
            validate={validateLogin}
            helperText="resources.staff.helpers.login"
            autoComplete="off"
          />
          <TextInput source="full_name" validate={[required(), maxLength(200)]} autoComplete="off" />
          <TextInput
            source="position"
            validate={maxLength(200)}
            helperText="resources.staff.helpers.position"
            autoComplete="off"
          />
          <SelectInput source="role" choices={ROLE_CHOICES} validate={required()} />
        </SimpleForm>
      </Create>
      <TemporaryPasswordDialog password={issued?.password} onClose={closeDialog} />
    </>
  );
};

// Mirrors server/staff/staff.schema.ts.
const validateLogin = [
  required(),
  minLength(2),
  maxLength(64),
  regex(/^[a-zA-Z0-9._-]+$/, 'pd.server_field_errors.fields.login.invalid_format'),
];

const toStaffCreateBody = (values: Partial<Staff>) => ({
  login: values.login?.trim(),
  full_name: values.full_name?.trim(),
  position: values.position?.trim() || null,
  role: values.role,
});
