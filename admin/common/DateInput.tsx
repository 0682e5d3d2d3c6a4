// The one date input of the SPA: a calendar day, typed and shown ДД.ММ.ГГГГ (DD/MM/YYYY in English), with a
// calendar from Monday; the form and the API get "YYYY-MM-DD". A day is a calendar day, never an instant, so no
// time zone moves it; "today", where a form needs it, is the clinic's (todayIso in ./format).
import { useMemo } from 'react';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { format } from 'date-fns';
import type { Validator } from 'react-admin';
import { usePickerFormats } from '../providers/DatePickersProvider';
import { IMPOSSIBLE, INCOMPLETE, dayToDate, usePickerInput, type PickerInputProps } from './pickerInput';

const pad = (n: number, length = 2) => String(n).padStart(length, '0');
const toDay = (date: Date) => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export interface DateInputProps extends PickerInputProps {
  /** The earliest day allowed, YYYY-MM-DD; 1900-01-01 unless given (so that «13.09.92» is not the year 92). */
  minDate?: string;
  /** The latest day allowed, YYYY-MM-DD; 2099-12-31 unless given. `todayIso()` for «not after today». */
  maxDate?: string;
}

export const DateInput = ({ minDate = '1900-01-01', maxDate = '2099-12-31', ...props }: DateInputProps) => {
  const formats = usePickerFormats();
  const earliest = useMemo(() => dayToDate(minDate), [minDate]);
  const latest = useMemo(() => dayToDate(maxDate), [maxDate]);

  const check: Validator = (value) => {
    if (value === INCOMPLETE) return 'pd.inputs.date.incomplete';
    if (value === IMPOSSIBLE) return 'pd.inputs.date.invalid';
    if (typeof value !== 'string' || value === '') return undefined;
    const day = value.slice(0, 10);
    if (earliest && day < minDate)
      return { message: 'pd.inputs.date.min', args: { date: format(earliest, formats.date) } };
    if (latest && day > maxDate) return { message: 'pd.inputs.date.max', args: { date: format(latest, formats.date) } };
    return undefined;
  };
  const picker = usePickerInput(props, { toDate: dayToDate, toValue: toDay, check });

  return <DatePicker {...picker} format={formats.date} minDate={earliest ?? undefined} maxDate={latest ?? undefined} />;
};
