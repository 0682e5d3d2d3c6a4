import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import { lazyView } from '../common/lazyView';
import type { SubmissionDestruction } from '../types';

// No edit and no delete: a batch is decided as it was proposed (the server: 405).
export default {
  list: lazyView(() => import('./SubmissionDestructionList'), 'SubmissionDestructionList'),
  show: lazyView(() => import('./SubmissionDestructionShow'), 'SubmissionDestructionShow'),
  icon: AutoDeleteIcon,
  recordRepresentation: (batch: SubmissionDestruction) => String(batch.id),
};
