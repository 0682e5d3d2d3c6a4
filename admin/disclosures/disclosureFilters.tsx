import { SelectInput } from 'react-admin';
import { BODY_TYPE_CHOICES, STATUS_CHOICES } from './choices';

export const disclosureFilters = [
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="body_type" source="body_type" choices={BODY_TYPE_CHOICES} alwaysOn />,
];
