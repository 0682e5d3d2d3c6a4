// The one date-time input of the SPA: typed and shown ДД.ММ.ГГГГ ЧЧ:мм (DD/MM/YYYY hh:mm in English), 24-hour,
// with a calendar from Monday. The clock is Moscow's whatever the browser's time zone, as the screens that show these
// instants (an incident's hours, the log's entries) read them; the form and the API get the instant as an ISO
// timestamp in UTC ("…T11:30:00.000Z").
import { useMemo } from 'react';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { format } from 'date-fns';
import type { Validator } from 'react-admin';
import { usePickerFormats } from '../providers/DatePickersProvider';
import { fromMoscowWallClock, toMoscowWallClock } from './moscowTime';
import { IMPOSSIBLE, INCOMPLETE, dayToDate, usePickerInput, type PickerInputProps } from './pickerInput';

/** An ISO timestamp (or a Date) → that instant; a bare "YYYY-MM-DD" is that day's Moscow midnight. */
const toInstant = (value: unknown): Date | null => {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? fromMoscowWallClock(dayToDate(text)!) : new Date(text);
};
/** The picker's Moscow wall-clock Date → the instant, as ISO. */
const toIso = (wall: Date) => fromMoscowWallClock(wall).toISOString();
const toWall = (value: unknown): Date | null => {
  const instant = toInstant(value);
  return instant && !Number.isNaN(instant.getTime()) ? toMoscowWallClock(instant) : instant;
};

const EARLIEST = fromMoscowWallClock(new Date(1900, 0, 1, 0, 0));
const LATEST = fromMoscowWallClock(new Date(2099, 11, 31, 23, 59));

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
      return {
        message: 'pd.inputs.date_time.min',
        args: { date: format(toMoscowWallClock(earliest), formats.dateTime) },
      };
    if (date > latest)
      return {
        message: 'pd.inputs.date_time.max',
        args: { date: format(toMoscowWallClock(latest), formats.dateTime) },
      };
    return undefined;
  };
  const picker = usePickerInput(props, { toDate: toWall, toValue: toIso, check });

  return (
    <DateTimePicker
      {...picker}
      format={formats.dateTime}
      ampm={false}
      minDateTime={toMoscowWallClock(earliest)}
      maxDateTime={toMoscowWallClock(latest)}
    />
  );
};
