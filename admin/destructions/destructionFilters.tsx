import { SelectInput } from 'react-admin';
import { STATUS_CHOICES } from './choices';

export const destructionFilters = [<SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />];
