import { Typography } from '@mui/material';
import { BarChart, type BarSeries } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import type { ComplianceDashboard } from '../types';
import { ACTION_GROUPS, GROUP_COLORS, KINDS_BY_GROUP, countsByGroup, type ActionGroup } from './actionGroups';
import { ChartFigure } from './ChartFigure';
import { CountsTable, type CountsColumn } from './CountsTable';
import { shortDay } from './days';

// 30 bars of up to six parts: too narrow for a value on each part; the tooltip and the table have them.
const HEIGHT = 300;

/** The log's entries per Moscow day, stacked by group of actions (see actionGroups for why groups). */
export const ActionsPerDayChart = ({ dashboard }: { dashboard: ComplianceDashboard }) => {
  const translate = useTranslate();
  const rows = countsByGroup(dashboard.days, dashboard.actions_per_day);
  const groupName = (group: ActionGroup) => translate(`pd.audit_reports.dashboard.groups.${group}`);
  // Only the groups that occur get a series: a legend of six where two happened would list four empty colours.
  const groups = ACTION_GROUPS.filter((group) => rows.some((row) => row.counts[group] > 0));

  const series: BarSeries[] = groups.map((group) => ({
    id: group,
    label: groupName(group),
    color: GROUP_COLORS[group],
    stack: 'actions',
    // null, not 0: no empty part in the tooltip.
    data: rows.map((row) => row.counts[group] || null),
    valueFormatter: (value) => (value == null ? null : String(value)),
  }));

  const description = [
    translate('pd.audit_reports.dashboard.actions.description'),
    rows
      .filter((row) => row.total > 0)
      .map((row) =>
        translate('pd.audit_reports.dashboard.actions.day_total', {
          day: formatDate(row.day),
          count: row.total,
          parts: groups
            .filter((group) => row.counts[group] > 0)
            .map((group) =>
              translate('pd.audit_reports.dashboard.part', { name: groupName(group), count: row.counts[group] }),
            )
            .join(', '),
        }),
      )
      .join('; '),
  ].join(' ');

  const columns: CountsColumn<(typeof rows)[number]>[] = [
    { label: 'pd.audit_reports.table.day', value: (row) => formatDate(row.day) },
    ...groups.map((group) => ({
      label: groupName(group),
      value: (row: (typeof rows)[number]) => row.counts[group],
      numeric: true,
    })),
    { label: 'pd.audit_reports.table.total', value: (row) => row.total, numeric: true },
  ];

  return (
    <ChartFigure
      title="pd.audit_reports.dashboard.actions.title"
      description={description}
      empty="pd.audit_reports.dashboard.actions.empty"
      hasData={groups.length > 0}
      testId="actions-chart"
      chart={
        <BarChart
          // The figures are read, not watched: a bar that grows would show a wrong height for a moment.
          skipAnimation
          height={HEIGHT}
          series={series}
          xAxis={[
            {
              id: 'day',
              scaleType: 'band',
              data: dashboard.days,
              categoryGapRatio: 0.25,
              valueFormatter: (day: string, context) => (context.location === 'tick' ? shortDay(day) : formatDate(day)),
            },
          ]}
          yAxis={[
            {
              id: 'count',
              label: translate('pd.audit_reports.dashboard.actions.axis_count'),
              tickMinStep: 1,
              width: 56,
            },
          ]}
          grid={{ horizontal: true }}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } } }}
          localeText={{
            noData: translate('pd.audit_reports.dashboard.actions.empty'),
            loading: translate('ra.page.loading'),
          }}
        />
      }
      note={<GroupsNote />}
      table={
        <CountsTable
          label="pd.audit_reports.dashboard.actions.title"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.day}
        />
      }
    />
  );
};

/** Which of the log's kinds each colour stands for, in the log filter's own words. */
const GroupsNote = () => {
  const translate = useTranslate();
  return (
    <Typography component="div" variant="caption" color="text.secondary" sx={{ mt: 1 }}>
      <span>{translate('pd.audit_reports.dashboard.actions.groups_title')}: </span>
      {ACTION_GROUPS.map((group, index) => (
        <span key={group}>
          <strong>{translate(`pd.audit_reports.dashboard.groups.${group}`)}</strong> —{' '}
          {KINDS_BY_GROUP[group]
            .map((kind) => translate(`resources.audit-log.action_kinds.${kind}`, { _: kind }))
            .join(', ')}
          {index < ACTION_GROUPS.length - 1 ? '; ' : '.'}
        </span>
      ))}
    </Typography>
  );
};
