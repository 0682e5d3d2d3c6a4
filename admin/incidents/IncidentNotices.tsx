import PrintIcon from '@mui/icons-material/Print';
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, Link, useRecordContext, useTranslate } from 'react-admin';
import { formatMoscowMinute } from '../common/moscowTime';
import { INCIDENT_NOTICE_KINDS } from '../types';
import type { IncidentDetailRecord } from './incidentTypes';
import { incidentPrintPath } from './paths';

/**
 * The two notices: their print views (from which the PDF is downloaded), and every printing kept — when, by whom, the
 * SHA-256 of the text printed, and which one the notify / report-results step recorded as sent.
 */
export const IncidentNotices = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  const translate = useTranslate();
  if (!incident) return null;
  return (
    <>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        {INCIDENT_NOTICE_KINDS.map((kind) => (
          <Button
            key={kind}
            component={Link}
            to={incidentPrintPath(incident.id, kind)}
            label={`resources.incidents.actions.print_${kind}`}
            variant="outlined"
          >
            <PrintIcon />
          </Button>
        ))}
      </Box>
      {!incident.notices?.length ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.incidents.notices.none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('resources.incidents.notices.printed')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.incidents.notices.kind')}</TableCell>
                <TableCell>{translate('resources.incidents.notices.printed_at')}</TableCell>
                <TableCell>{translate('resources.incidents.notices.printed_by')}</TableCell>
                <TableCell>SHA-256</TableCell>
                <TableCell>{translate('resources.incidents.notices.sent')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {incident.notices.map((notice) => (
                <TableRow key={notice.id}>
                  <TableCell>{translate(`resources.incidents.notice.${notice.kind}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoscowMinute(notice.printed_at)}</TableCell>
                  <TableCell>{notice.printed_by_login}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.75rem', overflowWrap: 'anywhere' }}>
                    {notice.sha256}
                  </TableCell>
                  <TableCell>
                    {notice.sent ? (
                      <Chip size="small" color="success" label={translate('resources.incidents.notices.sent_yes')} />
                    ) : (
                      translate('pd.common.empty')
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </>
  );
};
