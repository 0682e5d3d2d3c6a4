import VerifiedIcon from '@mui/icons-material/Verified';
import { lazyView } from '../common/lazyView';

// Checkpoints are signed by the server, never edited or deleted.
export default {
  list: lazyView(() => import('./CheckpointList'), 'CheckpointList'),
  show: lazyView(() => import('./CheckpointShow'), 'CheckpointShow'),
  icon: VerifiedIcon,
  recordRepresentation: (record: { id: number }) => `№ ${record.id}`,
};
