import AuditLogIcon from '@mui/icons-material/FactCheck';
import type { AuditLogEntry } from '../types';
import { lazyView } from '../common/lazyView';

// Read-only: the log is append-only and hash-chained on the server.
export default {
  list: lazyView(() => import('./AuditLogList'), 'AuditLogList'),
  show: lazyView(() => import('./AuditLogShow'), 'AuditLogShow'),
  edit: undefined,
  create: undefined,
  icon: AuditLogIcon,
  recordRepresentation: (entry: AuditLogEntry) => String(entry.id),
};
