import { Alert, Box, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { actionLabelKey } from '../audit-log/auditFields';
import { formatMoscowTimestamp } from '../common/moscowTime';
import { formatIp } from '../common/format';
import type { EvidenceList } from '../providers/dataProvider';

/** The entries listed for the window: each a link into the log (opening it there is an audited read of its own). */
export const EvidenceEntries = ({ list }: { list: EvidenceList }) => {
  const translate = useTranslate();
  if (list.entries.length === 0) {
    return (
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('resources.incidents.evidence.none')}
      </Alert>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto', mb: 2 }}>
      <Typography variant="body2" sx={{ mb: 1 }} role="status">
        {translate('resources.incidents.evidence.found', { smart_count: list.total })}
      </Typography>
      <Table size="small" aria-label={translate('resources.incidents.evidence.entries')} data-testid="evidence-entries">
        <TableHead>
          <TableRow>
            <TableCell>№</TableCell>
            <TableCell>{translate('resources.incidents.evidence.at')}</TableCell>
            <TableCell>{translate('resources.incidents.evidence.who')}</TableCell>
            <TableCell>{translate('resources.incidents.evidence.action')}</TableCell>
            <TableCell>{translate('resources.incidents.evidence.subject')}</TableCell>
            <TableCell>{translate('resources.incidents.evidence.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>
                <Link href={`#/audit-log/${entry.id}/show`}>{entry.id}</Link>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoscowTimestamp(entry.at)}</TableCell>
              <TableCell>
                {entry.actor_login ?? translate('pd.common.empty')}
                {entry.ip && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {formatIp(entry.ip)}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{translate(actionLabelKey(entry.action), { _: entry.action })}</TableCell>
              <TableCell>
                {entry.subject_id ? (
                  <Link href={`#/subjects/${entry.subject_id}/show`}>{entry.subject_id}</Link>
                ) : (
                  translate('pd.common.empty')
                )}
              </TableCell>
              <TableCell>{translate(`resources.incidents.evidence.reasons.${entry.reason}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
