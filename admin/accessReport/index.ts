import { lazyView } from '../common/lazyView';

export const ACCESS_REPORT_PATH = '/subjects/:id/access-report';

/** The subject's access report (152-FZ art. 14 p.7): a custom route, generated (and audited) on each visit. */
export const AccessReportPage = lazyView(() => import('./AccessReportPage'), 'AccessReportPage');

/** The page of one subject's report. */
export const accessReportPath = (subjectId: number | string) =>
  ACCESS_REPORT_PATH.replace(':id', encodeURIComponent(String(subjectId)));
