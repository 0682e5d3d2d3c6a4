import { SelectInput, TextInput, maxLength, required } from 'react-admin';
import { DAY_KIND_CHOICES } from './choices';

/** A day's kind and note; the date itself is the record's id (set on creation, never changed). */
export const CalendarDayInputs = () => (
  <>
    <SelectInput
      source="kind"
      choices={DAY_KIND_CHOICES}
      validate={required()}
      helperText="resources.calendar.helpers.kind"
    />
    <TextInput source="note" validate={maxLength(300)} multiline helperText="resources.calendar.helpers.note" />
  </>
);
