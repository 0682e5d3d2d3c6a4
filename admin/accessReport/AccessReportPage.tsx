import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Button,
  Link,
  Loading,
  Title,
  useAuthenticated,
  useDataProvider,
  useParams,
  useRequireAccess,
  useTranslate,
} from 'react-admin';
import { formatTimestamp } from '../common/format';
import { PrintView } from '../common/PrintView';
import type { PdDataProvider } from '../providers/dataProvider';
import { useCan } from '../providers/useCan';
import type { AccessReport } from '../types';
import { AccessReportActions } from './AccessReportActions';

/**
 * «Сведения об обработке персональных данных» of one subject, shown as the sheet it prints as (the same structure the
 * PDF is made from, so what the operator reads is what the person receives). Each visit generates the report anew and the server
 * logs it, so it is never refetched behind the user's back (staleTime) nor kept once the page is left (gcTime 0).
 * A report with the medical information ticked in lives in this page's state only.
 */
export const AccessReportPage = () => {
  useAuthenticated();
  useRequireAccess({ resource: 'subjects', action: 'access_report' });
  const { id = '' } = useParams<{ id: string }>();
  const { canAccess } = useCan('subjects.access_report');
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['subjects', 'accessReport', id],
    queryFn: () => dataProvider.getAccessReport(id),
    enabled: canAccess === true && id !== '',
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const [withMedical, setWithMedical] = useState<{ report: AccessReport; reason: string } | null>(null);
  const report = withMedical?.report ?? data;

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="pd.access_report.title" />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
              <Box>
                <Typography variant="h6" component="h1">
                  {translate('pd.access_report.title')}
                </Typography>
                {report && (
                  <Typography variant="body2" color="text.secondary">
                    {translate('pd.access_report.generated_at', { date: formatTimestamp(report.generated_at) })}
                  </Typography>
                )}
              </Box>
              <Button
                component={Link}
                to={`/subjects/${encodeURIComponent(id)}/show`}
                label="pd.access_report.back"
                sx={{ alignSelf: 'flex-start' }}
              >
                <ArrowBackIcon />
              </Button>
            </Box>
            <Alert severity="info" variant="outlined" sx={{ mt: 1 }}>
              {translate('pd.access_report.help')}
            </Alert>
            {report && (
              <AccessReportActions
                subjectId={id}
                report={report}
                medicalReason={withMedical?.reason}
                onMedical={setWithMedical}
              />
            )}
          </CardContent>
        </Card>
        {isPending && !report ? (
          <Loading />
        ) : error || !report ? (
          <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>
        ) : (
          <PrintView documents={[report.printable]} />
        )}
      </Stack>
    </Box>
  );
};

const errorMessage = (error: unknown) => (error as Error | null)?.message || 'ra.notification.http_error';
