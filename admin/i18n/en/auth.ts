import type * as ru from '../ru/auth';
import type { SameKeys } from '../sameKeys';

export const auth: SameKeys<typeof ru.auth> = {
  login: 'Login',
  password: 'Password',
  sign_in: 'Sign in',
  invalid_credentials: 'Wrong login or password',
  throttled: 'Too many sign-in attempts. Please try again later',
  locked: 'The account is temporarily locked',
};

export const changePassword: SameKeys<typeof ru.changePassword> = {
  menu: 'Change password',
  title: 'Change password',
  current: 'Current password',
  new: 'New password',
  confirm: 'Confirmation',
  submit: 'Change password',
  hint: 'At least %{min} characters',
  forced: 'You signed in with a temporary password. Set your own password to continue.',
  too_short: 'The password must be at least %{min} characters long',
  mismatch: 'The passwords do not match',
  same: 'The new password must differ from the current one',
  success: 'Password changed',
};
