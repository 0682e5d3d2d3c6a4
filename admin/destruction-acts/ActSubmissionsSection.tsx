import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate, formatPhone } from '../common/format';
import { Section } from '../common/Section';
import type { DestructionActSubmission } from '../types';
import { formatMoscowTimestamp } from '../common/moscowTime';

const S = 'resources.destruction-acts.submissions';

/**
 * A batch act's people: each destroyed submission with the identifying data it held, as the printed act lists them
 * (its section 1). The receipt and its time tell one submission of a person from another; times on the clinic's clock.
 */
export const ActSubmissionsSection = ({ submissions }: { submissions: readonly DestructionActSubmission[] }) => {
  const translate = useTranslate();
  const empty = translate('pd.common.empty');
  return (
    <Section title="resources.destruction-acts.sections.submissions" columns={1}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate(`${S}.table`)} sx={{ tableLayout: 'fixed', minWidth: 720 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '24%' }}>{translate(`${S}.full_name`)}</TableCell>
              <TableCell sx={{ width: '8rem' }}>{translate(`${S}.birth_date`)}</TableCell>
              <TableCell sx={{ width: '11rem' }}>{translate(`${S}.phone`)}</TableCell>
              <TableCell>{translate(`${S}.email`)}</TableCell>
              <TableCell>{translate(`${S}.receipt_id`)}</TableCell>
              <TableCell sx={{ width: '11rem' }}>{translate(`${S}.received_at`)}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {submissions.map((submission) => (
              <TableRow key={submission.id}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  {[submission.last_name, submission.first_name, submission.patronymic].filter(Boolean).join(' ')}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(submission.birth_date) || empty}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatPhone(submission.phone) || empty}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{submission.email ?? empty}</TableCell>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <span style={{ display: 'block' }}>{submission.receipt_id}</span>
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {translate(`resources.submissions.service.${submission.service}`, { _: submission.service })}
                  </Typography>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatMoscowTimestamp(submission.received_at)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Section>
  );
};
