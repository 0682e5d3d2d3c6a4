import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';

/** The stock login screen, with the API's field name (`login`) and the clinic's name. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h5" component="h1">
          {translate('pd.app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('pd.app.operator')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('pd.app.subtitle')}
        </Typography>
      </Box>
      <LoginForm>
        <TextInput source="login" label="pd.auth.login" autoFocus autoComplete="username" validate={required()} />
        <PasswordInput
          source="password"
          label="pd.auth.password"
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
