import { Box } from '@mui/material';
import { EditButton, Labeled, ListButton, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { PlainField } from '../common/fields';
import { Section } from '../common/Section';
import { NoticesSent } from './NoticesSent';
import { IncidentActions } from './IncidentActions';
import { IncidentClocks } from './IncidentClocks';
import { IncidentEvidence } from './IncidentEvidence';
import { IncidentNotices } from './IncidentNotices';
import { IncidentSubjects } from './IncidentSubjects';
import {
  CategoriesField,
  HealthDataField,
  IncidentStatusChip,
  MoscowMinuteField,
  SourceField,
  SubjectsCountField,
} from './incidentFields';
import type { IncidentDetailRecord } from './incidentTypes';
import { LinkSubjectsButton } from './LinkSubjectsButton';

/** Opening an incident is an audited read (incident.viewed): its texts are decrypted for the page. */
export const IncidentShow = () => (
  <Show actions={<IncidentShowActions />}>
    <IncidentCard />
  </Show>
);

const IncidentShowActions = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <IncidentActions />
      {/* EditButton renders only when canAccess allows incidents.edit; a closed incident is not edited (409). */}
      {incident && incident.status !== 'closed' && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
};

const IncidentCard = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  if (!incident) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Section title="resources.incidents.sections.clocks" columns={1}>
        <IncidentClocks />
      </Section>
      <Section title="resources.incidents.sections.incident" columns={4}>
        <Labeled>
          <TextField source="number" />
        </Labeled>
        <Labeled source="status">
          <IncidentStatusChip source="status" />
        </Labeled>
        <Labeled source="detected_at">
          <MoscowMinuteField source="detected_at" />
        </Labeled>
        <Labeled source="source">
          <SourceField />
        </Labeled>
        <Labeled source="categories">
          <CategoriesField />
        </Labeled>
        <Labeled source="health_data">
          <HealthDataField />
        </Labeled>
        <Labeled label="resources.incidents.fields.subjects">
          <SubjectsCountField />
        </Labeled>
        <Labeled source="subjects_linked">
          <TextField source="subjects_linked" />
        </Labeled>
      </Section>
      <Section title="resources.incidents.sections.what" columns={2}>
        <Labeled>
          <PlainField source="description" />
        </Labeled>
        <Labeled>
          <PlainField source="systems" />
        </Labeled>
      </Section>
      <Section title="resources.incidents.sections.measures" columns={2}>
        <Labeled>
          <PlainField source="containment" />
        </Labeled>
        <Labeled>
          <PlainField source="responsible" />
        </Labeled>
        <Labeled>
          <PlainField source="presumed_causes" />
        </Labeled>
        <Labeled>
          <PlainField source="harm" />
        </Labeled>
      </Section>
      <NoticesSent />
      <Section title="resources.incidents.sections.notices" columns={1}>
        <IncidentNotices />
      </Section>
      <Section title="resources.incidents.sections.subjects" columns={1}>
        <Box>
          <LinkSubjectsButton incident={incident} />
        </Box>
        <IncidentSubjects />
      </Section>
      <Section title="resources.incidents.sections.evidence" columns={1}>
        <IncidentEvidence />
      </Section>
      <Section title="resources.incidents.sections.record" columns={4}>
        <Labeled>
          <TextField source="created_by_login" />
        </Labeled>
        <Labeled>
          <MoscowMinuteField source="created_at" />
        </Labeled>
        <Labeled>
          <MoscowMinuteField source="updated_at" />
        </Labeled>
        <Labeled>
          <TextField source="version" />
        </Labeled>
      </Section>
    </Box>
  );
};
