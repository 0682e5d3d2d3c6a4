import { Create, SimpleForm, TextInput, maxLength } from 'react-admin';
import { Section } from '../common/Section';
import { toCreateBody } from './subjectPayload';
import { SubjectInputs } from './SubjectInputs';

export const SubjectCreate = () => (
  <Create redirect="show" transform={toCreateBody}>
    <SimpleForm>
      <SubjectInputs />
      <Section title="resources.subjects.sections.medical" columns={1}>
        <TextInput
          source="medical_info"
          multiline
          minRows={3}
          validate={maxLength(20000)}
          helperText="resources.subjects.helpers.medical_info_create"
          autoComplete="off"
        />
      </Section>
    </SimpleForm>
  </Create>
);
