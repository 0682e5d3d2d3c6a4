import { SelectArrayInput, SelectInput } from 'react-admin';
import { MineFilter } from './assignee';
import { DEADLINE_KIND_CHOICES, DEADLINE_STATE_CHOICES } from './choices';

// Narrow enough for the whole bar (and the «мои» switch) to fit a 1366-pixel screen.
export const deadlineFilters = [
  <SelectArrayInput key="state" source="state" choices={DEADLINE_STATE_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="kind" source="kind" choices={DEADLINE_KIND_CHOICES} alwaysOn sx={{ maxWidth: 320 }} />,
  <MineFilter key="assignee_id" source="assignee_id" alwaysOn />,
];
