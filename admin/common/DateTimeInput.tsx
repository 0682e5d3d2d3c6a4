// The one date-time input of the SPA: typed and shown ДД.ММ.ГГГГ ЧЧ:мм (DD/MM/YYYY hh:mm in English), 24-hour,
// with a calendar from Monday. The clock is the browser's, as TimestampField shows instants (at the clinic's desk
// that is Moscow time); the form and the API get the instant as an ISO timestamp in UTC ("…T11:30:00.000Z").
import { useMemo } from 'react';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { format } from 'date-fns';
import type { Validator } from 'react-admin';
import { usePickerFormats } from '../providers/DatePickersProvider';
import { IMPOSSIBLE, INCOMPLETE, dayToDate, usePickerInput, type PickerInputProps } from './pickerInput';

/** An ISO timestamp (or a Date) → that instant; a bare "YYYY-MM-DD" is that day's local midnight. */
const toInstant = (value: unknown): Date | null => {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? dayToDate(text) : new Date(text);
};
const toIso = (date: Date) => date.toISOString();

const EARLIEST = new Date(1900, 0, 1, 0, 0);
const LATEST = new Date(2099, 11, 31, 23, 59);

export interface DateTimeInputProps extends PickerInputProps {
  /** The earliest moment allowed: an ISO timestamp or a Date; 01.01.1900 00:00 unless given. */
  minDate?: string | Date;
  /** The latest moment allowed: an ISO timestamp or a Date; 31.12.2099 23:59 unless given. */
  maxDate?: string | Date;
}

export const DateTimeInput = ({ minDate, maxDate, ...props }: DateTimeInputProps) => {
  const formats = usePickerFormats();
  const earliest = useMemo(() => toInstant(minDate) ?? EARLIEST, [minDate]);
  const latest = useMemo(() => toInstant(maxDate) ?? LATEST, [maxDate]);

  const check: Validator = (value) => {
    if (value === INCOMPLETE) return 'pd.inputs.date_time.incomplete';
    if (value === IMPOSSIBLE) return 'pd.inputs.date_time.invalid';
    const date = toInstant(value);
    if (!date || Number.isNaN(date.getTime())) return undefined;
    if (date < earliest)
      return { message: 'pd.inputs.date_time.min', args: { date: format(earliest, formats.dateTime) } };
    if (date > latest) return { message: 'pd.inputs.date_time.max', args: { date: format(latest, formats.dateTime) } };
    return undefined;
  };
  const picker = usePickerInput(props, { toDate: toInstant, toValue: toIso, check });

  return (
    <DateTimePicker {...picker} format={formats.dateTime} ampm={false} minDateTime={earliest} maxDateTime={latest} />
  );
};
