import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { ComplianceDashboard } from '../types';
import { ChartFigure } from './ChartFigure';
import { CountsTable } from './CountsTable';
import { shortDay } from './days';

// Side by side, not stacked: a failed sign-in and a refusal are different warnings, each read on its own.
const COLORS = { failed_logins: '#D55E00', denials: '#0072B2' } as const;

/** Failed sign-ins and access denials per Moscow day, the 30 days. */
export const FailuresChart = ({ dashboard }: { dashboard: ComplianceDashboard }) => {
  const translate = useTranslate();
  const rows = dashboard.failures_per_day;
  const seen = rows.filter((row) => row.failed_logins + row.denials > 0);
  const description = [
    translate('pd.audit_reports.dashboard.failures.description'),
    seen
      .map((row) =>
        translate('pd.audit_reports.dashboard.failures.day_total', {
          day: formatDate(row.day),
          failed: row.failed_logins,
          denials: row.denials,
        }),
      )
      .join('; '),
  ].join(' ');

  return (
    <ChartFigure
      title="pd.audit_reports.dashboard.failures.title"
      description={description}
      empty="pd.audit_reports.dashboard.failures.empty"
      hasData={seen.length > 0}
      testId="failures-chart"
      chart={
        <BarChart
          skipAnimation
          height={280}
          series={(['failed_logins', 'denials'] as const).map((key) => ({
            id: key,
            label: translate(`pd.audit_reports.dashboard.failures.${key}`),
            color: COLORS[key],
            data: rows.map((row) => row[key] || null),
            valueFormatter: (value: number | null) => (value == null ? null : String(value)),
          }))}
          xAxis={[
            {
              id: 'day',
              scaleType: 'band',
              data: rows.map((row) => row.day),
              categoryGapRatio: 0.2,
              valueFormatter: (day: string, context) => (context.location === 'tick' ? shortDay(day) : formatDate(day)),
            },
          ]}
          yAxis={[{ id: 'count', tickMinStep: 1, width: 40 }]}
          grid={{ horizontal: true }}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } } }}
        />
      }
      table={
        <CountsTable
          label="pd.audit_reports.dashboard.failures.title"
          rows={seen}
          rowKey={(row) => row.day}
          columns={[
            { label: 'pd.audit_reports.table.day', value: (row) => formatDate(row.day) },
            {
              label: 'pd.audit_reports.dashboard.failures.failed_logins',
              value: (row) => row.failed_logins,
              numeric: true,
            },
            { label: 'pd.audit_reports.dashboard.failures.denials', value: (row) => row.denials, numeric: true },
          ]}
        />
      }
    />
  );
};
