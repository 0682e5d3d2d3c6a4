import { forwardRef } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
  useGetIdentity,
  useLocaleState,
  useLocales,
  useNavigate,
  useThemesContext,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';

// The toolbar is react-admin's default one (language switch, light/dark, refresh), with a name for the spinner
// that replaces the refresh button while anything loads; the user menu offers the language too.
export const AppBar = () => (
  <RaAppBar userMenu={<AppUserMenu />} toolbar={<AppToolbar />}>
    <TitlePortal />
    <RoleBadge />
  </RaAppBar>
);

const AppToolbar = () => {
  const locales = useLocales();
  const { darkTheme } = useThemesContext();
  const translate = useTranslate();
  // LoadingIndicator hands its other props to MUI's CircularProgress (role="progressbar", which needs a name).
  const spinnerName = { 'aria-label': translate('ra.page.loading') };
  return (
    <>
      {locales.length > 1 && <LocalesMenuButton />}
      {darkTheme && <ToggleThemeButton />}
      <LoadingIndicator {...spinnerName} />
    </>
  );
};

const AppUserMenu = () => (
  <UserMenu>
    <ChangePasswordMenuItem />
    <Divider />
    <LanguageMenuItems />
    <Divider />
    <Logout />
  </UserMenu>
);

const ChangePasswordMenuItem = forwardRef<HTMLLIElement>((props, ref) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        navigate(CHANGE_PASSWORD_PATH);
      }}
    >
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('pd.change_password.menu')}</ListItemText>
    </MenuItem>
  );
});

const LanguageMenuItems = () => {
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const userMenu = useUserMenu();
  return (
    <>
      {locales.map((language) => (
        <MenuItem
          key={language.locale}
          lang={language.locale}
          selected={language.locale === locale}
          onClick={() => {
            userMenu?.onClose();
            setLocale(language.locale);
          }}
        >
          <ListItemIcon>{language.locale === locale && <CheckIcon fontSize="small" />}</ListItemIcon>
          <ListItemText>{language.name}</ListItemText>
        </MenuItem>
      ))}
    </>
  );
};

/** The current role, so nobody has to guess why a menu item is missing. */
const RoleBadge = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity?.role) return null;
  return (
    <Typography variant="body2" sx={{ mx: 2, display: { xs: 'none', md: 'block' } }}>
      {translate(`pd.roles.${identity.role}`)}
    </Typography>
  );
};
