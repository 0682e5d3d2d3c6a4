import SubmissionIcon from '@mui/icons-material/MoveToInbox';
import { Badge } from '@mui/material';
import { Menu, useCanAccess, useGetResourceLabel, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { usePendingSubmissionsCount } from './pendingCount';

/** «Обращения с сайта» with a badge counting the submissions waiting for a decision. */
export const SubmissionsMenuItem = () => {
  const { canAccess } = useCanAccess({ resource: 'submissions', action: 'list' });
  const { data } = usePendingSubmissionsCount(canAccess === true);
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const count = data?.count ?? 0;
  return (
    <Menu.ResourceItem
      name="submissions"
      leftIcon={
        <Badge
          badgeContent={count}
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
