import { SearchInput, SelectInput } from 'react-admin';
import { DECIDED_STATUS_CHOICES, SERVICE_CHOICES } from './choices';

/** q searches surname, phone and e-mail. The queue/archive split is the `decided` filter, set by the tabs. */
export const submissionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="service" source="service" choices={SERVICE_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={DECIDED_STATUS_CHOICES} />,
];
