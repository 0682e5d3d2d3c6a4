import ConsentIcon from '@mui/icons-material/HistoryEdu';
import type { Consent } from '../types';
import { lazyView } from '../common/lazyView';

// No edit: a consent never changes; it is withdrawn and a new one recorded (the server answers 405).
export default {
  list: lazyView(() => import('./ConsentList'), 'ConsentList'),
  show: lazyView(() => import('./ConsentShow'), 'ConsentShow'),
  edit: undefined,
  create: lazyView(() => import('./ConsentCreate'), 'ConsentCreate'),
  icon: ConsentIcon,
  recordRepresentation: (consent: Consent) => String(consent.id),
};
