import { DeleteButton, Edit, Labeled, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { Section } from '../common/Section';
import { DayField } from './calendarFields';
import { CalendarDayInputs } from './CalendarInputs';

/**
 * Changing or removing a day. Each change is audited and recomputes the due dates of the open terms (each recomputation
 * audited too); a removed day falls back to the plain week.
 */
export const CalendarEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<CalendarToolbar />}>
      <Section title="resources.calendar.sections.day">
        <Labeled source="date">
          <DayField />
        </Labeled>
        <CalendarDayInputs />
      </Section>
    </SimpleForm>
  </Edit>
);

const CalendarToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton
      mutationMode="pessimistic"
      confirmTitle="resources.calendar.delete.title"
      confirmContent="resources.calendar.delete.content"
    />
  </Toolbar>
);
