import { BooleanInput, SearchInput, SelectInput } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { LETTER_EARLIEST_RECEIVED_ON } from '../types';
import { MineFilter, TOGGLE_FILTER } from '../deadlines/assignee';
import { LETTER_KIND_CHOICES, LETTER_STATUS_CHOICES } from './choices';

// One width with or without a day's clear button, so the bar does not move as a day is typed.
const DAY_FILTER = { width: '12.5rem' };

/**
 * q finds an incoming number or a sender by whole words of the name (the server keeps only a blind index of it). The
 * days of receipt are added from the filter button, so that the bar stays one row at 1366 px.
 */
export const letterFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={LETTER_STATUS_CHOICES} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={LETTER_KIND_CHOICES} alwaysOn />,
  <DateInput key="received_from" source="received_from" minDate={LETTER_EARLIEST_RECEIVED_ON} sx={DAY_FILTER} />,
  <DateInput key="received_to" source="received_to" minDate={LETTER_EARLIEST_RECEIVED_ON} sx={DAY_FILTER} />,
  <MineFilter key="assignee_id" source="assignee_id" label="resources.letters.filters.mine" alwaysOn />,
  <BooleanInput
    key="overdue"
    source="overdue"
    alwaysOn
    helperText={false}
    // Off is no filter (every letter), not «not overdue».
    parse={(checked: boolean) => (checked ? true : null)}
    format={(value: unknown) => value === true}
    sx={TOGGLE_FILTER}
  />,
];
