// The report page's addresses: one per tab, so that each report can be linked to and reloaded.
export const AUDIT_REPORTS_PATH = '/audit-reports';

export const REPORT_TABS = ['dashboard', 'medical-reveals', 'staff-activity', 'subject-timeline'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];

/** "/audit-reports" for the dashboard, "/audit-reports/<tab>" for the others. */
export const reportPath = (tab: ReportTab) =>
  tab === 'dashboard' ? AUDIT_REPORTS_PATH : `${AUDIT_REPORTS_PATH}/${tab}`;

/** The staff activity report for a login and a period, as the dashboard links to it. */
export const staffActivityPath = (query: { actor_login: string; from: string; to: string }) =>
  `${reportPath('staff-activity')}?${new URLSearchParams(query).toString()}`;

/** The audit log filtered as react-admin's list reads its address (the filter as JSON). */
export const auditLogPath = (filter: Record<string, string>) =>
  `/audit-log?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;

/** The subject's timeline, as a link from elsewhere would open it. */
export const subjectTimelinePath = (subjectId: number) =>
  `${reportPath('subject-timeline')}?${new URLSearchParams({ subject_id: String(subjectId) }).toString()}`;
