import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { CHANNEL_CHOICES, CONSENT_STATUS_CHOICES, PURPOSE_CHOICES } from './choices';

export const consentFilters = [
  <SelectInput key="purpose" source="purpose" choices={PURPOSE_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={CONSENT_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="channel" source="channel" choices={CHANNEL_CHOICES} alwaysOn />,
  <ReferenceInput key="subject_id" source="subject_id" reference="subjects">
    <AutocompleteInput sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <ReferenceInput
    key="policy_version_id"
    source="policy_version_id"
    reference="policies"
    sort={{ field: 'id', order: 'DESC' }}
  >
    <SelectInput optionText="version" />
  </ReferenceInput>,
];
