import { Box, Card, CardContent, Tab, Tabs, Typography } from '@mui/material';
import { LinkBase, Loading, Title, useAuthenticated, useParams, useRequireAccess, useTranslate } from 'react-admin';
import { useCan } from '../providers/useCan';
import { DashboardView } from './DashboardView';
import { MedicalRevealsList } from './MedicalRevealsList';
import { REPORT_TABS, reportPath, type ReportTab } from './paths';
import { StaffActivityView } from './StaffActivityView';
import { SubjectTimelineView } from './SubjectTimelineView';

const TAB_LABELS: Record<ReportTab, string> = {
  dashboard: 'pd.audit_reports.tabs.dashboard',
  'medical-reveals': 'pd.audit_reports.tabs.reveals',
  'staff-activity': 'pd.audit_reports.tabs.staff',
  'subject-timeline': 'pd.audit_reports.tabs.timeline',
};

/**
 * «Отчёты по журналу» (issue 13 §1): the compliance officer's dashboard and reports over the audit log. A custom
 * route, one address per tab (/audit-reports, /audit-reports/medical-reveals, /audit-reports/staff-activity,
 * /audit-reports/subject-timeline).
 */
export const AuditReportsPage = () => {
  useAuthenticated();
  // Redirects to «access denied» when refused; canAccess also gates the reports' (audited) requests.
  useRequireAccess({ resource: 'audit-reports', action: 'show' });
  const { canAccess, isPending } = useCan('audit-reports.show');
  const translate = useTranslate();
  const rest = useParams()['*'] ?? '';
  const tab = REPORT_TABS.find((name) => name !== 'dashboard' && rest.startsWith(name)) ?? 'dashboard';

  return (
    <Box sx={{ mt: 2, mb: 4, minWidth: 0 }}>
      <Title title="pd.audit_reports.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ pb: '0 !important' }}>
          <Typography variant="h6" component="h1">
            {translate('pd.audit_reports.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate('pd.audit_reports.help')}
          </Typography>
          <Tabs value={tab} aria-label={translate('pd.audit_reports.tabs.label')}>
            {REPORT_TABS.map((name) => (
              <Tab
                key={name}
                value={name}
                label={translate(TAB_LABELS[name])}
                component={LinkBase}
                to={reportPath(name)}
              />
            ))}
          </Tabs>
        </CardContent>
      </Card>
      {isPending || !canAccess ? (
        <Loading />
      ) : tab === 'dashboard' ? (
        <DashboardView />
      ) : tab === 'medical-reveals' ? (
        <MedicalRevealsList />
      ) : tab === 'staff-activity' ? (
        <StaffActivityView />
      ) : (
        <SubjectTimelineView />
      )}
    </Box>
  );
};
