import { Alert } from '@mui/material';
import { Labeled, RecordContextProvider, useTranslate } from 'react-admin';
import { PlainField } from '../common/fields';
import { Section } from '../common/Section';
import type { OperatorSettings } from '../types';
import { SETTINGS_SECTIONS, fieldLabel } from './settingsSections';

/** The details for a role that reads them only. */
export const SettingsView = ({ settings }: { settings: OperatorSettings }) => {
  const translate = useTranslate();
  return (
    <RecordContextProvider value={{ id: 'settings', ...settings }}>
      <Alert severity="info" variant="outlined" sx={{ mb: 2 }}>
        {translate('pd.settings.read_only')}
      </Alert>
      {SETTINGS_SECTIONS.map((section) => (
        <Section key={section.id} title={`pd.settings.sections.${section.id}`} columns={2}>
          {section.fields.map(({ source, wide }) => (
            <Labeled key={source} label={fieldLabel(source)} sx={wide ? { gridColumn: '1 / -1' } : undefined}>
              <PlainField source={source} />
            </Labeled>
          ))}
        </Section>
      ))}
    </RecordContextProvider>
  );
};
