import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, useDataProvider, useLocation, useNavigate, useTranslate } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import { currentMonth } from './days';
import { errorMessage } from './errors';
import { reportPath } from './paths';
import { StaffActivityForm, type StaffActivityQuery } from './StaffActivityForm';
import { StaffActivityResult } from './StaffActivityResult';

/**
 * «Действия сотрудника»: what one staff member did in a period. The query lives in the address, so that the
 * dashboard can link to a person's report and a report survives a reload; each generation is audited by the server.
 */
export const StaffActivityView = () => {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const asked = queryOf(location.search);
  const { data, error, isPending } = useQuery({
    queryKey: ['audit-reports', 'staff-activity', asked],
    queryFn: () => dataProvider.getStaffActivity(asked!),
    enabled: asked !== null,
    // A report is generated (and logged) when asked for, not again behind the officer's back.
    staleTime: Infinity,
    gcTime: 0,
  });

  const submit = (query: StaffActivityQuery) =>
    navigate(`${reportPath('staff-activity')}?${new URLSearchParams(query).toString()}`);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('pd.audit_reports.staff.help')}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <StaffActivityForm initial={asked ?? { actor_login: '', ...currentMonth() }} onSubmit={submit} />
        </CardContent>
      </Card>
      {asked === null ? (
        <Alert severity="info">{translate('pd.audit_reports.staff.prompt')}</Alert>
      ) : isPending ? (
        <Loading />
      ) : error || !data ? (
        <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>
      ) : (
        <StaffActivityResult query={asked} report={data} />
      )}
    </Box>
  );
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The report asked for in the address, or null while something is missing. */
const queryOf = (search: string): StaffActivityQuery | null => {
  const params = new URLSearchParams(search);
  const actor_login = params.get('actor_login')?.trim() ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return actor_login && DAY.test(from) && DAY.test(to) ? { actor_login, from, to } : null;
};
