import DeadlineIcon from '@mui/icons-material/EventBusy';
import { useGetList } from 'react-admin';
import { CountedMenuItem } from '../layout/CountedMenuItem';
import { useCan } from '../providers/useCan';
import { useMyId } from './assignee';

// Under the resource's key (react-admin's getList), so an action on a letter, which invalidates the deadlines,
// and react-admin's refresh also refresh the badge.
const POLL_INTERVAL_MS = 60_000;

/** How many of the caller's terms are past their date: one row asked for, the total read. */
export const useMyOverdueCount = () => {
  const me = useMyId();
  const { canAccess } = useCan('deadlines.list');
  const { total } = useGetList(
    'deadlines',
    {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'effective_due_on', order: 'ASC' },
      filter: { assignee_id: me, state: 'overdue' },
    },
    { enabled: canAccess === true && me !== undefined, refetchInterval: POLL_INTERVAL_MS },
  );
  return total ?? 0;
};

/** «Сроки» with a red badge counting the caller's overdue terms (the dashboard's numbers open the filtered list). */
export const DeadlinesMenuItem = () => {
  const count = useMyOverdueCount();
  const { canAccess } = useCan('deadlines.list');
  if (!canAccess) return null;
  return (
    <CountedMenuItem
      resource="deadlines"
      count={count}
      icon={<DeadlineIcon />}
      countLabelKey="resources.deadlines.menu_badge"
      testId="overdue-deadlines-badge"
    />
  );
};
