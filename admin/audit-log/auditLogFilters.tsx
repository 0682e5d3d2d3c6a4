import { NumberInput, SelectInput, TextInput, useListContext } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { ROLES } from '../types';
import { AUDIT_ACTION_CHOICES, AUDIT_ACTION_KIND_CHOICES, actionKind } from './auditFields';

// DateInput yields YYYY-MM-DD, which is what the API takes for from/to (the clinic's calendar days).
// One width with or without the clear button that comes with a day, so that the filters do not move when one is
// typed; narrow enough for the whole filter bar to fit a 1366-pixel screen.
const DAY_FILTER = { width: '12.5rem' };

// Staff roles, and the authors of entries that are not staff.
const ROLE_CHOICES = [...ROLES, 'system', 'anonymous', 'public'].map((role) => ({
  id: role,
  name: `pd.roles.${role}`,
}));

/** The actions of the kind chosen, or all of them: a list of a hundred actions reads better grouped. */
const ActionInput = (props: { source: string; alwaysOn?: boolean }) => {
  const { filterValues } = useListContext();
  const kind = typeof filterValues.action_kind === 'string' ? filterValues.action_kind : null;
  const choices = kind ? AUDIT_ACTION_CHOICES.filter((c) => actionKind(c.id) === kind) : AUDIT_ACTION_CHOICES;
  return <SelectInput {...props} choices={choices} />;
};

export const auditLogFilters = [
  <SelectInput key="action_kind" source="action_kind" choices={AUDIT_ACTION_KIND_CHOICES} alwaysOn />,
  <ActionInput key="action" source="action" alwaysOn />,
  <TextInput key="actor_login" source="actor_login" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn sx={DAY_FILTER} />,
  <DateInput key="to" source="to" alwaysOn sx={DAY_FILTER} />,
  <SelectInput key="actor_role" source="actor_role" choices={ROLE_CHOICES} />,
  <NumberInput key="subject_id" source="subject_id" min={1} step={1} />,
  <TextInput key="entity_type" source="entity_type" />,
  <TextInput key="entity_id" source="entity_id" />,
  <TextInput key="ip" source="ip" />,
  <TextInput key="request_id" source="request_id" />,
];
