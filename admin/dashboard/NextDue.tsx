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
import { Link, RecordContextProvider, useCreatePath, useTranslate } from 'react-admin';
import { DeadlineDueField, DeadlineStateChip } from '../deadlines/deadlineFields';
import { OPEN_STATES } from '../deadlines/choices';
import { DeadlineBasisField } from '../deadlines/references';
import { deadlinesLink, useNextDue, type DeadlineFilter } from './deadlineQueries';

/** The next ten items due, the overdue ones first, with their letters' numbers. */
export const NextDue = ({ filter }: { filter: DeadlineFilter }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, total, isPending } = useNextDue(filter);
  return (
    <Card>
      <CardContent>
        <Box
          sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}
        >
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }} id="dashboard-next-due">
            {translate('pd.dashboard.next_due')}
          </Typography>
          {total !== undefined && total > (data?.length ?? 0) && (
            <Link to={deadlinesLink({ ...filter, state: OPEN_STATES })} variant="body2">
              {translate('pd.dashboard.all_open', { count: total })}
            </Link>
          )}
        </Box>
        {isPending ? null : !data?.length ? (
          <Alert severity="success" variant="outlined">
            {translate('pd.dashboard.nothing_due')}
          </Alert>
        ) : (
          <Table size="small" aria-labelledby="dashboard-next-due" data-testid="dashboard-next-due">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.deadlines.fields.effective_due_on')}</TableCell>
                <TableCell>{translate('resources.deadlines.fields.kind')}</TableCell>
                <TableCell>{translate('resources.deadlines.fields.basis')}</TableCell>
                <TableCell>{translate('resources.deadlines.fields.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((item) => (
                <RecordContextProvider key={item.id} value={item}>
                  <TableRow data-testid={`next-due-${item.id}`}>
                    <TableCell>
                      <DeadlineDueField stateInWords={false} />
                    </TableCell>
                    <TableCell>
                      <Link to={createPath({ resource: 'deadlines', id: item.id, type: 'show' })}>
                        {translate(`resources.deadlines.kind.${item.kind}`, { _: item.kind })}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <DeadlineBasisField />
                    </TableCell>
                    <TableCell>
                      <DeadlineStateChip source="state" />
                    </TableCell>
                  </TableRow>
                </RecordContextProvider>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
