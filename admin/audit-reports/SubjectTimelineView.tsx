import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Loading, useDataProvider, useLocation, useNavigate, useTranslate } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import { errorMessage } from './errors';
import { subjectTimelinePath } from './paths';
import { SubjectTimelineForm } from './SubjectTimelineForm';
import { SubjectTimelineResult } from './SubjectTimelineResult';

/**
 * «Субъект»: everything done to one subject, in time order. The subject lives in the address, so that the report
 * survives a reload and can be linked to; each generation is audited by the server.
 */
export const SubjectTimelineView = () => {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const asked = subjectOf(location.search);
  const { data, error, isPending } = useQuery({
    queryKey: ['audit-reports', 'subject-timeline', asked],
    queryFn: () => dataProvider.getSubjectTimeline(asked!),
    enabled: asked !== null,
    // A report is generated (and logged) when asked for, not again behind the officer's back.
    staleTime: Infinity,
    gcTime: 0,
  });

  return (
    <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('pd.audit_reports.timeline.help')}
      </Typography>
      <Card variant="outlined">
        <CardContent>
          <SubjectTimelineForm initial={asked} onSubmit={(id) => navigate(subjectTimelinePath(id))} />
        </CardContent>
      </Card>
      {asked === null ? (
        <Alert severity="info">{translate('pd.audit_reports.timeline.prompt')}</Alert>
      ) : isPending ? (
        <Loading />
      ) : error || !data ? (
        <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>
      ) : (
        <SubjectTimelineResult timeline={data} />
      )}
    </Box>
  );
};

/** The subject asked for in the address, or null. */
const subjectOf = (search: string): number | null => {
  const id = Number(new URLSearchParams(search).get('subject_id'));
  return Number.isInteger(id) && id > 0 ? id : null;
};
