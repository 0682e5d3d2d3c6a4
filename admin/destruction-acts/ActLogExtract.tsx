import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { actionLabelKey } from '../audit-log/auditFields';
import { Section } from '../common/Section';
import type { DestructionActLogLine } from '../types';
import { formatMoscowTimestamp } from '../common/moscowTime';

const L = 'resources.destruction-acts.log';

/**
 * The extract's entries as the chain carries them. The hashes let anyone check them against the log (audit:verify);
 * 64 hex characters wrap anywhere so that the table keeps the page's width at 1024 px.
 */
export const ActLogExtract = ({ log }: { log: DestructionActLogLine[] }) => {
  const translate = useTranslate();
  return (
    <Section title="resources.destruction-acts.sections.log" columns={1}>
      {log.length === 0 ? (
        <Typography variant="body2">{translate(`${L}.empty`)}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate(`${L}.title`)} sx={{ tableLayout: 'fixed', minWidth: 640 }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: '7rem' }}>{translate(`${L}.id`)}</TableCell>
                <TableCell sx={{ width: '11rem' }}>{translate(`${L}.at`)}</TableCell>
                <TableCell sx={{ width: '24%' }}>{translate(`${L}.action`)}</TableCell>
                <TableCell sx={{ width: '20%' }}>{translate(`${L}.actor`)}</TableCell>
                <TableCell>{translate(`${L}.hash`)}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {log.map((line) => (
                <TableRow key={line.id}>
                  <TableCell>{line.id}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoscowTimestamp(line.at)}</TableCell>
                  <TableCell>{translate(actionLabelKey(line.action), { _: line.action })}</TableCell>
                  <TableCell sx={{ overflowWrap: 'break-word' }}>
                    <span style={{ display: 'block' }}>{line.actor_login}</span>
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {translate(`pd.roles.${line.actor_role}`, { _: line.actor_role })}
                    </Typography>
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{line.hash}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  );
};
