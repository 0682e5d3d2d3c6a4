import { useId } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { todayIso } from '../common/format';
import { VisuallyHidden } from '../common/VisuallyHidden';
import { useMonthName } from '../statistics/SubmissionsChart';
import { byMonth, lastTwelveMonths } from './closedByMonth';
import { CLOSED_PAGE, deadlinesLink, useClosedItems } from './deadlineQueries';

// Okabe–Ito blue and vermillion: told apart also with the common colour-vision deficiencies, and by the legend,
// the table beside the chart and the text alternative.
const ON_TIME = '#0072B2';
const LATE = '#D55E00';
const HEIGHT = 280;

/**
 * For compliance: how many items were closed late in the last 12 months, and a chart of the items closed per month,
 * on time and late, with the same numbers in a table beside it.
 */
export const ClosedLate = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const descId = useId();
  const tickMonth = useMonthName(locale, 'short');
  const longMonth = useMonthName(locale, 'long');
  const { data, total, isPending, error } = useClosedItems();
  const months = lastTwelveMonths(todayIso());
  const rows = byMonth(data ?? [], months);
  const late = rows.reduce((sum, row) => sum + row.late, 0);
  const onTime = rows.reduce((sum, row) => sum + row.onTime, 0);
  // The page holds the newest closings; if there are more and the oldest on it is still within the 12 months, the
  // months before it are incomplete.
  const oldest = data?.[data.length - 1]?.closed_on;
  const truncated = total !== undefined && total > CLOSED_PAGE && !!oldest && oldest.slice(0, 7) >= months[0];

  const summary = rows
    .filter((row) => row.onTime + row.late > 0)
    .map((row) =>
      translate('pd.dashboard.chart.month', { month: longMonth(row.month), on_time: row.onTime, late: row.late }),
    )
    .join('; ');

  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Box
          sx={{ display: 'flex', gap: 2, alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap' }}
        >
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
            {translate('pd.dashboard.closed_late_title')}
          </Typography>
          {!isPending && !error && (
            <Typography variant="body1" data-testid="dashboard-closed-late">
              {translate('pd.dashboard.closed_late_count')}{' '}
              <Link
                to={deadlinesLink({ state: ['closed_late'] })}
                sx={{ fontWeight: 600, color: late ? 'error.main' : undefined }}
              >
                {late}
              </Link>
              {' · '}
              {translate('pd.dashboard.closed_on_time_count', { count: onTime })}
            </Typography>
          )}
        </Box>
        {error ? (
          <Alert severity="error" sx={{ mt: 1 }}>
            {translate('pd.dashboard.failed')}
          </Alert>
        ) : isPending ? null : (
          <Box
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 1fr)' },
              gap: 2,
              alignItems: 'start',
              mt: 1,
            }}
          >
            <Box
              component="figure"
              sx={{ m: 0, minWidth: 0 }}
              aria-labelledby={titleId}
              aria-describedby={summary ? descId : undefined}
            >
              <Typography id={titleId} component="figcaption" variant="body2" sx={{ fontWeight: 500 }}>
                {translate('pd.dashboard.chart.title')}
              </Typography>
              {summary && (
                <VisuallyHidden>
                  <span id={descId}>{summary}</span>
                </VisuallyHidden>
              )}
              <Box data-testid="closed-chart">
                <BarChart
                  // The figures are read, not watched: a bar that grows would show a wrong height for a moment.
                  skipAnimation
                  height={HEIGHT}
                  series={[
                    {
                      id: 'on_time',
                      label: translate('pd.dashboard.chart.on_time'),
                      color: ON_TIME,
                      data: rows.map((row) => row.onTime),
                    },
                    {
                      id: 'late',
                      label: translate('pd.dashboard.chart.late'),
                      color: LATE,
                      data: rows.map((row) => row.late),
                    },
                  ]}
                  xAxis={[
                    {
                      id: 'month',
                      scaleType: 'band',
                      data: months,
                      valueFormatter: (month: string, context) =>
                        context.location === 'tick' ? tickMonth(month) : longMonth(month),
                    },
                  ]}
                  yAxis={[
                    { id: 'count', label: translate('pd.dashboard.chart.axis_count'), tickMinStep: 1, width: 48 },
                  ]}
                  grid={{ horizontal: true }}
                  slotProps={{
                    legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } },
                  }}
                  localeText={{
                    noData: translate('pd.dashboard.chart.empty'),
                    loading: translate('ra.page.loading'),
                    a11yNoValue: translate('pd.common.empty'),
                  }}
                />
              </Box>
              {truncated && (
                <Typography variant="caption" color="text.secondary">
                  {translate('pd.dashboard.chart.truncated', { count: CLOSED_PAGE })}
                </Typography>
              )}
            </Box>
            <Table size="small" aria-label={translate('pd.dashboard.chart.table')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('pd.dashboard.chart.month_column')}</TableCell>
                  <TableCell align="right">{translate('pd.dashboard.chart.on_time')}</TableCell>
                  <TableCell align="right">{translate('pd.dashboard.chart.late')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.month} data-month={row.month}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {longMonth(row.month)}
                    </TableCell>
                    <TableCell align="right">{row.onTime}</TableCell>
                    <TableCell
                      align="right"
                      sx={{ color: row.late ? 'error.main' : undefined, fontWeight: row.late ? 600 : undefined }}
                    >
                      {row.late}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
