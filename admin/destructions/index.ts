import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { lazyView } from '../common/lazyView';
import type { Destruction } from '../types';

// No edit and no delete: a proposal is decided as it was made (the server: 405); a new one follows a rejection.
export default {
  list: lazyView(() => import('./DestructionList'), 'DestructionList'),
  show: lazyView(() => import('./DestructionShow'), 'DestructionShow'),
  icon: DeleteForeverIcon,
  // A plain string: react-admin puts it into page titles («Уничтожение данных № 12»).
  recordRepresentation: (destruction: Destruction) => String(destruction.id),
};
