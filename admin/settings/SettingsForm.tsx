import { useQueryClient } from '@tanstack/react-query';
import { Box } from '@mui/material';
import { Form, SaveButton, TextInput, email, maxLength, required, useNotify, type Validator } from 'react-admin';
import { Section } from '../common/Section';
import { useAction } from '../common/useAction';
import { errorBody } from '../providers/httpClient';
import type { OperatorSettings } from '../types';
import { SETTINGS_SECTIONS, fieldLabel, type SettingsField } from './settingsSections';
import { SETTINGS_QUERY_KEY } from './useSettings';

/** Digits only, of one of the register's lengths; spaces between groups are allowed (the server drops them). */
const registerNumber =
  (pattern: RegExp, message: string): Validator =>
  (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' && !pattern.test(value.replace(/\s+/g, '')) ? message : undefined;

const website: Validator = (value: unknown) =>
  typeof value === 'string' &&
  value.trim() !== '' &&
  !/^(https?:\/\/)?[^\s/.]+(\.[^\s/.]+)+(\/\S*)?$/.test(value.trim())
    ? 'pd.settings.validation.website'
    : undefined;

// Mirrors server/settings/settings.schema.ts: the server says the same beside the field if this lets a value by.
const VALIDATORS: Record<SettingsField, Validator[]> = {
  operator_name: [required(), maxLength(300)],
  legal_address: [required(), maxLength(500)],
  postal_address: [required(), maxLength(500)],
  email: [required(), email(), maxLength(254)],
  website: [required(), maxLength(200), website],
  inn: [registerNumber(/^(\d{10}|\d{12})$/, 'pd.settings.validation.inn')],
  ogrn: [registerNumber(/^(\d{13}|\d{15})$/, 'pd.settings.validation.ogrn')],
  responsible_name: [maxLength(200)],
  responsible_position: [maxLength(200)],
  system_name: [required(), maxLength(200)],
  destruction_method: [required(), maxLength(1000)],
  signer_name: [maxLength(200)],
  signer_position: [maxLength(200)],
};

const HELPERS: Partial<Record<SettingsField, string>> = {
  postal_address: 'pd.settings.helpers.postal_address',
  email: 'pd.settings.helpers.email',
  inn: 'pd.settings.helpers.inn',
  ogrn: 'pd.settings.helpers.ogrn',
  responsible_name: 'pd.settings.helpers.responsible_name',
  system_name: 'pd.settings.helpers.system_name',
  destruction_method: 'pd.settings.helpers.destruction_method',
  signer_name: 'pd.settings.helpers.signer_name',
};

/**
 * The administrator's form. It saves with the version it was loaded with: when someone saved in between, the
 * server answers the current record, which replaces the form's values (the change is made again on top of it).
 */
export const SettingsForm = ({ settings }: { settings: OperatorSettings }) => {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { run } = useAction<OperatorSettings, OperatorSettings>({
    action: (dataProvider, values) => dataProvider.putSettings(values),
    successMessage: 'pd.settings.saved',
    // The saved record is the form's new starting point: the trimmed values and the next version.
    onSuccess: (saved) => queryClient.setQueryData(SETTINGS_QUERY_KEY, saved),
    onError: (error) => {
      const body = errorBody(error);
      if (body?.code !== 'version_conflict' || !body.current) return false;
      queryClient.setQueryData(SETTINGS_QUERY_KEY, body.current);
      notify('pd.settings.conflict', { type: 'warning', autoHideDuration: 10_000 });
      return true;
    },
    showsFieldErrors: true,
  });
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run(values as unknown as OperatorSettings);
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  return (
    <Form record={settings} onSubmit={submit} noValidate>
      {SETTINGS_SECTIONS.map((section) => (
        <Section key={section.id} title={`pd.settings.sections.${section.id}`} columns={2}>
          {section.fields.map(({ source, wide, multiline }) => (
            <Box key={source} sx={wide ? { gridColumn: '1 / -1' } : undefined}>
              <TextInput
                source={source}
                label={fieldLabel(source)}
                validate={VALIDATORS[source]}
                helperText={HELPERS[source] ?? false}
                autoComplete="off"
                multiline={multiline}
                minRows={multiline ? 2 : undefined}
                fullWidth
              />
            </Box>
          ))}
        </Section>
      ))}
      <SaveButton />
    </Form>
  );
};
