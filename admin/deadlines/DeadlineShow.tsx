import { Alert, Box } from '@mui/material';
import { Labeled, ListButton, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { DateOnlyField, PlainField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import type { DeadlineItem } from '../types';
import { AssigneeField } from './assignee';
import { DayOrMomentField, DeadlineDueField, DeadlineKindText, DeadlineStateChip, termText } from './deadlineFields';
import { DeadlineBasisField, LetterNumberField, SubjectNameField } from './references';

/** One term, read-only: its rule, its dates and how it was closed. The letter's page is where it is worked. */
export const DeadlineShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
      </TopToolbar>
    }
  >
    <DeadlineCard />
  </Show>
);

const DeadlineCard = () => {
  const record = useRecordContext<DeadlineItem>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2 }}>
      {record.calendar_incomplete && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.deadlines.calendar_incomplete_help')}
        </Alert>
      )}
      <Section title="resources.deadlines.sections.term">
        <Labeled source="kind">
          <DeadlineKindText />
        </Labeled>
        <Labeled label="resources.deadlines.fields.rule">
          <TextField source="legal_source" record={{ ...record, legal_source: termText(translate, record) }} />
        </Labeled>
        <Labeled source="state">
          <DeadlineStateChip source="state" />
        </Labeled>
        {record.incident_id != null ? (
          <Labeled source="incident_id">
            <DeadlineBasisField />
          </Labeled>
        ) : (
          <Labeled source="letter_id">
            <LetterNumberField />
          </Labeled>
        )}
        <Labeled source="subject_id">
          <SubjectNameField />
        </Labeled>
        <Labeled source="assignee_id">
          <AssigneeField />
        </Labeled>
      </Section>
      <Section title="resources.deadlines.sections.dates">
        <Labeled source="opened_on">
          <DateOnlyField source="opened_on" />
        </Labeled>
        <Labeled source="due_on">
          <DayOrMomentField day="due_on" moment="due_at" />
        </Labeled>
        <Labeled source="effective_due_on">
          <DeadlineDueField />
        </Labeled>
        <Labeled source="extended_on">
          <DateOnlyField source="extended_on" />
        </Labeled>
        <Labeled source="extended_by">
          <PlainField source="extended_by" />
        </Labeled>
        <Labeled source="created_at">
          <TimestampField source="created_at" />
        </Labeled>
      </Section>
      <Section title="resources.deadlines.sections.closing">
        <Labeled source="closed_on">
          <DayOrMomentField day="closed_on" moment="closed_at" />
        </Labeled>
        <Labeled source="closed_by">
          <PlainField source="closed_by" />
        </Labeled>
        <Labeled source="close_reason">
          <PlainField
            source="close_reason"
            record={{
              ...record,
              close_reason: record.close_reason
                ? translate(`resources.deadlines.close_reason.${record.close_reason}`, { _: record.close_reason })
                : null,
            }}
          />
        </Labeled>
      </Section>
    </Box>
  );
};
