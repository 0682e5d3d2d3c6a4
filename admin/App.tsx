import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import auditLog from './audit-log';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import consentForms from './consent-forms';
import consents from './consents';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import marketingList from './marketing-list';
import policies from './policies';
import { authProvider, CHANGE_PASSWORD_PATH } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';
import staff from './staff';
import { STATISTICS_PATH, StatisticsPage } from './statistics';
import subjects from './subjects';
import submissions from './submissions';

const { Route } = reactRouterProvider;

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    queryClient={queryClient}
    layout={Layout}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="subjects" {...subjects} />
    {/* Order matters: "/" opens the first resource the role may list. */}
    <Resource name="staff" {...staff} />
    <Resource name="submissions" {...submissions} />
    <Resource name="consents" {...consents} />
    <Resource name="marketing-list" {...marketingList} />
    <Resource name="policies" {...policies} />
    <Resource name="consent-forms" {...consentForms} />
    <Resource name="audit-log" {...auditLog} />
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      <Route path={STATISTICS_PATH} element={<StatisticsPage />} />
    </CustomRoutes>
  </Admin>
);
