import { useState } from 'react';
import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import {
  Button,
  NumberInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { useAction } from '../common/useAction';
import { CALENDAR_YEAR_STATUS_CHOICES } from './choices';
import type { CalendarYear } from '../types';

interface YearValues {
  year: number;
  status: CalendarYear['status'];
  basis: string;
}

/**
 * Entering a year's decree on transferred days off, or correcting its status and basis: from then on, terms across
 * that year are counted on its days (the days themselves are entered one by one in the list). The server records
 * the change in the log and recounts the open terms.
 */
export const CalendarYearButton = ({ year, nextYear }: { year?: CalendarYear; nextYear: number }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { run, isPending } = useAction<CalendarYear, YearValues>({
    action: (dataProvider, { year: which, status, basis }) => dataProvider.putCalendarYear(which, { status, basis }),
    successMessage: (saved) => ({
      message: 'resources.calendar.years.saved',
      messageArgs: { year: saved.year },
    }),
    invalidate: ['calendar', 'deadlines', 'letters'],
    onSuccess: () => setOpen(false),
    showsFieldErrors: true,
  });
  const submit = async (values: Record<string, unknown>) => {
    const outcome = await run({
      year: Number(values.year),
      status: values.status as CalendarYear['status'],
      basis: String(values.basis ?? '').trim(),
    });
    return outcome.ok ? undefined : outcome.fieldErrors;
  };
  const editing = year !== undefined;
  return (
    <>
      <Button
        label={editing ? 'ra.action.edit' : 'resources.calendar.years.add'}
        aria-label={editing ? translate('resources.calendar.years.edit_year', { year: year.year }) : undefined}
        onClick={() => setOpen(true)}
        data-testid={editing ? `calendar-year-edit-${year.year}` : 'calendar-year-add'}
      >
        <EditCalendarIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        pending={isPending}
        title={editing ? 'resources.calendar.years.edit_title' : 'resources.calendar.years.add_title'}
        titleArgs={{ year: year?.year }}
        text="resources.calendar.years.dialog_text"
        submitLabel="ra.action.save"
        record={year ?? { year: nextYear, status: 'official', basis: '' }}
        onSubmit={submit}
      >
        <NumberInput
          source="year"
          label="resources.calendar.years.year"
          disabled={editing}
          validate={[required(), minValue(2020), maxValue(2100)]}
          step={1}
        />
        <SelectInput
          source="status"
          label="resources.calendar.years.status"
          choices={CALENDAR_YEAR_STATUS_CHOICES}
          validate={required()}
        />
        <TextInput
          source="basis"
          label="resources.calendar.years.basis"
          helperText="resources.calendar.years.basis_helper"
          validate={[required(), minLength(3), maxLength(500)]}
          multiline
          minRows={2}
          autoComplete="off"
        />
      </FormDialog>
    </>
  );
};
