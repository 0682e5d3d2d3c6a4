import { AdminContext, AdminUI, CustomRoutes, Resource, localStorageStore, reactRouterProvider } from 'react-admin';
import auditLog from './audit-log';
import auditFlags from './audit-flags';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import calendar from './calendar';
import consentForms from './consent-forms';
import consents from './consents';
import { Dashboard } from './dashboard';
import deadlines from './deadlines';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { lightTheme } from './layout/theme';
import incidents from './incidents';
import letters from './letters';
import marketingList from './marketing-list';
import policies from './policies';
import { authProvider, CHANGE_PASSWORD_PATH } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { DatePickersProvider } from './providers/DatePickersProvider';
import { queryClient } from './providers/queryClient';
import staff from './staff';
import { STATISTICS_PATH, StatisticsPage } from './statistics';
import { SETTINGS_PATH, SettingsPage } from './settings';
import { ACCESS_REPORT_PATH, AccessReportPage } from './accessReport';
import replies from './replies';
import disclosures from './disclosures';
import destructions from './destructions';
import destructionActs from './destruction-acts';
import destructionCandidates from './destruction-candidates';
import submissionDestructions from './submission-destructions';
import checkpoints from './checkpoints';
import { AUDIT_REPORTS_PATH, AuditReportsPage } from './audit-reports';
import subjects from './subjects';
import submissions from './submissions';

const { Route } = reactRouterProvider;

// <Admin> split in its two halves, as react-admin documents for providers that need its contexts: the date
// pickers' LocalizationProvider follows the user's language, so it sits inside AdminContext (i18n, store) and
// around everything AdminUI renders. The store is <Admin>'s default one, which keeps the chosen language.
const store = localStorageStore();

export const App = () => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    queryClient={queryClient}
    store={store}
    lightTheme={lightTheme}
  >
    <DatePickersProvider>
      {/* "/" is the deadlines dashboard, every role's first screen (each reads the deadlines). */}
      <AdminUI layout={Layout} loginPage={LoginPage} dashboard={Dashboard} requireAuth disableTelemetry>
        <Resource name="subjects" {...subjects} />
        <Resource name="letters" {...letters} />
        <Resource name="deadlines" {...deadlines} />
        {/* Compliance and the administrator: the menu and every screen ask canAccess (incidents.*), which an
            operator's permissions never grant, and the server refuses operators whatever they type. */}
        <Resource name="incidents" {...incidents} />
        <Resource name="assignees" recordRepresentation="full_name" />
        <Resource name="replies" {...replies} />
        <Resource name="disclosures" {...disclosures} />
        <Resource name="destructions" {...destructions} />
        <Resource name="destruction-candidates" {...destructionCandidates} />
        <Resource name="destruction-acts" {...destructionActs} />
        <Resource name="submission-destructions" {...submissionDestructions} />
        <Resource name="staff" {...staff} />
        <Resource name="submissions" {...submissions} />
        <Resource name="consents" {...consents} />
        <Resource name="marketing-list" {...marketingList} />
        <Resource name="policies" {...policies} />
        <Resource name="consent-forms" {...consentForms} />
        <Resource name="audit-log" {...auditLog} />
        <Resource name="checkpoints" {...checkpoints} />
        <Resource name="audit-flags" {...auditFlags} />
        <Resource name="calendar" {...calendar} />
        <CustomRoutes>
          <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
          <Route path={STATISTICS_PATH} element={<StatisticsPage />} />
          <Route path={SETTINGS_PATH} element={<SettingsPage />} />
          <Route path={ACCESS_REPORT_PATH} element={<AccessReportPage />} />
          {/* One address per tab of the reports: /audit-reports, /audit-reports/medical-reveals, …/staff-activity. */}
          <Route path={`${AUDIT_REPORTS_PATH}/*`} element={<AuditReportsPage />} />
        </CustomRoutes>
      </AdminUI>
    </DatePickersProvider>
  </AdminContext>
);
