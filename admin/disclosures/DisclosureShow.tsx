import { Alert, Box } from '@mui/material';
import {
  Labeled,
  ListButton,
  ReferenceArrayField,
  Show,
  SingleFieldList,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, PlainField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { AssigneeField, useMyId } from '../deadlines/assignee';
import { useCan } from '../providers/useCan';
import type { DisclosureDetail } from './choices';
import { DisclosureActions } from './DisclosureActions';
import { Attachments } from '../common/Attachments';
import { BodyField, CategoriesField, DisclosureDueField, DisclosureStatusChip } from './disclosureFields';

/** Opening a request is an audited read (disclosure.viewed): it names people and may say what was given about them. */
export const DisclosureShow = () => (
  <Show
    actions={
      <TopToolbar sx={{ flexWrap: 'wrap' }}>
        <DisclosureActions />
        <ListButton />
      </TopToolbar>
    }
  >
    <DisclosureCard />
  </Show>
);

const DisclosureCard = () => {
  const disclosure = useRecordContext<DisclosureDetail>();
  const translate = useTranslate();
  if (!disclosure) return null;
  const decided = disclosure.decided_at !== null;
  return (
    <Box sx={{ p: 2 }}>
      {disclosure.personal_destroyed && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.disclosures.personal_destroyed')}
        </Alert>
      )}
      <OwnRequestNote />
      <Section title="resources.disclosures.sections.request">
        <Labeled>
          <TextField source="document_number" />
        </Labeled>
        <Labeled>
          <DateOnlyField source="document_date" />
        </Labeled>
        <Labeled>
          <DisclosureStatusChip source="status" />
        </Labeled>
        <Labeled>
          <DateOnlyField source="received_on" />
        </Labeled>
        <Labeled source="due_on">
          <DisclosureDueField />
        </Labeled>
        <Labeled>
          <PlainField source="case_number" />
        </Labeled>
      </Section>
      <Section title="resources.disclosures.sections.authority">
        <Labeled source="body_type">
          <BodyField />
        </Labeled>
        <Labeled>
          <PlainField source="official" />
        </Labeled>
        <Labeled>
          <PlainField source="legal_basis" />
        </Labeled>
      </Section>
      <Section title="resources.disclosures.sections.subjects">
        <Labeled source="subject_ids">
          <ReferenceArrayField source="subject_ids" reference="subjects">
            <SingleFieldList linkType="show" />
          </ReferenceArrayField>
        </Labeled>
        <Labeled source="categories_requested">
          <CategoriesField source="categories_requested" />
        </Labeled>
        {decided && (
          <Labeled source="categories_approved">
            <CategoriesField source="categories_approved" />
          </Labeled>
        )}
      </Section>
      {decided && (
        <Section title="resources.disclosures.sections.decision">
          <Labeled source="decided_by">
            <AssigneeField source="decided_by" />
          </Labeled>
          <Labeled>
            <TimestampField source="decided_at" />
          </Labeled>
          <Labeled>
            <PlainField source="decision_comment" />
          </Labeled>
        </Section>
      )}
      {disclosure.status === 'disclosed' && (
        <Section title="resources.disclosures.sections.disclosure">
          <Labeled>
            <DateOnlyField source="disclosed_on" />
          </Labeled>
          <Labeled source="channel">
            <PlainField
              source="channel"
              record={{
                channel: disclosure.channel
                  ? translate(`resources.disclosures.channel.${disclosure.channel}`, { _: disclosure.channel })
                  : null,
              }}
            />
          </Labeled>
          <Labeled>
            <PlainField source="reference" />
          </Labeled>
          <Labeled source="disclosed_by">
            <AssigneeField source="disclosed_by" />
          </Labeled>
          <Labeled sx={{ gridColumn: '1 / -1' }}>
            <PlainField source="disclosed_content" />
          </Labeled>
        </Section>
      )}
      <Section title="resources.disclosures.sections.attachments" columns={1}>
        <Attachments owner="disclosures" label="resources.disclosures.sections.attachments" />
      </Section>
      <Section title="resources.disclosures.sections.record" columns={4}>
        <Labeled source="registered_by">
          <AssigneeField source="registered_by" />
        </Labeled>
        <Labeled>
          <TimestampField source="registered_at" />
        </Labeled>
        <Labeled>
          <TimestampField source="updated_at" />
        </Labeled>
        <Labeled>
          <TextField source="version" />
        </Labeled>
      </Section>
    </Box>
  );
};

/** Four eyes, said before anyone looks for the decision's buttons: the registrar does not decide. */
const OwnRequestNote = () => {
  const disclosure = useRecordContext<DisclosureDetail>();
  const me = useMyId();
  const translate = useTranslate();
  const { canAccess: canDecide } = useCan('disclosures.decide');
  if (!disclosure || !canDecide || disclosure.status !== 'registered') return null;
  if (me === undefined || String(me) !== String(disclosure.registered_by)) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('resources.disclosures.own_request')}
    </Alert>
  );
};
