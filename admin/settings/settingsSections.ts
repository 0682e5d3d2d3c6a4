import type { OperatorSettings } from '../types';

export type SettingsField = Exclude<keyof OperatorSettings, 'updated_at' | 'updated_by' | 'version'>;

interface SettingsSection {
  id: 'operator' | 'responsible' | 'signer' | 'system';
  /**
   * In reading order; a wide field takes the whole row (an address, the operator's name), a multiline one is a text
   * of a sentence or more (the method of destruction).
   */
  fields: { source: SettingsField; wide?: boolean; multiline?: boolean }[];
}

/** The page's four groups, shared by the form and the read-only view. */
export const SETTINGS_SECTIONS: SettingsSection[] = [
  {
    id: 'operator',
    fields: [
      { source: 'operator_name', wide: true },
      { source: 'legal_address', wide: true },
      { source: 'postal_address', wide: true },
      { source: 'email' },
      { source: 'website' },
      { source: 'inn' },
      { source: 'ogrn' },
    ],
  },
  { id: 'responsible', fields: [{ source: 'responsible_name' }, { source: 'responsible_position' }] },
  { id: 'signer', fields: [{ source: 'signer_name' }, { source: 'signer_position' }] },
  {
    id: 'system',
    fields: [{ source: 'system_name' }, { source: 'destruction_method', wide: true, multiline: true }],
  },
];

// The server's SettingsService.requireComplete refuses a document while one of these is empty; the page says so first.
const REQUIRED_FOR_DOCUMENTS: SettingsField[] = [
  'operator_name',
  'legal_address',
  'postal_address',
  'email',
  'system_name',
  'responsible_name',
  'responsible_position',
  'signer_name',
  'signer_position',
];

export const missingForDocuments = (settings: OperatorSettings): SettingsField[] =>
  REQUIRED_FOR_DOCUMENTS.filter((field) => !settings[field]);

export const fieldLabel = (field: SettingsField) => `pd.settings.fields.${field}`;
