import { NumberInput, SelectInput, TextInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { AUDIT_ACTION_CHOICES } from './auditFields';

// DateInput yields YYYY-MM-DD, which is what the API takes for from/to (the clinic's calendar days).
// One width with or without the clear button that comes with a day, so that the filters do not move when one is
// typed; narrow enough for the whole filter bar to fit a 1366-pixel screen.
const DAY_FILTER = { width: '12.5rem' };

export const auditLogFilters = [
  <SelectInput key="action" source="action" choices={AUDIT_ACTION_CHOICES} alwaysOn />,
  <TextInput key="actor_login" source="actor_login" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn sx={DAY_FILTER} />,
  <DateInput key="to" source="to" alwaysOn sx={DAY_FILTER} />,
  <NumberInput key="subject_id" source="subject_id" min={1} step={1} />,
];
