import type { CalendarDate, CalendarDayKind, WorkingDaysCount } from '../contract/index.js';

// Counting terms on the production calendar. Pure: the calendar's rows and covered years come in, dates come out,
// so the deadlines, the calendar API and the unit tests all count with the same functions.
//
// Civil Code art. 191: a term starts on the day after the day of receipt, which is not counted. A term of N working
// days ends on the Nth working day after it; a term of N calendar days ends on the day N days after it, or, when that
// day is not a working day, on the next working day (art. 193). A term ends at the end of its last day (art. 194).

const DAY_MS = 86_400_000;
const WORKED: Record<CalendarDayKind, boolean> = {
  holiday: false,
  day_off: false,
  working_day: true,
  short_day: true,
};

/** How far any count may walk: far beyond the longest term, so that a calendar with no working day still ends. */
const MAX_WALK_DAYS = 20 * 366;

const toMs = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The day `n` calendar days after `day` (YYYY-MM-DD, no time zone involved). */
export function addDays(day: string, n: number): string {
  return toDay(toMs(day) + n * DAY_MS);
}

/** Whether a plain Monday–Friday week works that day. */
export function isWeekday(day: string): boolean {
  const weekday = new Date(toMs(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export interface CalendarEntry {
  date: string;
  kind: CalendarDayKind;
}

export class WorkingCalendar {
  private readonly kinds = new Map<string, CalendarDayKind>();
  private readonly covered: ReadonlySet<number>;

  /**
   * `days`: the dates that differ from a plain week; `coveredYears`: the years whose calendar is entered. A year not
   * covered is counted with the days entered for it, if any, and otherwise as plain weekdays; every answer says
   * whether it consulted such a year.
   */
  constructor(days: Iterable<CalendarEntry>, coveredYears: Iterable<number>) {
    for (const d of days) this.kinds.set(d.date, d.kind);
    this.covered = new Set(coveredYears);
  }

  covers(day: string): boolean {
    return this.covered.has(+day.slice(0, 4));
  }

  isWorkingDay(day: string): boolean {
    const kind = this.kinds.get(day);
    return kind ? WORKED[kind] : isWeekday(day);
  }

  /** The Nth working day after `from` (which itself is not counted). */
  addWorkingDays(from: string, n: number): CalendarDate {
    requireTerm(n);
    let day = from;
    let incomplete = false;
    for (let counted = 0, walked = 0; counted < n; walked++) {
      if (walked > MAX_WALK_DAYS) throw new Error('No working day found in the calendar');
      day = addDays(day, 1);
      incomplete ||= !this.covers(day);
      if (this.isWorkingDay(day)) counted++;
    }
    return { date: day, calendar_incomplete: incomplete };
  }

  /** `from` + N calendar days, moved to the next working day when that day is not one (Civil Code art. 193). */
  addCalendarDays(from: string, n: number): CalendarDate {
    requireTerm(n);
    let day = addDays(from, n);
    let incomplete = !this.covers(day);
    for (let walked = 0; !this.isWorkingDay(day); walked++) {
      if (walked > MAX_WALK_DAYS) throw new Error('No working day found in the calendar');
      day = addDays(day, 1);
      incomplete ||= !this.covers(day);
    }
    return { date: day, calendar_incomplete: incomplete };
  }

  /** The working days from `from` to `to`, both included (0 when `to` is before `from`). */
  countWorkingDays(from: string, to: string): WorkingDaysCount {
    let working = 0;
    let incomplete = false;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      incomplete ||= !this.covers(day);
      if (this.isWorkingDay(day)) working++;
    }
    return { working_days: working, calendar_incomplete: incomplete };
  }
}

function requireTerm(n: number): void {
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`A term is a whole number of days, at least 1; got ${n}`);
}
