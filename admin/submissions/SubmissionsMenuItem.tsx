import SubmissionIcon from '@mui/icons-material/MoveToInbox';
import { CountedMenuItem } from '../layout/CountedMenuItem';
import { useCan } from '../providers/useCan';
import { usePendingSubmissionsCount } from './pendingCount';

/** «Обращения с сайта» with a badge counting the submissions waiting for a decision. */
export const SubmissionsMenuItem = () => {
  const { canAccess } = useCan('submissions.list');
  const { data } = usePendingSubmissionsCount(canAccess === true);
  return (
    <CountedMenuItem
      resource="submissions"
      count={data?.count ?? 0}
      icon={<SubmissionIcon />}
      countLabelKey="resources.submissions.menu_badge"
      testId="pending-submissions-badge"
    />
  );
};
