import type { ReactNode } from 'react';
import ErrorIcon from '@mui/icons-material/ErrorOutlined';
import EventIcon from '@mui/icons-material/Event';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { Box, Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { OPEN_STATES } from '../deadlines/choices';
import { deadlinesLink, useDeadlineCount, type DeadlineFilter } from './deadlineQueries';

/** The three numbers: open items, those due within 3 working days (amber), those overdue (red). */
export const DeadlineSummary = ({ filter }: { filter: DeadlineFilter }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' }, gap: 2 }}>
    <Figure
      filter={{ ...filter, state: OPEN_STATES }}
      label="pd.dashboard.open"
      hint="pd.dashboard.open_hint"
      icon={<EventIcon />}
      testId="dashboard-open"
    />
    <Figure
      filter={{ ...filter, state: ['due_soon'] }}
      label="pd.dashboard.due_soon"
      hint="pd.dashboard.due_soon_hint"
      icon={<ScheduleIcon />}
      color="warning.main"
      testId="dashboard-due-soon"
    />
    <Figure
      filter={{ ...filter, state: ['overdue'] }}
      label="pd.dashboard.overdue"
      hint="pd.dashboard.overdue_hint"
      icon={<ErrorIcon />}
      color="error.main"
      testId="dashboard-overdue"
    />
  </Box>
);

/** A number that opens the filtered list; coloured (with its icon and words) only when it is not zero. */
const Figure = ({
  filter,
  label,
  hint,
  icon,
  color,
  testId,
}: {
  filter: DeadlineFilter;
  label: string;
  hint: string;
  icon: ReactNode;
  color?: string;
  testId: string;
}) => {
  const translate = useTranslate();
  const { count, isPending } = useDeadlineCount(filter);
  const shown = count !== undefined && count > 0 ? color : undefined;
  return (
    <Card sx={{ borderTop: 4, borderColor: shown ?? 'divider' }}>
      <CardActionArea component={Link} to={deadlinesLink(filter)} data-testid={testId}>
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Box sx={{ color: shown ?? 'text.secondary', display: 'flex' }} aria-hidden>
            {icon}
          </Box>
          <Box>
            <Typography variant="h4" component="p" sx={{ color: shown, fontWeight: 600, lineHeight: 1.1 }}>
              {isPending ? <Skeleton width={40} /> : (count ?? '—')}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {translate(label)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(hint)}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
