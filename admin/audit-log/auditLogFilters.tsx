import { DateInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import { AUDIT_ACTION_CHOICES } from './auditFields';

// DateInput yields YYYY-MM-DD, which is what the API takes for from/to.
export const auditLogFilters = [
  <SelectInput key="action" source="action" choices={AUDIT_ACTION_CHOICES} alwaysOn />,
  <TextInput key="actor_login" source="actor_login" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <NumberInput key="subject_id" source="subject_id" min={1} step={1} />,
];
