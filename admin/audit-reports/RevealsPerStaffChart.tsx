import { BarChart } from '@mui/x-charts/BarChart';
import { Link, useTranslate } from 'react-admin';
import type { ComplianceDashboard } from '../types';
import { ChartFigure } from './ChartFigure';
import { CountsTable } from './CountsTable';
import { staffActivityPath } from './paths';

const COLOR = '#0072B2';
const ROW_HEIGHT = 36;

/** Reveals of medical information in the 30 days, one horizontal bar per staff member (logins read across). */
export const RevealsPerStaffChart = ({ dashboard }: { dashboard: ComplianceDashboard }) => {
  const translate = useTranslate();
  const rows = dashboard.reveals_per_staff;
  const period = { from: dashboard.days[0] ?? '', to: dashboard.days.at(-1) ?? '' };
  const description = [
    translate('pd.audit_reports.dashboard.reveals.description'),
    rows
      .map((row) => translate('pd.audit_reports.dashboard.part', { name: row.actor_login, count: row.count }))
      .join(', '),
  ].join(' ');

  return (
    <ChartFigure
      title="pd.audit_reports.dashboard.reveals.title"
      description={description}
      empty="pd.audit_reports.dashboard.reveals.empty"
      hasData={rows.length > 0}
      testId="reveals-chart"
      chart={
        <BarChart
          skipAnimation
          layout="horizontal"
          height={Math.max(140, 70 + ROW_HEIGHT * rows.length)}
          hideLegend
          series={[
            {
              id: 'reveals',
              label: translate('pd.audit_reports.dashboard.reveals.axis_count'),
              color: COLOR,
              data: rows.map((row) => row.count),
              // White on #0072B2 is 5.1:1; a bar too short for its figure leaves it to the tooltip and the table.
              barLabel: (item, { bar }) => (item.value == null || bar.width < 24 ? null : String(item.value)),
            },
          ]}
          yAxis={[{ id: 'staff', scaleType: 'band', data: rows.map((row) => row.actor_login), width: 110 }]}
          xAxis={[{ id: 'count', label: translate('pd.audit_reports.dashboard.reveals.axis_count'), tickMinStep: 1 }]}
          grid={{ vertical: true }}
          sx={{ '& .MuiBarChart-label': { fill: '#FFFFFF' } }}
        />
      }
      table={
        <CountsTable
          label="pd.audit_reports.dashboard.reveals.title"
          rows={rows}
          rowKey={(row) => row.actor_login}
          columns={[
            {
              label: 'pd.audit_reports.dashboard.reveals.staff',
              value: (row) => (
                <Link
                  to={staffActivityPath({ actor_login: row.actor_login, ...period })}
                  aria-label={translate('pd.audit_reports.dashboard.reveals.open_staff', { login: row.actor_login })}
                >
                  {row.actor_login}
                </Link>
              ),
            },
            { label: 'pd.audit_reports.table.count', value: (row) => row.count, numeric: true },
          ]}
        />
      }
    />
  );
};
