import { Box } from '@mui/material';
import { Labeled, ListButton, ReferenceField, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import type { Destruction } from '../types';
import { DestructionActions } from './DestructionActions';
import {
  ActNumberField,
  DestructionStatusChip,
  ReasonField,
  SealedTextField,
  SubjectLinkField,
} from './destructionFields';
import { DestructionPlanTable } from './DestructionPlanTable';
import { OwnProposalNote } from './fourEyes';

export const DestructionShow = () => (
  <Show
    actions={
      <TopToolbar sx={{ flexWrap: 'wrap' }}>
        <DestructionActions />
        <ListButton />
      </TopToolbar>
    }
  >
    <DestructionCard />
  </Show>
);

const DestructionCard = () => {
  const destruction = useRecordContext<Destruction>();
  if (!destruction) return null;
  return (
    <Box sx={{ p: 2 }}>
      <OwnProposalNote />
      <Section title="resources.destructions.sections.proposal">
        <Labeled>
          <DestructionStatusChip source="status" />
        </Labeled>
        <Labeled source="subject_id">
          <SubjectLinkField />
        </Labeled>
        <Labeled source="reason">
          <ReasonField />
        </Labeled>
        <Labeled source="letter_id">
          <ReferenceField source="letter_id" reference="letters" link="show" emptyText="pd.common.empty" />
        </Labeled>
        <Labeled>
          <TextField source="proposed_by_login" />
        </Labeled>
        <Labeled>
          <TimestampField source="proposed_at" />
        </Labeled>
        <Labeled source="reason_text" sx={{ gridColumn: '1 / -1' }}>
          <SealedTextField source="reason_text" />
        </Labeled>
      </Section>
      <Section title="resources.destructions.sections.plan" columns={1}>
        <DestructionPlanTable />
      </Section>
      {destruction.decided_at && (
        <Section title="resources.destructions.sections.decision">
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
            <SealedTextField source="comment" />
          </Labeled>
        </Section>
      )}
    </Box>
  );
};
