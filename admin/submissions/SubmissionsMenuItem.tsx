import SubmissionIcon from '@mui/icons-material/MoveToInbox';
import { Badge } from '@mui/material';
import { useState } from 'react';
import { Menu, useGetResourceLabel, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { useCan } from '../providers/useCan';
import { usePendingSubmissionsCount } from './pendingCount';

/** «Обращения с сайта» with a badge counting the submissions waiting for a decision. */
export const SubmissionsMenuItem = () => {
  const { canAccess } = useCan('submissions.list');
  const { data } = usePendingSubmissionsCount(canAccess === true);
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const count = data?.count ?? 0;
  // The badge shrinks away over a few frames once the queue is empty: it keeps the last number meanwhile, where MUI
  // would show an empty red dot after any re-render during that animation.
  const [lastShown, setLastShown] = useState(count);
  if (count > 0 && count !== lastShown) setLastShown(count);
  return (
    <Menu.ResourceItem
      name="submissions"
      leftIcon={
        <Badge
          badgeContent={lastShown}
          invisible={count === 0}
          max={99}
          color="error"
          slotProps={{ badge: { 'aria-hidden': true, 'data-testid': 'pending-submissions-badge' } as object }}
        >
          <SubmissionIcon />
        </Badge>
      }
      primaryText={
        <>
          {getResourceLabel('submissions', 2)}
          {count > 0 && <VisuallyHidden> ({translate('resources.submissions.menu_badge', { count })})</VisuallyHidden>}
        </>
      }
    />
  );
};
