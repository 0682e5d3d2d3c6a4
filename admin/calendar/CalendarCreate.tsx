import { Create, SimpleForm, required } from 'react-admin';
import { DateInput } from '../common/DateInput';
import { Section } from '../common/Section';
import { CalendarDayInputs } from './CalendarInputs';

// The years the server keeps a calendar for (server/calendar/calendar.schema.ts).
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2199-12-31';

/** A date the decree makes different: a holiday, a transferred day off, a worked weekend, a shortened day. */
export const CalendarCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <Section title="resources.calendar.sections.day">
        <DateInput source="date" minDate={FIRST_DAY} maxDate={LAST_DAY} validate={required()} />
        <CalendarDayInputs />
      </Section>
    </SimpleForm>
  </Create>
);
