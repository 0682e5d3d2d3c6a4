import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, RecordContextProvider, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import { DeadlineDueField, DeadlineStateChip, termText } from '../deadlines/deadlineFields';
import type { LetterDetail } from '../types';

/** The terms the letter runs (its kind's rows of the rules table): what is due, by when, how it stands, how it closed. */
export const LetterDeadlines = () => {
  const letter = useRecordContext<LetterDetail>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  // Right after registering, the card first shows the record the create answered (no terms in it) until its own read.
  if (!letter?.deadlines) return null;
  if (letter.deadlines.length === 0) {
    return <Alert severity="info">{translate('resources.letters.deadlines.none')}</Alert>;
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.letters.sections.deadlines')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.deadlines.fields.kind')}</TableCell>
            <TableCell>{translate('resources.deadlines.fields.effective_due_on')}</TableCell>
            <TableCell>{translate('resources.deadlines.fields.state')}</TableCell>
            <TableCell>{translate('resources.deadlines.fields.closed_on')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {letter.deadlines.map((item) => (
            <RecordContextProvider key={item.id} value={item}>
              <TableRow data-testid={`deadline-${item.id}`} data-kind={item.kind}>
                <TableCell>
                  <Link to={createPath({ resource: 'deadlines', id: item.id, type: 'show' })} sx={{ fontWeight: 500 }}>
                    {translate(`resources.deadlines.kind.${item.kind}`, { _: item.kind })}
                  </Link>
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {termText(translate, item)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <DeadlineDueField stateInWords={false} />
                </TableCell>
                <TableCell>
                  <DeadlineStateChip source="state" />
                </TableCell>
                <TableCell>
                  {item.closed_on ? (
                    <>
                      <Typography component="span" variant="body2" sx={{ display: 'block' }}>
                        {formatDate(item.closed_on)}
                      </Typography>
                      {item.close_reason && (
                        <Typography component="span" variant="caption" color="text.secondary">
                          {translate(`resources.deadlines.close_reason.${item.close_reason}`, { _: item.close_reason })}
                        </Typography>
                      )}
                    </>
                  ) : (
                    translate('pd.common.empty')
                  )}
                </TableCell>
              </TableRow>
            </RecordContextProvider>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
