import { BooleanField, EditButton, Labeled, Show, TextField, TopToolbar } from 'react-admin';
import { RoleField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { ResetPasswordButton } from './ResetPasswordButton';

export const StaffShow = () => (
  <Show actions={<StaffShowActions />}>
    <Section title="resources.staff.sections.account" columns={3}>
      <Labeled>
        <TextField source="login" />
      </Labeled>
      <Labeled>
        <TextField source="full_name" />
      </Labeled>
      <Labeled>
        <TextField source="position" emptyText="pd.common.empty" />
      </Labeled>
      <Labeled>
        <RoleField source="role" />
      </Labeled>
      <Labeled>
        <BooleanField source="active" />
      </Labeled>
      <Labeled>
        <BooleanField source="must_change_password" />
      </Labeled>
      <Labeled>
        <TimestampField source="locked_until" />
      </Labeled>
      <Labeled>
        <TextField source="id" />
      </Labeled>
      <Labeled>
        <TimestampField source="created_at" />
      </Labeled>
      <Labeled>
        <TimestampField source="updated_at" />
      </Labeled>
    </Section>
  </Show>
);

const StaffShowActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <EditButton />
  </TopToolbar>
);
