import { Chip, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate, formatTimestamp } from '../common/format';
import { WithCaption } from '../layout/lists';
import type { CalendarDay, CalendarDayKind } from '../types';

/** "2026-03-09" → «понедельник»: the weekday of a calendar day, whatever the browser's time zone. */
export const useWeekday = () => {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  };
};

/** The date, and under it its weekday (a worked Saturday, a holiday on a Monday). */
export const DayField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<CalendarDay>();
  const weekday = useWeekday();
  if (!record) return null;
  return (
    <WithCaption caption={weekday(record.date)}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
        {formatDate(record.date)}
      </Typography>
    </WithCaption>
  );
};

/** Not worked (holiday, day off) in outline; worked (a worked weekend, a shortened day) filled. */
const KIND_LOOK: Record<
  CalendarDayKind,
  { color: 'error' | 'default' | 'success' | 'info'; variant: 'filled' | 'outlined' }
> = {
  holiday: { color: 'error', variant: 'outlined' },
  day_off: { color: 'default', variant: 'outlined' },
  working_day: { color: 'success', variant: 'filled' },
  short_day: { color: 'info', variant: 'filled' },
};

export const DayKindChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<CalendarDay>();
  const translate = useTranslate();
  if (!record) return null;
  const look = KIND_LOOK[record.kind] ?? { color: 'default', variant: 'outlined' };
  return (
    <Chip
      size="small"
      sx={{ alignSelf: 'flex-start' }}
      color={look.color}
      variant={look.variant}
      label={translate(`resources.calendar.kind.${record.kind}`, { _: record.kind })}
    />
  );
};

/** Who changed the day and when; «загружен с приложением» for the days of the migration. */
export const ChangedField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<CalendarDay>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.updated_at) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('resources.calendar.loaded')}
      </Typography>
    );
  }
  return (
    <WithCaption caption={record.updated_by ?? undefined}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {formatTimestamp(record.updated_at)}
      </Typography>
    </WithCaption>
  );
};
