import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, Loading, Navigate, useGetIdentity, useLocaleState, useLocation } from 'react-admin';
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={AppMenu}>
    <DocumentLanguage />
    <PasswordChangeGate>{children}</PasswordChangeGate>
  </RaLayout>
);

/**
 * A staff member with a temporary password may do nothing but replace it (the server
 * answers 403 to everything else), so every page leads to the change-password form.
 */
const PasswordChangeGate = ({ children }: { children: ReactNode }) => {
  const { identity, isPending } = useGetIdentity();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (identity?.must_change_password && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <>{children}</>;
};

/** Screen readers pick the pronunciation from <html lang>. */
const DocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
};
