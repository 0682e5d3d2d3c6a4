import {
  AutocompleteArrayInput,
  CheckboxGroupInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  maxLength,
  minLength,
  required,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { Section } from '../common/Section';
import { formatDate, todayIso } from '../common/format';
import { subjectFullName } from '../subjects/subjectPayload';
import { DISCLOSURE_EARLIEST_DAY, type Subject } from '../types';
import { BODY_TYPE_CHOICES, CATEGORY_CHOICES } from './choices';
import { LegalBasisInput } from './LegalBasisInput';

/** The request as the authority wrote it. The checks mirror the server's (disclosures.schema.ts), which decides. */
export const DisclosureInputs = () => (
  <>
    <Section title="resources.disclosures.sections.request">
      <SelectInput source="body_type" choices={BODY_TYPE_CHOICES} validate={required()} />
      <TextInput
        source="body_name"
        validate={[required(), maxLength(300)]}
        helperText="resources.disclosures.helpers.body_name"
        autoComplete="off"
      />
      <TextInput
        source="official"
        validate={[required(), maxLength(300)]}
        helperText="resources.disclosures.helpers.official"
        autoComplete="off"
      />
      <TextInput source="document_number" validate={[required(), maxLength(100)]} autoComplete="off" />
      <DateInput source="document_date" minDate={DISCLOSURE_EARLIEST_DAY} maxDate={todayIso()} validate={required()} />
      <TextInput source="case_number" validate={maxLength(100)} autoComplete="off" />
      <DateInput source="received_on" minDate={DISCLOSURE_EARLIEST_DAY} maxDate={todayIso()} validate={required()} />
      <DateInput source="due_on" minDate={DISCLOSURE_EARLIEST_DAY} helperText="resources.disclosures.helpers.due_on" />
    </Section>
    <Section title="resources.disclosures.sections.authority" columns={1}>
      <LegalBasisInput />
    </Section>
    <Section title="resources.disclosures.sections.subjects" columns={1}>
      <ReferenceArrayInput
        source="subject_ids"
        reference="subjects"
        sort={{ field: 'last_name', order: 'ASC' }}
        perPage={10}
      >
        <AutocompleteArrayInput
          optionText={subjectOption}
          validate={[required(), minLength(1)]}
          helperText="resources.disclosures.helpers.subject_ids"
          fullWidth
        />
      </ReferenceArrayInput>
      <CheckboxGroupInput source="categories_requested" choices={CATEGORY_CHOICES} validate={required()} row />
    </Section>
  </>
);

const subjectOption = (subject: Subject) =>
  [subjectFullName(subject), formatDate(subject.birth_date)].filter(Boolean).join(', ');

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return value == null ? null : String(value);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** What POST /api/disclosures takes: the request, empty texts as null, and the files for withUploads. */
export const toDisclosureBody = (values: Partial<Record<string, unknown>>) => ({
  body_type: values.body_type,
  body_name: text(values.body_name) ?? '',
  official: text(values.official) ?? '',
  document_number: text(values.document_number) ?? '',
  document_date: values.document_date,
  legal_basis: text(values.legal_basis) ?? '',
  case_number: text(values.case_number),
  received_on: values.received_on,
  due_on: text(values.due_on),
  subject_ids: ((values.subject_ids as unknown[] | undefined) ?? []).map(Number),
  categories_requested: values.categories_requested ?? [],
  ...(values.attachments !== undefined ? { attachments: values.attachments } : {}),
});
