import SubmissionIcon from '@mui/icons-material/MoveToInbox';
import type { Submission } from '../types';
import { lazyView } from '../common/lazyView';

// Submissions come only from the website and change only by a decision: no edit, no create.
export default {
  list: lazyView(() => import('./SubmissionList'), 'SubmissionList'),
  show: lazyView(() => import('./SubmissionShow'), 'SubmissionShow'),
  edit: undefined,
  create: undefined,
  icon: SubmissionIcon,
  recordRepresentation: (submission: Submission) => submission.receipt_id,
};
