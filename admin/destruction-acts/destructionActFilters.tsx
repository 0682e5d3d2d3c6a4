import { SelectInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { REASON_CHOICES, STATUS_CHOICES } from './choices';

// One width with or without a day's clear button, so that the bar does not move as a day is typed; the four fit
// one row beside the export button at 1366 px.
const DAY_FILTER = { width: '12.5rem' };

// The period is of the destruction date (destroyed_on_gte/lte: calendar days, YYYY-MM-DD, as DateInput gives them).
export const destructionActFilters = [
  <DateInput key="destroyed_on_gte" source="destroyed_on_gte" alwaysOn sx={DAY_FILTER} />,
  <DateInput key="destroyed_on_lte" source="destroyed_on_lte" alwaysOn sx={DAY_FILTER} />,
  <SelectInput key="reason" source="reason" choices={REASON_CHOICES} alwaysOn />,
  <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />,
];
