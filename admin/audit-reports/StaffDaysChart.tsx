import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { StaffActivityReport } from '../types';
import { ChartFigure } from './ChartFigure';
import { CountsTable } from './CountsTable';
import { daysBetween, shortDay } from './days';
import type { StaffActivityQuery } from './StaffActivityForm';

const COLOR = '#0072B2';
// Up to a quarter's days are drawn each with its bar, quiet days as gaps; a longer period shows only its active days.
const MAX_DAYS_DRAWN = 92;

/** The staff member's entries per Moscow day of the period. */
export const StaffDaysChart = ({ query, report }: { query: StaffActivityQuery; report: StaffActivityReport }) => {
  const translate = useTranslate();
  const counts = new Map(report.by_day.map((row) => [row.day, row.count]));
  const period = daysBetween(query.from, query.to);
  const days = period.length > 0 && period.length <= MAX_DAYS_DRAWN ? period : report.by_day.map((row) => row.day);
  const description = [
    translate('pd.audit_reports.staff.by_day.description'),
    report.by_day
      .map((row) => translate('pd.audit_reports.dashboard.part', { name: formatDate(row.day), count: row.count }))
      .join(', '),
  ].join(' ');

  return (
    <ChartFigure
      title="pd.audit_reports.staff.by_day.title"
      description={description}
      hasData={report.by_day.length > 0}
      testId="staff-days-chart"
      chart={
        <BarChart
          skipAnimation
          height={240}
          hideLegend
          series={[
            {
              id: 'entries',
              label: translate('pd.audit_reports.staff.by_day.axis_count'),
              color: COLOR,
              data: days.map((day) => counts.get(day) ?? null),
            },
          ]}
          xAxis={[
            {
              id: 'day',
              scaleType: 'band',
              data: days,
              // Bars about as wide as a hand's breadth however few the days, thinner as days are added.
              categoryGapRatio: Math.min(0.85, Math.max(0.25, 1 - 0.1 * days.length)),
              valueFormatter: (day: string, context) => (context.location === 'tick' ? shortDay(day) : formatDate(day)),
            },
          ]}
          yAxis={[
            { id: 'count', label: translate('pd.audit_reports.staff.by_day.axis_count'), tickMinStep: 1, width: 56 },
          ]}
          grid={{ horizontal: true }}
        />
      }
      table={
        <CountsTable
          label="pd.audit_reports.staff.by_day.title"
          rows={report.by_day}
          rowKey={(row) => row.day}
          columns={[
            { label: 'pd.audit_reports.table.day', value: (row) => formatDate(row.day) },
            { label: 'pd.audit_reports.table.count', value: (row) => row.count, numeric: true },
          ]}
        />
      }
    />
  );
};
