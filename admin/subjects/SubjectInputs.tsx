import { DateInput, SelectInput, TextInput, email, maxLength, required, type Validator } from 'react-admin';
import { Section } from '../common/Section';
import { isNormalizedPhone, normalizePhone, todayIso } from '../common/format';
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
      <DateInput source="birth_date" validate={plausibleBirthDate} />
    </Section>
    <Section title="resources.subjects.sections.contacts">
      <TextInput
        source="phone"
        type="tel"
        autoComplete="off"
        helperText="resources.subjects.helpers.phone"
        validate={russianPhone}
      />
      <TextInput source="email" type="email" autoComplete="off" validate={[email(), maxLength(254)]} />
    </Section>
    <Section title="resources.subjects.sections.legal_rep" columns={2}>
      <TextInput source="legal_rep_name" autoComplete="off" validate={[maxLength(200), nameWithBasis]} />
      <TextInput source="legal_rep_basis" multiline validate={[maxLength(500), basisWithName]} />
    </Section>
  </>
);

const russianPhone: Validator = (value) =>
  value && !isNormalizedPhone(normalizePhone(String(value))) ? 'resources.subjects.validation.phone' : undefined;

const plausibleBirthDate: Validator = (value) => {
  if (!value) return undefined;
  if (String(value) > todayIso()) return 'resources.subjects.validation.birth_date_future';
  if (String(value) < '1900-01-01') return 'pd.server_field_errors.birth_date_range';
  return undefined;
};

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

// Clause 2.2: a representative is recorded together with the document giving the authority.
const nameWithBasis: Validator = (value, values) =>
  !filled(value) && filled(values?.legal_rep_basis) ? 'pd.server_field_errors.legal_rep_name_required' : undefined;

const basisWithName: Validator = (value, values) =>
  !filled(value) && filled(values?.legal_rep_name) ? 'pd.server_field_errors.legal_rep_basis_required' : undefined;
