import DeadlineIcon from '@mui/icons-material/EventBusy';
import { lazyView } from '../common/lazyView';
import type { DeadlineItem } from '../types';

// Read-only: a term is opened, extended and closed by the workflow of its letter (the server answers 405 otherwise).
export default {
  list: lazyView(() => import('./DeadlineList'), 'DeadlineList'),
  show: lazyView(() => import('./DeadlineShow'), 'DeadlineShow'),
  edit: undefined,
  create: undefined,
  icon: DeadlineIcon,
  recordRepresentation: (item: DeadlineItem) => String(item.id),
};
