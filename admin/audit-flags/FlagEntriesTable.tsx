import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { actionLabelKey } from '../audit-log/auditFields';
import { formatMoscowMinute } from '../common/moscowTime';
import type { ShownFlag } from './shownFlag';

/**
 * The entries behind a flag: id, time, who and what, never their details. Each id opens the entry in the log,
 * where compliance sees the rest (and that opening is itself audited).
 */
export const FlagEntriesTable = ({ flag }: { flag: ShownFlag }) => {
  const translate = useTranslate();
  const label = (key: string) => translate(`resources.audit-flags.entry.${key}`);
  // The list's row is shown while the card is fetched: it has no entries yet.
  if (!flag.entry_list) return null;
  return (
    <Box component="section" aria-labelledby="flag-entries">
      <Typography id="flag-entries" variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {translate('resources.audit-flags.sections.entries')}
      </Typography>
      {flag.entries_truncated && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.audit-flags.entries_truncated', {
            shown: flag.entry_list.length,
            total: flag.entries,
          })}
        </Typography>
      )}
      <Table size="small" aria-labelledby="flag-entries">
        <TableHead>
          <TableRow>
            <TableCell>{label('id')}</TableCell>
            <TableCell>{label('at')}</TableCell>
            <TableCell>{label('actor_login')}</TableCell>
            <TableCell>{label('action')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {flag.entry_list.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell>
                <Link href={`#/audit-log/${entry.id}/show`}>{`№ ${entry.id}`}</Link>
              </TableCell>
              <TableCell>{formatMoscowMinute(entry.at)}</TableCell>
              <TableCell>{entry.actor_login}</TableCell>
              <TableCell>{translate(actionLabelKey(entry.action), { _: entry.action })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
