import { useId, type ReactNode } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import { formatMoscowTimestamp } from '../common/moscowTime';
import type { ComplianceDashboard } from '../types';

type Chain = ComplianceDashboard['chain'];

/** Is the log complete and unaltered, as far as the console knows: its size, its last verification and checkpoint. */
export const ChainStatusCard = ({ chain }: { chain: Chain }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography id={titleId} variant="subtitle1" component="h2" sx={{ fontWeight: 500, mb: 1 }}>
        {translate('pd.audit_reports.dashboard.chain.title')}
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'minmax(12rem, max-content) 1fr' },
          columnGap: 3,
          rowGap: 1,
          '& dt': { color: 'text.secondary' },
          '& dd': { m: 0, overflowWrap: 'anywhere' },
        }}
      >
        <Item label="pd.audit_reports.dashboard.chain.entries">{chain.entries.toLocaleString('ru-RU')}</Item>
        <Item label="pd.audit_reports.dashboard.chain.last_entry">
          {chain.last_entry_at
            ? formatMoscowTimestamp(chain.last_entry_at)
            : translate('pd.audit_reports.dashboard.chain.no_entries')}
        </Item>
        <Item label="pd.audit_reports.dashboard.chain.last_verification">
          <Verification verification={chain.last_verification} />
        </Item>
        <Item label="pd.audit_reports.dashboard.chain.last_checkpoint">
          <Checkpoint checkpoint={chain.last_checkpoint} />
        </Item>
      </Box>
      {!chain.signing_key_in_force && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate('pd.audit_reports.dashboard.chain.key_not_in_force')}
        </Alert>
      )}
    </Box>
  );
};

const Item = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography component="dt" variant="body2">
        {translate(label)}
      </Typography>
      <Typography component="dd" variant="body2">
        {children}
      </Typography>
    </>
  );
};

const Verification = ({ verification }: { verification: Chain['last_verification'] }) => {
  const translate = useTranslate();
  if (!verification) return <>{translate('pd.audit_reports.dashboard.chain.not_verified')}</>;
  const result = verification.ok === true ? 'ok' : verification.ok === false ? 'failed' : 'unknown';
  return (
    <>
      {translate('pd.audit_reports.dashboard.chain.verified_by', {
        at: formatMoscowTimestamp(verification.at),
        login: verification.actor_login,
      })}
      {' — '}
      <Box
        component="strong"
        sx={{ color: result === 'ok' ? 'success.dark' : result === 'failed' ? 'error.main' : 'text.primary' }}
      >
        {translate(`pd.audit_reports.dashboard.chain.${result}`)}
      </Box>
      {verification.entries != null &&
        `, ${translate('pd.audit_reports.dashboard.chain.verified_entries', { count: verification.entries })}`}
    </>
  );
};

const Checkpoint = ({ checkpoint }: { checkpoint: Chain['last_checkpoint'] }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!checkpoint) return <>{translate('pd.audit_reports.dashboard.chain.no_checkpoint')}</>;
  return (
    <>
      <Link to={createPath({ resource: 'checkpoints', id: checkpoint.id, type: 'show' })} sx={{ fontWeight: 500 }}>
        {translate('pd.audit_reports.dashboard.chain.checkpoint', { id: checkpoint.id })}
      </Link>
      {', '}
      {translate('pd.audit_reports.dashboard.chain.checkpoint_details', {
        at: formatMoscowTimestamp(checkpoint.signed_at),
        audit_id: checkpoint.audit_id,
        reason: translate(`resources.checkpoints.reason.${checkpoint.reason}`, { _: checkpoint.reason }).toLowerCase(),
      })}
    </>
  );
};
