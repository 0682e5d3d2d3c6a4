import { Box, Typography } from '@mui/material';
import { Labeled, ListButton, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { CheckpointDetail } from '../types';
import { CopyButton } from './CopyButton';
import { ReasonField, SignedAtField } from './checkpointFields';
import { formatMoscowMinute } from '../common/moscowTime';
import { shortFingerprint } from './hashes';
import { PublicKeyPanel } from './PublicKeyPanel';
import { SignNowButton } from './SignNowButton';

/**
 * One checkpoint with the short text block to hand to someone outside (an e-mail to the director, the paper journal):
 * whoever keeps it can later prove the log up to that entry unaltered with the public key below.
 */
export const CheckpointShow = () => (
  <Show
    actions={
      <TopToolbar>
        <SignNowButton />
        <ListButton />
      </TopToolbar>
    }
  >
    <CheckpointCard />
  </Show>
);

const CheckpointCard = () => {
  const checkpoint = useRecordContext<CheckpointDetail & { id: number }>();
  if (!checkpoint) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Section title="resources.checkpoints.sections.checkpoint" columns={4}>
        <Labeled>
          <TextField source="id" />
        </Labeled>
        <Labeled>
          <TextField source="audit_id" />
        </Labeled>
        <Labeled source="signed_at">
          <SignedAtField />
        </Labeled>
        <Labeled source="reason">
          <ReasonField />
        </Labeled>
      </Section>
      <HandoverText checkpoint={checkpoint} />
      <PublicKeyPanel />
    </Box>
  );
};

/** The block to copy: id, entry, full hash, the exact instant signed, the key, the signature. */
const HandoverText = ({ checkpoint }: { checkpoint: CheckpointDetail }) => {
  const translate = useTranslate();
  const line = (key: string, value: string | number) => `${translate(`resources.checkpoints.text.${key}`)}: ${value}`;
  const text = [
    translate('resources.checkpoints.text.title', { id: checkpoint.id }),
    line('entry', checkpoint.audit_id),
    line('hash', checkpoint.audit_hash),
    line(
      'time',
      `${formatMoscowMinute(checkpoint.signed_at)} (${translate('resources.checkpoints.text.moscow')}), ${checkpoint.signed_at}`,
    ),
    line('key', shortFingerprint(checkpoint.key_fingerprint)),
    line('signature', checkpoint.signature),
  ].join('\n');
  return (
    <Box component="section" sx={{ mb: 2 }} aria-labelledby="checkpoint-handover">
      <Typography id="checkpoint-handover" variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
        {translate('resources.checkpoints.sections.handover')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.checkpoints.handover_hint')}
      </Typography>
      <Box
        component="pre"
        aria-label={translate('resources.checkpoints.sections.handover')}
        sx={{
          fontFamily: 'monospace',
          fontSize: '0.9em',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          bgcolor: 'action.hover',
          p: 1.5,
          borderRadius: 1,
          my: 1,
          userSelect: 'all',
        }}
      >
        {text}
      </Box>
      <CopyButton text={text} label="resources.checkpoints.actions.copy_text" />
    </Box>
  );
};
