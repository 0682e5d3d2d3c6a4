import GavelIcon from '@mui/icons-material/Gavel';
import { lazyView } from '../common/lazyView';
import type { Disclosure } from './choices';

// No edit and no delete: a request is decided on what it asked, and the register keeps every one (the server: 405).
export default {
  list: lazyView(() => import('./DisclosureList'), 'DisclosureList'),
  show: lazyView(() => import('./DisclosureShow'), 'DisclosureShow'),
  create: lazyView(() => import('./DisclosureCreate'), 'DisclosureCreate'),
  icon: GavelIcon,
  recordRepresentation: (disclosure: Disclosure) => disclosure.document_number,
};
