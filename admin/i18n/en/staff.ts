import type * as ru from '../ru/staff';
import type { SameKeys } from '../sameKeys';

export const staff: SameKeys<typeof ru.staff> = {
  name: 'Staff member |||| Staff',
  page: {
    create: 'New staff member',
    edit: 'Staff member: %{recordRepresentation}',
    show: 'Staff member: %{recordRepresentation}',
  },
  empty: 'No staff members yet',
  invite: 'Add the first one',
  fields: {
    id: 'ID',
    login: 'Login',
    full_name: 'Full name',
    position: 'Position',
    role: 'Role',
    active: 'Active',
    must_change_password: 'Must change password',
    locked_until: 'Sign-in locked until',
    created_at: 'Created',
    updated_at: 'Updated',
    state: 'Sign-in',
  },
  state: {
    active: 'Active',
    inactive: 'Disabled',
    temporary_password: 'Temporary password',
    locked: 'Locked until %{until}',
  },
  sections: {
    account: 'Account',
  },
  helpers: {
    login: 'Latin letters, digits, dot, dash, underscore; cannot be changed later',
    active: 'A disabled staff member cannot sign in',
    position: 'Printed beside the name in replies and acts',
  },
  temporary_password: {
    title: 'Temporary password',
    message: 'Temporary password: %{password} — give it to the staff member, who will change it at sign-in',
    warning: 'The password is shown once. After closing this window it cannot be viewed again.',
    copy: 'Copy',
    copied: 'Password copied',
  },
  reset_password: {
    button: 'Reset password',
    confirm_title: "Reset the staff member's password?",
    confirm_content:
      "%{name}'s current password will stop working. A temporary password will be issued, to be changed at sign-in.",
  },
  notifications: {
    created: 'Staff member added',
    updated: 'Changes saved',
  },
};
