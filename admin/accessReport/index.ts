// STUB (the access-report slice replaces it): the subject's access report, a custom route.
export const ACCESS_REPORT_PATH = '/subjects/:id/access-report';

export const AccessReportPage = () => null;
