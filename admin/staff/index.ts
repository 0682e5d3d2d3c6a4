import StaffIcon from '@mui/icons-material/Badge';
import type { Staff } from '../types';
import { lazyView } from '../common/lazyView';

export default {
  list: lazyView(() => import('./StaffList'), 'StaffList'),
  show: lazyView(() => import('./StaffShow'), 'StaffShow'),
  edit: lazyView(() => import('./StaffEdit'), 'StaffEdit'),
  create: lazyView(() => import('./StaffCreate'), 'StaffCreate'),
  icon: StaffIcon,
  recordRepresentation: (staff: Staff) => `${staff.full_name} (${staff.login})`,
};
