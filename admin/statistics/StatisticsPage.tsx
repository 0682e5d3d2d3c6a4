import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Loading, Title, useAuthenticated, useDataProvider, useRequireAccess, useTranslate } from 'react-admin';
import { CsvExportButton } from '../common/CsvExportButton';
import { useCan } from '../providers/useCan';
import type { PdDataProvider } from '../providers/dataProvider';
import { StatisticsCellsTable } from './StatisticsCellsTable';
import { SubmissionsChart } from './SubmissionsChart';

/**
 * Anonymized statistics (clause 3.2): counts by service, month, age band and sex, small
 * cells suppressed by the server. Each visit generates them anew and is logged, so the
 * result is never refetched behind the user's back.
 */
export const StatisticsPage = () => {
  useAuthenticated();
  // Redirects to «access denied» when refused; canAccess also gates the (audited) request.
  useRequireAccess({ resource: 'statistics', action: 'show' });
  const { canAccess, isPending: checkingAccess } = useCan('statistics.show');
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['statistics', 'generated'],
    queryFn: () => dataProvider.getStatistics(),
    enabled: canAccess === true,
    staleTime: Infinity,
    gcTime: 0,
  });

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="pd.statistics.title" />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Box
              sx={{
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'flex-start',
                gap: 2,
                flexWrap: 'wrap',
              }}
            >
              <Typography variant="h6" component="h1">
                {translate('pd.statistics.title')}
              </Typography>
              <CsvExportButton path="/statistics?format=csv" texts="pd.statistics.export" />
            </Box>
            <Alert severity="info" variant="outlined" sx={{ mt: 1 }}>
              {translate('pd.statistics.help')}
            </Alert>
          </CardContent>
        </Card>
        {checkingAccess || isPending ? (
          <Loading />
        ) : error || !data ? (
          <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>
        ) : (
          <>
            <Card>
              <CardContent>
                <SubmissionsChart data={data.perMonthByService} />
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <StatisticsCellsTable cells={data.cells} />
              </CardContent>
            </Card>
          </>
        )}
      </Stack>
    </Box>
  );
};

const errorMessage = (error: unknown) => (error as Error | null)?.message || 'ra.notification.http_error';
