import { z } from 'zod';
import { CALENDAR_DAY_KINDS, CALENDAR_YEAR_STATUSES } from '../contract/index.js';
import { ignoredEcho } from '../http/validate.js';
import { isCalendarDate } from '../shared/clinicDate.js';

// The calendar is kept for the years terms can reach; anything outside is a typing error, not a date to count on.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2199;
// A count or a term longer than this is not a deadline question (10 years; a year's count is 365 or 366 days).
const MAX_SPAN_DAYS = 3660;
const MAX_TERM_DAYS = 366;

const isoDate = z.string({ message: 'Expected a date as YYYY-MM-DD' }).transform((value, ctx) => {
  if (!isCalendarDate(value)) {
    ctx.addIssue({ code: 'custom', message: 'Expected a date as YYYY-MM-DD', params: { code: 'date_invalid' } });
    return z.NEVER;
  }
  const year = +value.slice(0, 4);
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    ctx.addIssue({
      code: 'custom',
      message: `Expected a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
      params: { code: 'date_invalid' },
    });
    return z.NEVER;
  }
  return value;
});

const year = z.coerce
  .number({ message: 'Expected a year' })
  .int('Expected a year')
  .min(FIRST_YEAR, `Expected a year from ${FIRST_YEAR} to ${LAST_YEAR}`)
  .max(LAST_YEAR, `Expected a year from ${FIRST_YEAR} to ${LAST_YEAR}`);

const note = z
  .string()
  .trim()
  .max(300, 'At most 300 characters')
  .nullish()
  .transform((v) => (v ? v : null));

const kind = z.enum(CALENDAR_DAY_KINDS, { message: `Expected one of: ${CALENDAR_DAY_KINDS.join(', ')}` });

const readOnlyEcho = ignoredEcho('id', 'updated_at', 'updated_by');

export const createDayBody = z.strictObject({ ...readOnlyEcho, date: isoDate, kind, note });

/** react-admin sends the date back with the record: accepted only unchanged, as the date is the record's id. */
export const updateDayBody = z.strictObject({ ...readOnlyEcho, date: isoDate.optional(), kind, note });

export type DayInput = { kind: z.infer<typeof kind>; note: string | null };

export const dateParam = z.object({ id: isoDate });

export const yearParam = z.object({ year });

export const yearBody = z.strictObject({
  ...ignoredEcho('id', 'year', 'days', 'covered', 'updated_at', 'updated_by'),
  status: z.enum(CALENDAR_YEAR_STATUSES, { message: `Expected one of: ${CALENDAR_YEAR_STATUSES.join(', ')}` }),
  basis: z.string({ message: 'Required' }).trim().min(3, 'Name the decree (at least 3 characters)').max(500),
});

export const calendarListFilters = {
  id: z.union([isoDate, z.array(isoDate).max(1000)]),
  year,
  kind: z.union([kind, z.array(kind)]),
};

const termDays = z.coerce
  .number({ message: 'Expected a whole number of days' })
  .int('Expected a whole number of days')
  .min(1, 'At least 1 day')
  .max(MAX_TERM_DAYS, `At most ${MAX_TERM_DAYS} days`);

export const workingDaysQuery = z.strictObject({ from: isoDate, to: isoDate }).superRefine((v, ctx) => {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from' });
  else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 > MAX_SPAN_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `At most ${MAX_SPAN_DAYS} days after from` });
  }
});

/** Exactly one of working_days and calendar_days. */
export const addQuery = z
  .strictObject({ from: isoDate, working_days: termDays.optional(), calendar_days: termDays.optional() })
  .superRefine((v, ctx) => {
    if ((v.working_days === undefined) === (v.calendar_days === undefined)) {
      const message = 'Give either working_days or calendar_days';
      ctx.addIssue({ code: 'custom', path: ['working_days'], message });
      ctx.addIssue({ code: 'custom', path: ['calendar_days'], message });
    }
  });
