import { useState } from 'react';
import { Box, Card, CardContent, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { useMyId } from '../deadlines/assignee';
import { useCan } from '../providers/useCan';
import { ClosedLate } from './ClosedLate';
import { scopeFilter } from './deadlineQueries';
import { DeadlineSummary } from './DeadlineSummary';
import { IncidentClocks } from './IncidentClocks';
import { NextDue } from './NextDue';
import { OpenByKind } from './OpenByKind';

type Scope = 'mine' | 'all';

/**
 * The first screen («Сроки»): the terms the law sets for the letters, counted on the production calendar, so that a
 * term is seen coming. An operator sees their own items or everyone's; compliance and the administrator see everyone's,
 * and compliance also how many were closed late in the last 12 months, month by month. Every number opens the list of
 * the items it counts.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const me = useMyId();
  const { canAccess } = useCan('deadlines.list');
  const { canAccess: seesIncidents } = useCan('incidents.list');
  const operator = identity?.role === 'operator';
  const [chosen, setChosen] = useState<Scope>('mine');
  const scope: Scope = operator ? chosen : 'all';
  const filter = scopeFilter(scope, me);
  const ready = canAccess === true && me !== undefined;

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="pd.dashboard.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent
          sx={{ display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
        >
          <Box>
            <Typography variant="h6" component="h1">
              {translate('pd.dashboard.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(scope === 'mine' ? 'pd.dashboard.scope_mine_help' : 'pd.dashboard.scope_all_help')}
            </Typography>
          </Box>
          {operator && (
            <ToggleButtonGroup
              exclusive
              size="small"
              color="primary"
              value={scope}
              onChange={(_event, next: Scope | null) => next && setChosen(next)}
              aria-label={translate('pd.dashboard.scope')}
            >
              <ToggleButton value="mine">{translate('pd.dashboard.mine')}</ToggleButton>
              <ToggleButton value="all">{translate('pd.dashboard.all')}</ToggleButton>
            </ToggleButtonGroup>
          )}
        </CardContent>
      </Card>
      {/* An incident's clocks run in hours: first, above the working-day terms (operators never see incidents). */}
      {seesIncidents === true && <IncidentClocks />}
      {ready && (
        <>
          <Box sx={{ mt: seesIncidents ? 2 : 0 }}>
            <DeadlineSummary filter={filter} />
          </Box>
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 3fr)' },
              gap: 2,
              alignItems: 'start',
              mt: 2,
            }}
          >
            <OpenByKind filter={filter} />
            <NextDue filter={filter} />
          </Box>
          {identity?.role === 'compliance' && <ClosedLate />}
        </>
      )}
    </Box>
  );
};
