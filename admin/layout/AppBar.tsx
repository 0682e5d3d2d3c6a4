import { forwardRef } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useLocaleState,
  useLocales,
  useNavigate,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';

// The default toolbar of react-admin's AppBar keeps its language switch
// (<LocalesMenuButton>, shown because the i18nProvider offers two locales); the user
// menu offers the same choice.
export const AppBar = () => (
  <RaAppBar userMenu={<AppUserMenu />}>
    <TitlePortal />
    <RoleBadge />
  </RaAppBar>
);

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
    <Typography variant="body2" sx={{ mx: 2, opacity: 0.85, display: { xs: 'none', md: 'block' } }}>
      {translate(`pd.roles.${identity.role}`)}
    </Typography>
  );
};
