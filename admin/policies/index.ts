import PolicyIcon from '@mui/icons-material/Policy';
import type { PolicyDocument } from '../types';
import { lazyView } from '../common/lazyView';

// Policy versions share their screens with consent forms (admin/documents).
export default {
  list: lazyView(() => import('../documents/DocumentList'), 'DocumentList'),
  show: lazyView(() => import('../documents/DocumentShow'), 'DocumentShow'),
  edit: lazyView(() => import('../documents/DocumentEdit'), 'DocumentEdit'),
  create: lazyView(() => import('../documents/DocumentCreate'), 'DocumentCreate'),
  icon: PolicyIcon,
  recordRepresentation: (policy: PolicyDocument) => policy.version,
};
