import ListAltIcon from '@mui/icons-material/ListAlt';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { LinkBase, Link, useTranslate } from 'react-admin';
import { actionKind, actionLabelKey } from '../audit-log/auditFields';
import { formatDate } from '../common/format';
import { formatMoscowTimestamp } from '../common/moscowTime';
import type { StaffActivityReport } from '../types';
import { CountsTable } from './CountsTable';
import { auditLogPath } from './paths';
import type { StaffActivityQuery } from './StaffActivityForm';
import { StaffDaysChart } from './StaffDaysChart';

/** The report: totals, entries per day, entries per action, and the way to the entries themselves in the log. */
export const StaffActivityResult = ({ query, report }: { query: StaffActivityQuery; report: StaffActivityReport }) => {
  const translate = useTranslate();
  const logFilter = { actor_login: query.actor_login, from: query.from, to: query.to };
  const heading = translate('pd.audit_reports.staff.heading', {
    login: query.actor_login,
    from: formatDate(query.from),
    to: formatDate(query.to),
  });

  return (
    <Card variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
            {heading}
          </Typography>
          {report.total > 0 && (
            <Button component={LinkBase} to={auditLogPath(logFilter)} startIcon={<ListAltIcon />}>
              {translate('pd.audit_reports.staff.open_log')}
            </Button>
          )}
        </Box>
        {report.total === 0 ? (
          <Alert severity="info">{translate('pd.audit_reports.staff.empty', { login: query.actor_login })}</Alert>
        ) : (
          <>
            <Totals report={report} />
            <StaffDaysChart query={query} report={report} />
            <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, mb: -1 }}>
              {translate('pd.audit_reports.staff.by_action.title')}
            </Typography>
            <CountsTable
              label="pd.audit_reports.staff.by_action.title"
              rows={report.by_action}
              rowKey={(row) => row.action}
              columns={[
                {
                  label: 'pd.audit_reports.staff.by_action.action',
                  value: (row) => (
                    <Link to={auditLogPath({ ...logFilter, action: row.action })} title={row.action}>
                      {translate(actionLabelKey(row.action), { _: row.action })}
                    </Link>
                  ),
                },
                {
                  label: 'pd.audit_reports.staff.by_action.kind',
                  value: (row) =>
                    translate(`resources.audit-log.action_kinds.${actionKind(row.action)}`, {
                      _: actionKind(row.action),
                    }),
                },
                { label: 'pd.audit_reports.staff.by_action.count', value: (row) => row.count, numeric: true },
              ]}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
};

const Totals = ({ report }: { report: StaffActivityReport }) => {
  const translate = useTranslate();
  const items = [
    ['total', report.total.toLocaleString('ru-RU')],
    ['subjects', report.subjects.toLocaleString('ru-RU')],
    ['first', formatMoscowTimestamp(report.first_at)],
    ['last', formatMoscowTimestamp(report.last_at)],
  ] as const;
  return (
    <Box component="dl" sx={{ m: 0, display: 'flex', flexWrap: 'wrap', gap: 3 }}>
      {items.map(([name, value]) => (
        <Box key={name}>
          <Typography component="dt" variant="caption" color="text.secondary">
            {translate(`pd.audit_reports.staff.totals.${name}`)}
          </Typography>
          <Typography component="dd" variant="h6" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
