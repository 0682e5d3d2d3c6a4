import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  useAuthenticated,
  useGetIdentity,
  useLogout,
  useNavigate,
  useTranslate,
} from 'react-admin';
import { useAction } from '../common/useAction';

export const MIN_PASSWORD_LENGTH = 10;

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * Reached from the user menu, and forced right after signing in with a temporary
 * password (must_change_password): until then the server refuses everything else.
 */
export const ChangePasswordPage = () => {
  useAuthenticated();
  const translate = useTranslate();
  const navigate = useNavigate();
  const { identity, refetch: refetchIdentity } = useGetIdentity();
  const logout = useLogout();
  const forced = Boolean(identity?.must_change_password);
  const { run: changePassword } = useAction({
    action: (dataProvider, { currentPassword = '', newPassword = '' }: Partial<ChangePasswordValues>) =>
      dataProvider.changePassword(currentPassword, newPassword),
    // A wrong current password, or one the server refuses, is said under its input.
    showsFieldErrors: true,
    onSuccess: async () => {
      // The identity is cached: read it again so the layout stops forcing this page.
      await refetchIdentity();
      navigate('/');
    },
    successMessage: 'pd.change_password.success',
  });

  // The form places the returned field errors beside the inputs.
  const submit = async (values: Partial<ChangePasswordValues>) => {
    const outcome = await changePassword(values);
    return outcome.ok ? undefined : outcome.fieldErrors;
  };

  return (
    <Box sx={{ maxWidth: 480, mt: 2 }}>
      <Title title="pd.change_password.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h1" gutterBottom>
            {translate('pd.change_password.title')}
          </Typography>
          {forced && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('pd.change_password.forced')}
            </Alert>
          )}
          <Form onSubmit={submit} validate={validate} noValidate>
            <Stack>
              <PasswordInput
                source="currentPassword"
                label="pd.change_password.current"
                autoComplete="current-password"
              />
              <PasswordInput
                source="newPassword"
                label="pd.change_password.new"
                autoComplete="new-password"
                helperText={translate('pd.change_password.hint', { min: MIN_PASSWORD_LENGTH })}
              />
              <PasswordInput source="confirmPassword" label="pd.change_password.confirm" autoComplete="new-password" />
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
                <SaveButton label="pd.change_password.submit" alwaysEnable />
                {forced && (
                  <Button variant="text" onClick={() => logout()}>
                    {translate('ra.auth.logout')}
                  </Button>
                )}
              </Stack>
            </Stack>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};

const validate = (values: Partial<ChangePasswordValues>) => {
  const errors: Partial<Record<keyof ChangePasswordValues, unknown>> = {};
  const { currentPassword, newPassword, confirmPassword } = values;
  // Form-level validation replaces input-level validators in react-admin, so "required" lives here too.
  if (!currentPassword) errors.currentPassword = 'ra.validation.required';
  if (!newPassword) errors.newPassword = 'ra.validation.required';
  if (!confirmPassword) errors.confirmPassword = 'ra.validation.required';
  if (newPassword && newPassword.length < MIN_PASSWORD_LENGTH) {
    errors.newPassword = { message: 'pd.change_password.too_short', args: { min: MIN_PASSWORD_LENGTH } };
  } else if (newPassword && currentPassword && newPassword === currentPassword) {
    errors.newPassword = 'pd.change_password.same';
  }
  if (confirmPassword && newPassword !== confirmPassword) {
    errors.confirmPassword = 'pd.change_password.mismatch';
  }
  return errors;
};
