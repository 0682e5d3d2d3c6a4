import DeadlineIcon from '@mui/icons-material/EventBusy';
import { Badge } from '@mui/material';
import { useState } from 'react';
import { Menu, useGetList, useGetResourceLabel, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
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
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const { canAccess } = useCan('deadlines.list');
  // As the submissions' badge: the last number stays while the badge shrinks away, never an empty red dot.
  const [lastShown, setLastShown] = useState(count);
  if (count > 0 && count !== lastShown) setLastShown(count);
  if (!canAccess) return null;
  return (
    <Menu.ResourceItem
      name="deadlines"
      leftIcon={
        <Badge
          badgeContent={lastShown}
          invisible={count === 0}
          max={99}
          color="error"
          slotProps={{ badge: { 'aria-hidden': true, 'data-testid': 'overdue-deadlines-badge' } as object }}
        >
          <DeadlineIcon />
        </Badge>
      }
      primaryText={
        <>
          {getResourceLabel('deadlines', 2)}
          {count > 0 && <VisuallyHidden> ({translate('resources.deadlines.menu_badge', { count })})</VisuallyHidden>}
        </>
      }
    />
  );
};
