import { Box } from '@mui/material';
import { Labeled, ListButton, NumberField, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { ActNumberField, DestructionStatusChip, ReasonField, SealedTextField } from '../destructions/destructionFields';
import { OwnProposalNote } from '../destructions/fourEyes';
import type { SubmissionDestructionDetail } from '../types';
import { BatchSubmissionsTable } from './BatchSubmissionsTable';
import { SubmissionDestructionActions } from './SubmissionDestructionActions';

const R = 'resources.submission-destructions';

/** A batch's card: the proposal, its submissions, and once decided the decision and the act. Opening it is audited. */
export const SubmissionDestructionShow = () => (
  <Show
    actions={
      <TopToolbar sx={{ flexWrap: 'wrap' }}>
        <SubmissionDestructionActions />
        <ListButton />
      </TopToolbar>
    }
  >
    <BatchCard />
  </Show>
);

const BatchCard = () => {
  const batch = useRecordContext<SubmissionDestructionDetail>();
  if (!batch) return null;
  return (
    <Box sx={{ p: 2 }}>
      <OwnProposalNote permission="submission-destructions.decide" message={`${R}.own_proposal`} />
      <Section title={`${R}.sections.proposal`}>
        <Labeled>
          <DestructionStatusChip source="status" />
        </Labeled>
        <Labeled source="reason">
          <ReasonField />
        </Labeled>
        <Labeled>
          <NumberField source="submissions_count" />
        </Labeled>
        <Labeled>
          <TextField source="proposed_by_login" />
        </Labeled>
        <Labeled>
          <TimestampField source="proposed_at" />
        </Labeled>
        <Labeled source="reason_text" sx={{ gridColumn: '1 / -1' }}>
          <SealedTextField source="reason_text" sealedText={`${R}.sealed`} sealedComment={`${R}.sealed_comment`} />
        </Labeled>
      </Section>
      <Section title={`${R}.sections.submissions`} columns={1}>
        <BatchSubmissionsTable />
      </Section>
      {batch.decided_at && (
        <Section title={`${R}.sections.decision`}>
          <Labeled>
            <TextField source="decided_by_login" />
          </Labeled>
          <Labeled>
            <TimestampField source="decided_at" />
          </Labeled>
          <Labeled source="act_number">
            <ActNumberField />
          </Labeled>
          <Labeled source="comment" sx={{ gridColumn: '1 / -1' }}>
            <SealedTextField source="comment" sealedText={`${R}.sealed`} sealedComment={`${R}.sealed_comment`} />
          </Labeled>
        </Section>
      )}
    </Box>
  );
};
