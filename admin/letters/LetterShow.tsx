import { Alert, Box } from '@mui/material';
import {
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateOnlyField, PlainField, TimestampField } from '../common/fields';
import { Section } from '../common/Section';
import { AssigneeField } from '../deadlines/assignee';
import { LetterDueField, LetterKindField, LetterStatusChip } from './letterFields';
import type { LetterDetail } from '../types';
import { IdentifyDialogProvider } from './identifyDialogState';
import { IdentifyLetterDialog } from './IdentifyLetterDialog';
import { LetterActions } from './LetterActions';
import { Attachments } from '../common/Attachments';
import { LetterDeadlines } from './LetterDeadlines';
import { LetterMatches } from './LetterMatches';
import { LetterNotes } from './LetterNotes';
import { LetterReplies } from './LetterReplies';
import { PrepareReplyButton } from './PrepareReplyButton';

/** Opening a letter is an audited read (letter.viewed), as opening a subject is. */
export const LetterShow = () => (
  <IdentifyDialogProvider>
    <Show actions={<LetterShowActions />}>
      <LetterCard />
    </Show>
  </IdentifyDialogProvider>
);

const LetterShowActions = () => {
  const letter = useRecordContext<LetterDetail>();
  const editable = letter && ['registered', 'awaiting_details', 'identified'].includes(letter.status);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <LetterActions />
      <PrepareReplyButton />
      {/* EditButton renders only when canAccess allows letters.edit; the server edits a letter still being worked. */}
      {editable && !letter.personal_destroyed && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
};

const LetterCard = () => {
  const letter = useRecordContext<LetterDetail>();
  const translate = useTranslate();
  if (!letter) return null;
  const identifying = letter.status === 'registered' || letter.status === 'awaiting_details';
  const identified = letter.subject_id !== null;
  return (
    <Box sx={{ p: 2 }}>
      {letter.personal_destroyed && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.letters.personal_destroyed_help')}
        </Alert>
      )}
      <Section title="resources.letters.sections.letter">
        <Labeled>
          <TextField source="reg_number" />
        </Labeled>
        <Labeled>
          <LetterKindField source="kind" />
        </Labeled>
        <Labeled>
          <LetterStatusChip source="status" />
        </Labeled>
        <Labeled>
          <DateOnlyField source="received_on" />
        </Labeled>
        <Labeled source="due_on">
          <LetterDueField />
        </Labeled>
        <Labeled source="assignee_id">
          <AssigneeField />
        </Labeled>
      </Section>
      <Section title="resources.letters.sections.sender" columns={2}>
        <Labeled>
          <PlainField source="sender_name" />
        </Labeled>
        <Labeled>
          <PlainField source="registered_mail_number" />
        </Labeled>
        <Labeled>
          <PlainField source="sender_address" />
        </Labeled>
        <Labeled>
          <PlainField source="summary" />
        </Labeled>
      </Section>
      {identified && <Identification />}
      {identifying && (
        <Section title="resources.letters.sections.matches" columns={1}>
          <LetterMatches />
        </Section>
      )}
      <Section title="resources.letters.sections.deadlines" columns={1}>
        <LetterDeadlines />
      </Section>
      <Section title="resources.letters.sections.replies" columns={1}>
        <LetterReplies />
      </Section>
      <Section title="resources.letters.sections.attachments" columns={1}>
        <Attachments owner="letters" label="resources.letters.sections.attachments" />
      </Section>
      {(letter.answered_out_number || letter.answered_on) && (
        <Section title="resources.letters.sections.answer">
          <Labeled>
            <PlainField source="answered_out_number" />
          </Labeled>
          <Labeled>
            <DateOnlyField source="answered_on" />
          </Labeled>
        </Section>
      )}
      <Section title="resources.letters.sections.notes" columns={1}>
        <LetterNotes />
      </Section>
      <Section title="resources.letters.sections.record" columns={4}>
        <Labeled>
          <TextField source="id" />
        </Labeled>
        <Labeled>
          <TextField source="version" />
        </Labeled>
        <Labeled>
          <TimestampField source="created_at" />
        </Labeled>
        <Labeled>
          <TimestampField source="updated_at" />
        </Labeled>
      </Section>
      <IdentifyLetterDialog />
    </Box>
  );
};

/** Whom the letter was linked to, how the identity was established, and, for a withdrawal, which consents it took back. */
const Identification = () => {
  const letter = useRecordContext<LetterDetail>();
  const translate = useTranslate();
  if (!letter) return null;
  const words = (prefix: string, values: readonly string[] | null) =>
    values && values.length ? values.map((value) => translate(`${prefix}.${value}`, { _: value })).join(', ') : null;
  return (
    <Section title="resources.letters.sections.identification">
      <Labeled source="subject_id">
        <ReferenceField source="subject_id" reference="subjects" link="show" />
      </Labeled>
      <Labeled source="identification_method">
        <PlainField
          source="identification_method"
          record={{
            identification_method: words(
              'resources.letters.method',
              letter.identification_method ? [letter.identification_method] : null,
            ),
          }}
        />
      </Labeled>
      <Labeled source="holds_block">
        <PlainField
          source="holds_block"
          record={{
            holds_block: translate(
              letter.holds_block ? 'resources.letters.block.holds' : 'resources.letters.block.none',
            ),
          }}
        />
      </Labeled>
      {letter.identification_method === 'matching_fields' && (
        <Labeled source="fields_matched">
          <PlainField
            source="fields_matched"
            record={{ fields_matched: words('resources.subjects.fields', letter.fields_matched) }}
          />
        </Labeled>
      )}
      {letter.identification_method === 'identity_document' && (
        <>
          <Labeled source="identification_document_type">
            <PlainField
              source="identification_document_type"
              record={{
                identification_document_type: words(
                  'resources.letters.document_type',
                  letter.identification_document_type ? [letter.identification_document_type] : null,
                ),
              }}
            />
          </Labeled>
          <Labeled source="identification_document_number">
            <PlainField source="identification_document_number" />
          </Labeled>
        </>
      )}
      {letter.kind === 'withdrawal' && (
        <Labeled source="purposes">
          <PlainField
            source="purposes"
            record={{
              purposes:
                words('resources.consents.purpose', letter.purposes) ??
                translate('resources.letters.identify.all_consents'),
            }}
          />
        </Labeled>
      )}
    </Section>
  );
};
