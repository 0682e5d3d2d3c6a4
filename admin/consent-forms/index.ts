import ConsentFormIcon from '@mui/icons-material/Description';
import type { ConsentForm } from '../types';
import { lazyView } from '../common/lazyView';

// Consent forms share their screens with policy versions (admin/documents).
export default {
  list: lazyView(() => import('../documents/DocumentList'), 'DocumentList'),
  show: lazyView(() => import('../documents/DocumentShow'), 'DocumentShow'),
  edit: lazyView(() => import('../documents/DocumentEdit'), 'DocumentEdit'),
  create: lazyView(() => import('../documents/DocumentCreate'), 'DocumentCreate'),
  icon: ConsentFormIcon,
  recordRepresentation: (form: ConsentForm) => `${form.title} (${form.version})`,
};
