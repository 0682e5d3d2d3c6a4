import { Badge } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Menu, useGetResourceLabel, useTranslate } from 'react-admin';
import { VisuallyHidden } from '../common/VisuallyHidden';

/**
 * A resource's menu entry with a red count on its icon (submissions waiting, overdue terms) and the count in words
 * for screen readers. The badge shrinks away over a few frames once the count is 0: it keeps the last number
 * meanwhile, where MUI would show an empty red dot after any re-render during that animation.
 */
export const CountedMenuItem = ({
  resource,
  count,
  icon,
  countLabelKey,
  testId,
}: {
  resource: string;
  count: number;
  icon: ReactElement;
  /** i18n key with %{count}, read after the label, e.g. «3 ждут решения». */
  countLabelKey: string;
  testId: string;
}) => {
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const [lastShown, setLastShown] = useState(count);
  if (count > 0 && count !== lastShown) setLastShown(count);
  return (
    <Menu.ResourceItem
      name={resource}
      leftIcon={
        <Badge
          badgeContent={lastShown}
          invisible={count === 0}
          max={99}
          color="error"
          slotProps={{ badge: { 'aria-hidden': true, 'data-testid': testId } as object }}
        >
          {icon}
        </Badge>
      }
      primaryText={
        <>
          {getResourceLabel(resource, 2)}
          {count > 0 && <VisuallyHidden> ({translate(countLabelKey, { count })})</VisuallyHidden>}
        </>
      }
    />
  );
};
