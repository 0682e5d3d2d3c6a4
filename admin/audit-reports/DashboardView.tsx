import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, useDataProvider, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { PdDataProvider } from '../providers/dataProvider';
import { ActionsPerDayChart } from './ActionsPerDayChart';
import { ChainStatusCard } from './ChainStatusCard';
import { FailuresChart } from './FailuresChart';
import { RevealsPerStaffChart } from './RevealsPerStaffChart';
import { errorMessage } from './errors';

/** «Сводка»: the last 30 Moscow days of the log in counts, and whether the chain holds. */
export const DashboardView = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['audit-reports', 'dashboard'],
    queryFn: () => dataProvider.getAuditDashboard(),
  });

  if (isPending) return <Loading />;
  if (error || !data)
    return <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>;

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('pd.audit_reports.dashboard.period', {
          from: formatDate(data.days[0]),
          to: formatDate(data.days.at(-1)),
        })}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <ChainStatusCard chain={data.chain} />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <ActionsPerDayChart dashboard={data} />
        </CardContent>
      </Card>
      {/* Side by side where a screen has room for both (1366 px), one under the other below. */}
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <Card variant="outlined">
          <CardContent>
            <RevealsPerStaffChart dashboard={data} />
          </CardContent>
        </Card>
        <Card variant="outlined">
          <CardContent>
            <FailuresChart dashboard={data} />
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
};
