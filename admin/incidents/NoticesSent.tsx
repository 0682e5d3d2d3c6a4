import { Box } from '@mui/material';
import { Labeled, useRecordContext } from 'react-admin';
import { PlainField } from '../common/fields';
import { Section } from '../common/Section';
import { MoscowMinuteField } from './incidentFields';
import type { IncidentDetailRecord } from './incidentTypes';

/** What was sent to Roskomnadzor and when, the results reported, and how the incident was closed — once each is. */
export const NoticesSent = () => {
  const incident = useRecordContext<IncidentDetailRecord>();
  if (!incident) return null;
  return (
    <>
      {incident.notice_24h_sent_at && (
        <Section title="resources.incidents.sections.notice_24h_sent" columns={4}>
          <Labeled source="notice_24h_sent_at">
            <MoscowMinuteField source="notice_24h_sent_at" />
          </Labeled>
          <Labeled>
            <PlainField source="notice_24h_reference" />
          </Labeled>
        </Section>
      )}
      {incident.results_72h_sent_at && (
        <Section title="resources.incidents.sections.results_72h_sent" columns={4}>
          <Labeled source="results_72h_sent_at">
            <MoscowMinuteField source="results_72h_sent_at" />
          </Labeled>
          <Labeled>
            <PlainField source="results_72h_reference" />
          </Labeled>
          {/* The results take the rest of the row. */}
          <Box sx={{ gridColumn: { md: 'span 2' } }}>
            <Labeled>
              <PlainField source="results" />
            </Labeled>
          </Box>
        </Section>
      )}
      {incident.status === 'closed' && (
        <Section title="resources.incidents.sections.closing" columns={4}>
          <Labeled source="closed_at">
            <MoscowMinuteField source="closed_at" />
          </Labeled>
          <Labeled>
            <PlainField source="root_cause" />
          </Labeled>
          <Labeled>
            <PlainField source="remediation" />
          </Labeled>
        </Section>
      )}
    </>
  );
};
