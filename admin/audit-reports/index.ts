import { lazyView } from '../common/lazyView';

// A custom route, not a resource: the reports are counts and decrypted reasons the server assembles, under a
// permission of their own (audit-reports.show); the charts load in the page's own chunk.
export { AUDIT_REPORTS_PATH } from './paths';
export { AuditReportsMenuItem } from './AuditReportsMenuItem';

export const AuditReportsPage = lazyView(() => import('./AuditReportsPage'), 'AuditReportsPage');
