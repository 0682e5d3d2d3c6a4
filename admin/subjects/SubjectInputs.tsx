import { SelectInput, TextInput, email, maxLength, required, type Validator } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { PhoneInput } from '../common/PhoneInput';
import { Section } from '../common/Section';
import { todayIso } from '../common/format';
import { SEX_CHOICES } from './choices';

/**
 * The subject's own fields, shared by the create and edit forms. The checks mirror the
 * server's (server/subjects/subjects.schema.ts), which stays the authority.
 */
export const SubjectInputs = () => (
  <>
    <Section title="resources.subjects.sections.person">
      <TextInput source="last_name" validate={[required(), maxLength(100)]} autoComplete="off" />
      <TextInput source="first_name" validate={[required(), maxLength(100)]} autoComplete="off" />
      <TextInput source="patronymic" validate={maxLength(100)} autoComplete="off" />
      <SelectInput source="sex" choices={SEX_CHOICES} emptyText="pd.common.empty" />
      {/* As the server checks it: from 1900 to today in the clinic (Moscow), whatever the browser's time zone. */}
      <DateInput source="birth_date" minDate="1900-01-01" maxDate={todayIso()} />
    </Section>
    <Section title="resources.subjects.sections.contacts">
      <PhoneInput source="phone" autoComplete="off" helperText="resources.subjects.helpers.phone" />
      <TextInput source="email" type="email" autoComplete="off" validate={[email(), maxLength(254)]} />
    </Section>
    <Section title="resources.subjects.sections.legal_rep" columns={2}>
      <TextInput source="legal_rep_name" autoComplete="off" validate={[maxLength(200), nameWithBasis]} />
      <TextInput source="legal_rep_basis" multiline validate={[maxLength(500), basisWithName]} />
    </Section>
  </>
);

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

// Clause 2.2: a representative is recorded together with the document giving the authority.
const nameWithBasis: Validator = (value, values) =>
  !filled(value) && filled(values?.legal_rep_basis) ? 'pd.server_field_errors.legal_rep_name_required' : undefined;

const basisWithName: Validator = (value, values) =>
  !filled(value) && filled(values?.legal_rep_name) ? 'pd.server_field_errors.legal_rep_basis_required' : undefined;
