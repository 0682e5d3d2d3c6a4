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
import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { noticeClock } from '../incidents/clock';
import type { IncidentRecord } from '../incidents/incidentTypes';
import { NoticeClock, noticeTimes } from '../incidents/NoticeClock';
import { useNow } from '../incidents/useNow';
import { INCIDENT_NOTICE_KINDS, type IncidentNoticeKind, type IncidentStatus } from '../types';

/** The states in which a notice is still to be sent: open (both clocks run), notified (the 72-hour one). */
const RUNNING: IncidentStatus[] = ['open', 'notified'];

/** Enough for any clinic's open incidents; more would be a different emergency. */
const PAGE = 100;

/**
 * The incidents' clocks on the first screen of compliance and the administrator: every notice not yet sent, the
 * nearest due first, with the hours left (red once overdue), renewed each minute. The law counts hours, so these are
 * not among the working-day terms above.
 */
export const IncidentClocks = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const now = useNow();
  const { data, isPending, error } = useGetList<IncidentRecord>('incidents', {
    pagination: { page: 1, perPage: PAGE },
    sort: { field: 'id', order: 'ASC' },
    filter: { status: RUNNING },
  });
  const rows = (data ?? [])
    .flatMap((incident) =>
      INCIDENT_NOTICE_KINDS.filter((kind) => !noticeTimes(incident, kind).sentAt).map((kind) => ({ incident, kind })),
    )
    .sort(
      (a, b) => Date.parse(noticeTimes(a.incident, a.kind).dueAt) - Date.parse(noticeTimes(b.incident, b.kind).dueAt),
    );
  return (
    <Card data-testid="dashboard-incident-clocks">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }} id="dashboard-incident-clocks">
          {translate('resources.incidents.dashboard.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.incidents.dashboard.hint')}
        </Typography>
        {isPending ? null : error ? (
          <Alert severity="error">{translate('ra.notification.http_error')}</Alert>
        ) : rows.length === 0 ? (
          <Alert severity="success" variant="outlined">
            {translate('resources.incidents.dashboard.none')}
          </Alert>
        ) : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby="dashboard-incident-clocks">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.incidents.dashboard.number')}</TableCell>
                  <TableCell>{translate('resources.incidents.dashboard.notice')}</TableCell>
                  <TableCell>{translate('resources.incidents.dashboard.due_at')}</TableCell>
                  <TableCell>{translate('resources.incidents.dashboard.left')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map(({ incident, kind }) => (
                  <ClockRow
                    key={`${incident.id}-${kind}`}
                    incident={incident}
                    kind={kind}
                    now={now}
                    to={createPath({ resource: 'incidents', id: incident.id, type: 'show' })}
                  />
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

const ClockRow = ({
  incident,
  kind,
  now,
  to,
}: {
  incident: IncidentRecord;
  kind: IncidentNoticeKind;
  now: number;
  to: string;
}) => {
  const translate = useTranslate();
  const { dueAt, sentAt } = noticeTimes(incident, kind);
  const overdue = noticeClock(translate, dueAt, sentAt, now).state === 'overdue';
  return (
    <TableRow data-testid={`incident-clock-${incident.id}-${kind}`} data-state={overdue ? 'overdue' : 'running'}>
      <TableCell>
        <Link to={to} sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
          {incident.number}
        </Link>
      </TableCell>
      <TableCell>{translate(`resources.incidents.notice.${kind}`)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoscowMinute(dueAt)}</TableCell>
      <TableCell>
        <NoticeClock incident={incident} kind={kind} />
      </TableCell>
    </TableRow>
  );
};
