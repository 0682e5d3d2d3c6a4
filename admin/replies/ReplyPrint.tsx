import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, Link, Title, useDataProvider, useParams, useTranslate } from 'react-admin';
import { PrintView } from '../common/PrintView';
import type { PdDataProvider } from '../providers/dataProvider';

/**
 * The reply as print-ready HTML: the same document the PDF is made from, fetched once per visit (each generation is
 * audited, so it is not cached or refetched on focus).
 */
export const ReplyPrint = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['replies', 'printable', id],
    queryFn: () => dataProvider.getReplyPrintable(id),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
  return (
    <Box sx={{ py: 2 }}>
      <Title title="resources.replies.print.title" />
      <Box className="pd-no-print" sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
        <Typography component="h1" variant="h6" sx={{ mr: 'auto' }}>
          {translate('resources.replies.print.title')}
        </Typography>
        <Button component={Link} to={`/replies/${encodeURIComponent(id)}/show`} label="resources.replies.actions.back">
          <ArrowBackIcon />
        </Button>
        <Button
          label="resources.replies.actions.print"
          variant="contained"
          onClick={() => window.print()}
          disabled={!data}
        >
          <PrintIcon />
        </Button>
      </Box>
      <Typography className="pd-no-print" variant="body2" sx={{ mb: 2 }}>
        {translate('resources.replies.print.hint')}
      </Typography>
      {isPending && <CircularProgress aria-label={translate('ra.page.loading')} />}
      {error && <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>}
      {data && <PrintView documents={data} />}
    </Box>
  );
};

const errorMessage = (error: unknown) => (error as Error | null)?.message || 'ra.notification.http_error';
