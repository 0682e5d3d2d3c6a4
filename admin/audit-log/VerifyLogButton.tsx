import { useEffect, useId, useState } from 'react';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import {
  Alert,
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useAction } from '../common/useAction';
import type { PdDataProvider } from '../providers/dataProvider';
import { useCan } from '../providers/useCan';
import type { AuditVerification } from '../types';

/**
 * «Проверить журнал» (compliance): the server verifies the whole live chain and every checkpoint in worker threads;
 * the dialog follows its progress and shows the result, which the server has written to the log as an audited action.
 */
export const VerifyLogButton = () => {
  const { canAccess } = useCan('audit-log.verify');
  const [runId, setRunId] = useState<string | null>(null);
  const { run, isPending } = useAction({
    action: (dataProvider) => dataProvider.startAuditVerification(),
    onSuccess: (started) => setRunId(started.id),
  });
  if (!canAccess) return null;
  return (
    <>
      <Button label="resources.audit-log.verify.button" onClick={() => run()} disabled={isPending}>
        <VerifiedIcon />
      </Button>
      {runId && <VerificationDialog id={runId} onClose={() => setRunId(null)} />}
    </>
  );
};

const VerificationDialog = ({ id, onClose }: { id: string; onClose: () => void }) => {
  const translate = useTranslate();
  const titleId = useId();
  const dataProvider = useDataProvider<PdDataProvider>();
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: ['audit-log', 'verification', id],
    queryFn: () => dataProvider.getAuditVerification(id),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 400 : false),
    gcTime: 0,
  });
  const done = data !== undefined && data.status !== 'running';
  // The run wrote its audit entry: the list on screen is out of date.
  useEffect(() => {
    if (done) void queryClient.invalidateQueries({ queryKey: ['audit-log', 'getList'] });
  }, [done, queryClient]);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('resources.audit-log.verify.title')}</DialogTitle>
      <DialogContent>{!done ? <Progress run={data} /> : <Result run={data} />}</DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('resources.audit-log.verify.close')}</MuiButton>
      </DialogActions>
    </Dialog>
  );
};

const Progress = ({ run }: { run: AuditVerification | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const total = run?.total ?? 0;
  const checked = run?.checked ?? 0;
  return (
    <Box role="status" aria-live="polite">
      <LinearProgress
        variant={total ? 'determinate' : 'indeterminate'}
        value={total ? Math.min(100, (checked / total) * 100) : undefined}
      />
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate('resources.audit-log.verify.running', {
          checked: checked.toLocaleString(locale),
          total: total.toLocaleString(locale),
        })}
      </Typography>
    </Box>
  );
};

const Result = ({ run }: { run: AuditVerification }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { chain, checkpoints } = run.result ?? {};
  if (run.status === 'error' || !chain || !checkpoints) {
    return <Alert severity="error">{translate('resources.audit-log.verify.error')}</Alert>;
  }
  return (
    <Box role="status">
      {run.status === 'passed' ? (
        <Alert severity="success">
          {translate('resources.audit-log.verify.passed', {
            checked: chain.checked.toLocaleString(locale),
            signatures: checkpoints.checked.toLocaleString(locale),
          })}
        </Alert>
      ) : (
        <Alert severity="error">
          <strong>{translate('resources.audit-log.verify.failed')}</strong>
          {!chain.ok && (
            <Typography variant="body2">
              {translate('resources.audit-log.verify.chain_broken', { id: chain.broken_at, reason: chain.reason })}
            </Typography>
          )}
          {!checkpoints.ok && (
            <Typography variant="body2">
              {translate('resources.audit-log.verify.checkpoints_broken', {
                id: checkpoints.broken_at,
                reason: checkpoints.reason,
              })}
            </Typography>
          )}
        </Alert>
      )}
      {checkpoints.ok && (checkpoints.uncovered ?? 0) > 0 && (
        <Typography variant="body2" sx={{ mt: 2 }}>
          {translate('resources.audit-log.verify.uncovered', { count: checkpoints.uncovered!.toLocaleString(locale) })}
        </Typography>
      )}
      <Typography variant="body2" sx={{ mt: 1 }} color="text.secondary">
        {translate('resources.audit-log.verify.recorded')}
      </Typography>
    </Box>
  );
};
