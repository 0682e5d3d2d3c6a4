import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DateInput } from '../common/DateInput';
import { Section } from '../common/Section';
import { todayIso } from '../common/format';
import type { ConsentForm } from '../types';
import { PAPER_CHANNEL_CHOICES } from './choices';

/**
 * Registers a consent given on paper, possibly by a legal representative (clause 2.2).
 * Opened from the subject's «Согласия» tab, which passes the subject in the location
 * state; goes back to that tab once recorded.
 */
export const ConsentCreate = () => (
  <Create
    transform={toPaperConsentBody}
    redirect={(_resource, _id, data) => (data?.subject_id ? `subjects/${data.subject_id}/show/consents` : 'consents')}
  >
    <SimpleForm defaultValues={{ channel: 'paper', given_at: todayIso() }}>
      <Section title="resources.consents.sections.consent" columns={2}>
        <ReferenceInput source="subject_id" reference="subjects">
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <ReferenceInput
          source="consent_form_id"
          reference="consent-forms"
          filter={{ status: 'published' }}
          sort={{ field: 'purpose', order: 'ASC' }}
          perPage={100}
        >
          <ConsentFormSelect />
        </ReferenceInput>
        <DateInput
          source="given_at"
          validate={required()}
          maxDate={todayIso()}
          helperText="resources.consents.helpers.given_at"
        />
        <RadioButtonGroupInput source="channel" choices={PAPER_CHANNEL_CHOICES} validate={required()} />
      </Section>
      <FormDataConsumer>
        {({ formData }) =>
          formData.channel === 'representative' && (
            <Section title="resources.consents.sections.representative" columns={2}>
              <TextInput source="representative_name" validate={[required(), maxLength(200)]} autoComplete="off" />
              <TextInput
                source="representative_document"
                validate={[required(), maxLength(500)]}
                helperText="resources.consents.helpers.representative_document"
                autoComplete="off"
              />
            </Section>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);

/** «Рекламные рассылки — Согласие на получение… (ред. 2025-09)»: purpose first, it is what matters. */
const ConsentFormSelect = () => {
  const translate = useTranslate();
  const optionText = (form: ConsentForm) =>
    `${translate(`resources.consents.purpose.${form.purpose}`, { _: form.purpose })} — ${form.title} (${form.version})`;
  return (
    <SelectInput
      optionText={optionText}
      validate={required()}
      helperText="resources.consents.helpers.consent_form"
      sx={{ minWidth: 320 }}
    />
  );
};

/** Exactly what POST /api/consents accepts (the server refuses unknown fields). */
const toPaperConsentBody = (values: Partial<RaRecord>) => {
  const representative = values.channel === 'representative';
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  return {
    subject_id: Number(values.subject_id),
    consent_form_id: Number(values.consent_form_id),
    given_at: values.given_at,
    channel: values.channel,
    representative_name: representative ? text(values.representative_name) : null,
    representative_document: representative ? text(values.representative_document) : null,
  };
};
