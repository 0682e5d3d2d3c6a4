import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, Link, Title, useDataProvider, useParams, useTranslate } from 'react-admin';
import { PrintView } from '../common/PrintView';
import type { PdDataProvider } from '../providers/dataProvider';
import { NoticePdfButton } from './NoticePdfButton';
import { noticeKindOf } from './paths';

/**
 * A notice to Roskomnadzor as print-ready HTML: the same document the PDF is made from, drafted from the incident's
 * record and the operator's details, fetched once per visit (a draft decrypts the incident's texts, so it is neither
 * cached nor refetched on focus). The officer copies it into the portal, or downloads the PDF, which is kept.
 */
export const IncidentPrint = () => {
  const { id = '', notice } = useParams<{ id: string; notice: string }>();
  const kind = noticeKindOf(notice);
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['incidents', 'notice', id, kind],
    queryFn: () => dataProvider.getIncidentNotice(id, kind!),
    enabled: kind !== null,
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
  if (!kind) return <Alert severity="error">{translate('ra.page.not_found')}</Alert>;
  const title = translate(`resources.incidents.print.title_${kind}`);
  return (
    <Box sx={{ py: 2 }}>
      <Title title={title} />
      <Box className="pd-no-print" sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <Typography component="h1" variant="h6" sx={{ mr: 'auto' }}>
          {title}
        </Typography>
        <Button
          component={Link}
          to={`/incidents/${encodeURIComponent(id)}/show`}
          label="resources.incidents.actions.back"
        >
          <ArrowBackIcon />
        </Button>
        <Button label="resources.incidents.actions.print" onClick={() => window.print()} disabled={!data}>
          <PrintIcon />
        </Button>
        <NoticePdfButton incidentId={id} kind={kind} />
      </Box>
      <Typography className="pd-no-print" variant="body2" sx={{ mb: 1 }}>
        {translate('resources.incidents.print.hint')}
      </Typography>
      {data && (
        <Typography
          className="pd-no-print"
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ mb: 2, overflowWrap: 'anywhere' }}
        >
          {translate('resources.incidents.print.sha256', { sha256: data.sha256 })}
        </Typography>
      )}
      {isPending && kind && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>}
      {data && <PrintView documents={[data.document]} />}
    </Box>
  );
};

const errorMessage = (error: unknown) => (error as Error | null)?.message || 'ra.notification.http_error';
