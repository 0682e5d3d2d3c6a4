import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import { lazyView } from '../common/lazyView';

// Read-only: a candidate leaves the list by being proposed, decided and destroyed.
export default {
  list: lazyView(() => import('./DestructionCandidateList'), 'DestructionCandidateList'),
  icon: AutoDeleteIcon,
};
