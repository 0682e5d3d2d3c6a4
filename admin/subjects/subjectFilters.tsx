import { SearchInput, SelectInput } from 'react-admin';
import { SEX_CHOICES, STATUS_CHOICES } from './choices';

/** q searches names, phone and email on the server. */
export const subjectFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
  <SelectInput key="sex" source="sex" choices={SEX_CHOICES} alwaysOn />,
];
