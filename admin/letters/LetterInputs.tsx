import { Alert } from '@mui/material';
import {
  FormDataConsumer,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useGetIdentity,
  ReferenceInput,
  useTranslate,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { Section } from '../common/Section';
import { todayIso } from '../common/format';
import { LETTER_EARLIEST_RECEIVED_ON, type Assignee, type LetterKind } from '../types';
import { LETTER_KIND_CHOICES } from './choices';

/**
 * The registration data of a letter, shared by the create and edit forms. The checks mirror the server's
 * (server/letters/letters.schema.ts), which stays the authority.
 */
export const LetterInputs = () => (
  <>
    <Section title="resources.letters.sections.letter">
      <SelectInput source="kind" choices={LETTER_KIND_CHOICES} validate={required()} />
      {/* The clinic's (Moscow) day the letter came: the legal clock runs from it. From 2020 to today. */}
      <DateInput
        source="received_on"
        minDate={LETTER_EARLIEST_RECEIVED_ON}
        maxDate={todayIso()}
        validate={required()}
        helperText="resources.letters.helpers.received_on"
      />
      <AssigneeInput />
      <KindTerms />
    </Section>
    <Section title="resources.letters.sections.sender" columns={2}>
      <TextInput
        source="sender_name"
        validate={[required(), maxLength(300)]}
        helperText="resources.letters.helpers.sender_name"
        autoComplete="off"
      />
      <TextInput source="registered_mail_number" validate={maxLength(40)} autoComplete="off" />
      <TextInput source="sender_address" validate={[required(), maxLength(500)]} multiline autoComplete="off" />
      <TextInput
        source="summary"
        validate={maxLength(2000)}
        multiline
        minRows={2}
        helperText="resources.letters.helpers.summary"
        autoComplete="off"
      />
    </Section>
  </>
);

/**
 * The operator who works the letter: the one registering it unless changed; any active operator can be chosen. A
 * letter being edited keeps showing its assignee even if they have since left (the server then asks for another).
 */
const AssigneeInput = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const me = identity?.id;
  const name = (colleague: Assignee) =>
    me !== undefined && String(colleague.id) === String(me)
      ? translate('resources.letters.assignee_me', { name: colleague.full_name })
      : colleague.full_name;
  return (
    <ReferenceInput
      source="assignee_id"
      reference="assignees"
      filter={{ role: 'operator', active: true }}
      sort={{ field: 'full_name', order: 'ASC' }}
      perPage={200}
    >
      <SelectInput optionText={name} defaultValue={me} validate={required()} />
    </ReferenceInput>
  );
};

/** What the chosen kind starts: its terms and their legal sources (the server opens them on registration). */
const KindTerms = () => {
  const translate = useTranslate();
  return (
    <FormDataConsumer<{ kind?: LetterKind }>>
      {({ formData }) =>
        formData.kind ? (
          <Alert severity="info" variant="outlined" sx={{ gridColumn: '1 / -1', mb: 1 }} data-testid="kind-terms">
            {translate(`resources.letters.kind_terms.${formData.kind}`)}
          </Alert>
        ) : null
      }
    </FormDataConsumer>
  );
};

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return value == null ? null : String(value);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

type FormValues = Partial<Record<string, unknown>>;

/** What POST and PUT /api/letters take: the registration data, empty texts as null, and the files for withUploads. */
export const toLetterBody = (values: FormValues) => ({
  kind: values.kind,
  received_on: values.received_on,
  sender_name: text(values.sender_name) ?? '',
  sender_address: text(values.sender_address) ?? '',
  registered_mail_number: text(values.registered_mail_number),
  summary: text(values.summary),
  assignee_id: values.assignee_id,
  ...(values.attachments !== undefined ? { attachments: values.attachments } : {}),
  ...(values.version !== undefined ? { version: values.version } : {}),
});
