import {
  Card,
  CardContent,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { OPEN_STATES } from '../deadlines/choices';
import { DEADLINE_KINDS, type DeadlineKind } from '../types';
import { deadlinesLink, useDeadlineCount, type DeadlineFilter } from './deadlineQueries';

/** Open items by kind of term, each with its term and legal source; each number opens the list of those items. */
export const OpenByKind = ({ filter }: { filter: DeadlineFilter }) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }} id="dashboard-by-kind">
          {translate('pd.dashboard.by_kind')}
        </Typography>
        <Table size="small" aria-labelledby="dashboard-by-kind">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.deadlines.fields.kind')}</TableCell>
              <TableCell align="right">{translate('pd.dashboard.open_count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {DEADLINE_KINDS.map((kind) => (
              <KindRow key={kind} kind={kind} filter={filter} />
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

const KindRow = ({ kind, filter }: { kind: DeadlineKind; filter: DeadlineFilter }) => {
  const translate = useTranslate();
  const rowFilter = { ...filter, kind, state: OPEN_STATES };
  const { count, isPending } = useDeadlineCount(rowFilter);
  const name = translate(`resources.deadlines.kind.${kind}`);
  return (
    <TableRow data-kind={kind}>
      <TableCell component="th" scope="row">
        <Typography component="span" variant="body2" sx={{ display: 'block' }}>
          {name}
        </Typography>
        <Typography component="span" variant="caption" color="text.secondary">
          {translate(`resources.deadlines.rule.${kind}`)}
        </Typography>
      </TableCell>
      <TableCell align="right" sx={{ fontWeight: count ? 600 : undefined }}>
        {isPending ? (
          <Skeleton width={24} sx={{ ml: 'auto' }} />
        ) : count ? (
          <Link
            to={deadlinesLink(rowFilter)}
            aria-label={translate('pd.dashboard.open_of_kind', { kind: name, count })}
          >
            {count}
          </Link>
        ) : (
          (count ?? '—')
        )}
      </TableCell>
    </TableRow>
  );
};
