import { NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { todayIso } from '../common/format';
import { INCIDENT_STATUS_CHOICES } from './choices';

// One width with or without a day's clear button, so the bar does not move as a day is typed.
const DAY_FILTER = { width: '12.5rem' };

/** The number (a part of it), the state, health data or not; the Moscow days of detection behind «Добавить фильтр». */
export const incidentFilters = [
  <SearchInput key="number" source="number" alwaysOn />,
  <SelectInput key="status" source="status" choices={INCIDENT_STATUS_CHOICES} alwaysOn />,
  <NullableBooleanInput
    key="health_data"
    source="health_data"
    trueLabel="resources.incidents.health.yes"
    falseLabel="resources.incidents.health.no"
    alwaysOn
  />,
  <DateInput key="detected_from" source="detected_from" maxDate={todayIso()} sx={DAY_FILTER} />,
  <DateInput key="detected_to" source="detected_to" maxDate={todayIso()} sx={DAY_FILTER} />,
];
