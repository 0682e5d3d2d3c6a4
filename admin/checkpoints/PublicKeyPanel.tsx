import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { PdDataProvider } from '../providers/dataProvider';
import { CopyButton } from './CopyButton';

/** The key that checks every checkpoint, PEM and short fingerprint: what an auditor writes down once. */
export const PublicKeyPanel = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PdDataProvider>();
  const { data, error, isPending } = useQuery({
    queryKey: ['checkpoints', 'publicKey'],
    queryFn: () => dataProvider.getAuditPublicKey(),
  });
  if (isPending) return null;
  if (error || !data) return <Alert severity="error">{translate('resources.checkpoints.public_key.failed')}</Alert>;
  return (
    <Card variant="outlined" sx={{ mt: 2, mb: 1 }} component="section" aria-labelledby="audit-public-key">
      <CardContent>
        <Typography id="audit-public-key" variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
          {translate('resources.checkpoints.public_key.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.checkpoints.public_key.hint')}
        </Typography>
        <Typography variant="body2">
          {translate('resources.checkpoints.public_key.fingerprint')}{' '}
          <Box component="code" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
            {data.short_fingerprint}
          </Box>
        </Typography>
        <Box component="pre" sx={{ fontFamily: 'monospace', fontSize: '0.85em', my: 1, whiteSpace: 'pre-wrap' }}>
          {data.public_key_pem}
        </Box>
        <CopyButton text={data.public_key_pem} label="resources.checkpoints.public_key.copy" />
      </CardContent>
    </Card>
  );
};
