import { Box } from '@mui/material';
import { DataTable, List, SelectInput, SimpleList, TopToolbar, CreateButton, useTranslate } from 'react-admin';
import { formatDate, todayIso } from '../common/format';
import { PlainField } from '../common/fields';
import { ListItemEnd, joinLine, useNarrow } from '../layout/lists';
import { useCan } from '../providers/useCan';
import type { CalendarDay } from '../types';
import { ChangedField, DayField, DayKindChip, useWeekday } from './calendarFields';
import { CalendarYears, useCalendarYears } from './CalendarYears';
import { DAY_KIND_CHOICES } from './choices';

/** The years the calendar has, and the clinic's current one even before it is entered. */
const YearFilter = (_props: { source?: string; alwaysOn?: boolean }) => {
  const { data } = useCalendarYears();
  const current = Number(todayIso().slice(0, 4));
  const years = [...new Set([...(data ?? []).map((year) => year.year), current])].sort((a, b) => a - b);
  return (
    <SelectInput
      source="year"
      choices={years.map((year) => ({ id: year, name: String(year) }))}
      translateChoice={false}
      emptyText="resources.calendar.filters.all_years"
    />
  );
};

const calendarFilters = [
  <YearFilter key="year" source="year" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={DAY_KIND_CHOICES} alwaysOn />,
];

/**
 * «Производственный календарь»: the dates that differ from a plain Monday–Friday week. Everyone signed in reads it;
 * the administrator adds, changes and removes days (each change audited, the open terms recomputed).
 */
export const CalendarList = () => {
  const narrow = useNarrow();
  const { canAccess: canCreate } = useCan('calendar.create');
  return (
    <>
      <CalendarYears />
      <List
        filters={calendarFilters}
        filterDefaultValues={{ year: Number(todayIso().slice(0, 4)) }}
        sort={{ field: 'date', order: 'ASC' }}
        perPage={50}
        exporter={false}
        empty={false}
        actions={<TopToolbar>{canCreate && <CreateButton />}</TopToolbar>}
      >
        {narrow ? <CalendarSimpleList /> : <CalendarTable />}
      </List>
    </>
  );
};

const CalendarTable = () => {
  const { canAccess: canEdit } = useCan('calendar.edit');
  return (
    <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
      <DataTable.Col source="date" field={DayField} />
      <DataTable.Col source="kind" field={DayKindChip} />
      <DataTable.Col source="note" field={PlainField} disableSort />
      <DataTable.Col source="updated_at" label="resources.calendar.fields.changed" field={ChangedField} disableSort />
    </DataTable>
  );
};

const CalendarSimpleList = () => {
  const translate = useTranslate();
  const weekday = useWeekday();
  const { canAccess: canEdit } = useCan('calendar.edit');
  return (
    <SimpleList<CalendarDay>
      rowClick={canEdit ? 'edit' : false}
      primaryText={(record) => joinLine(formatDate(record.date), weekday(record.date))}
      secondaryText={(record) => record.note ?? translate('pd.common.empty')}
      tertiaryText={
        <ListItemEnd>
          <Box component="span">
            <DayKindChip />
          </Box>
        </ListItemEnd>
      }
    />
  );
};
