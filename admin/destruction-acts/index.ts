import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { lazyView } from '../common/lazyView';
import type { DestructionAct } from '../types';

// The register of acts: read-only; the retention job, not a person, ends an act's content.
export default {
  list: lazyView(() => import('./DestructionActList'), 'DestructionActList'),
  show: lazyView(() => import('./DestructionActShow'), 'DestructionActShow'),
  icon: ReceiptLongIcon,
  recordRepresentation: (act: DestructionAct) => act.number,
};
