import FlagIcon from '@mui/icons-material/Flag';
import { lazyView } from '../common/lazyView';

// Flags are raised by the server's scan of the log, never created or edited here; a review is an action on the card.
export { AuditFlagsMenuItem } from './AuditFlagsMenuItem';

export default {
  list: lazyView(() => import('./AuditFlagList'), 'AuditFlagList'),
  show: lazyView(() => import('./AuditFlagShow'), 'AuditFlagShow'),
  icon: FlagIcon,
  recordRepresentation: (record: { id: number }) => `№ ${record.id}`,
};
