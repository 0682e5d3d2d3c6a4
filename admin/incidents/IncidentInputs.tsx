import { Alert } from '@mui/material';
import {
  BooleanInput,
  CheckboxGroupInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { DateTimeInput } from '../common/DateTimeInput';
import { Section } from '../common/Section';
import type { IncidentStatus } from '../types';
import { INCIDENT_CATEGORY_CHOICES, INCIDENT_SOURCE_CHOICES } from './choices';

/**
 * The facts of an incident, shared by the create and edit forms. An incident is opened the minute it is suspected, so
 * only what is known then is required (when, how found, what, which data, how many people, health data or not); the
 * rest is added as the investigation goes. The server (its zod schema) stays the authority on every check.
 */
export const IncidentInputs = ({ mode, status }: { mode: 'create' | 'edit'; status?: IncidentStatus }) => (
  <>
    <Section title="resources.incidents.sections.detection">
      {/* The 24 and 72 hours run from this moment; once the notice is sent it is what was reported, so it stays. */}
      <DateTimeInput
        source="detected_at"
        maxDate={new Date()}
        validate={required()}
        disabled={mode === 'edit' && status !== 'open'}
        helperText={
          mode === 'edit' && status !== 'open'
            ? 'resources.incidents.helpers.detected_at_fixed'
            : 'resources.incidents.helpers.detected_at'
        }
      />
      <SelectInput source="source" choices={INCIDENT_SOURCE_CHOICES} validate={required()} />
      <FormDataConsumer<{ source?: string }>>
        {({ formData }) =>
          formData.source === 'audit_flag' ? (
            <NumberInput source="source_flag_id" min={1} step={1} validate={minValue(1)} />
          ) : null
        }
      </FormDataConsumer>
    </Section>
    <Section title="resources.incidents.sections.what" columns={2}>
      <TextInput
        source="description"
        validate={required()}
        multiline
        minRows={3}
        helperText="resources.incidents.helpers.description"
        autoComplete="off"
      />
      <TextInput
        source="systems"
        multiline
        minRows={3}
        helperText="resources.incidents.helpers.systems"
        autoComplete="off"
      />
      <CheckboxGroupInput
        source="categories"
        choices={INCIDENT_CATEGORY_CHOICES}
        validate={required()}
        row
        sx={{ gridColumn: '1 / -1' }}
      />
      <NumberInput
        source="subjects_estimated"
        min={0}
        step={1}
        validate={[required(), minValue(0)]}
        helperText="resources.incidents.helpers.subjects_estimated"
      />
      {mode === 'edit' ? (
        <NumberInput
          source="subjects_confirmed"
          min={0}
          step={1}
          validate={minValue(0)}
          helperText="resources.incidents.helpers.subjects_confirmed"
        />
      ) : (
        <span />
      )}
      <BooleanInput source="health_data" helperText="resources.incidents.helpers.health_data" />
    </Section>
    <Section title="resources.incidents.sections.measures" columns={2}>
      <TextInput source="containment" multiline minRows={2} autoComplete="off" />
      <TextInput
        source="responsible"
        multiline
        minRows={2}
        helperText="resources.incidents.helpers.responsible"
        autoComplete="off"
      />
      <TextInput source="presumed_causes" multiline minRows={2} autoComplete="off" />
      <TextInput source="harm" multiline minRows={2} autoComplete="off" />
    </Section>
    <NoNamesWarning />
  </>
);

/** Texts are sealed, but they are read by many; a patient is linked on the card, where the link itself is audited. */
const NoNamesWarning = () => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }} data-testid="no-names-warning">
      {translate('resources.incidents.no_names')}
    </Alert>
  );
};

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return value == null ? null : String(value);
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

const count = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);

type FormValues = Partial<Record<string, unknown>>;

/** What POST /api/incidents takes: the facts, empty texts as null (the required description as a string). */
export const toIncidentBody = (values: FormValues) => ({
  detected_at: values.detected_at,
  source: values.source,
  source_flag_id: values.source === 'audit_flag' ? count(values.source_flag_id) : null,
  description: text(values.description) ?? '',
  systems: text(values.systems),
  categories: Array.isArray(values.categories) ? values.categories : [],
  subjects_estimated: count(values.subjects_estimated) ?? 0,
  health_data: values.health_data === true,
  containment: text(values.containment),
  responsible: text(values.responsible),
  presumed_causes: text(values.presumed_causes),
  harm: text(values.harm),
});

/** What PUT /api/incidents/:id takes: the facts and the version read; detected_at only while open. */
export const toIncidentUpdate = (values: FormValues) => {
  const { detected_at, ...facts } = toIncidentBody(values);
  return {
    ...facts,
    ...(values.status === 'open' ? { detected_at } : {}),
    subjects_confirmed: count(values.subjects_confirmed),
    version: values.version,
  };
};
