import { describe, expect, it } from 'vitest';
import { addDays, WorkingCalendar } from '../../server/calendar/workingCalendar.js';
import { DEADLINE_RULES, dueDates } from '../../server/deadlines/deadlineRules.js';
import { DEADLINE_KINDS } from '../../server/contract/index.js';

// The counting rules on a small made-up calendar (the real one is checked against its dates in tests/api).
// March 2030: the 1st is a Friday. Rows: Mon 4 a holiday, Tue 5 a day off, Sat 9 a working day, Fri 15 a short day,
// Sat 16 a holiday (a holiday on a weekend changes nothing). 2031 is not covered; Mon 6 Jan 2031 has a row anyway.
const calendar = new WorkingCalendar(
  [
    { date: '2030-03-04', kind: 'holiday' },
    { date: '2030-03-05', kind: 'day_off' },
    { date: '2030-03-09', kind: 'working_day' },
    { date: '2030-03-15', kind: 'short_day' },
    { date: '2030-03-16', kind: 'holiday' },
    { date: '2031-01-06', kind: 'holiday' },
  ],
  [2030],
);

describe('working days', () => {
  it('does not count the day of receipt, and skips the days not worked', () => {
    // From Fri 1 Mar: Sat 2, Sun 3 off; Mon 4 holiday; Tue 5 day off; Wed 6 is the first working day.
    expect(calendar.addWorkingDays('2030-03-01', 1)).toEqual({ date: '2030-03-06', calendar_incomplete: false });
    // Wed 6, Thu 7, Fri 8, Sat 9 (worked), Mon 11.
    expect(calendar.addWorkingDays('2030-03-01', 5)).toEqual({ date: '2030-03-11', calendar_incomplete: false });
  });

  it('counts a short day as a working day, and a holiday on a Saturday as a plain Saturday', () => {
    // From Thu 14: Fri 15 (short) 1, Sat 16 (holiday) and Sun 17 off, Mon 18 2.
    expect(calendar.addWorkingDays('2030-03-14', 2).date).toBe('2030-03-18');
  });

  it('counts the working days of a range with both ends included', () => {
    // 1–10 March: Fri 1, Wed 6, Thu 7, Fri 8, Sat 9 = 5.
    expect(calendar.countWorkingDays('2030-03-01', '2030-03-10')).toEqual({
      working_days: 5,
      calendar_incomplete: false,
    });
    expect(calendar.countWorkingDays('2030-03-10', '2030-03-01').working_days).toBe(0);
  });

  it('flags a count that reaches a year the calendar does not cover, using what rows it has there', () => {
    // From Fri 27 Dec 2030: Mon 30, Tue 31, then 2031 (not covered: plain weekdays but for its one row): Wed 1,
    // Thu 2, Fri 3, Mon 6 skipped (a holiday row), Tue 7.
    expect(calendar.addWorkingDays('2030-12-27', 6)).toEqual({ date: '2031-01-07', calendar_incomplete: true });
    expect(calendar.addWorkingDays('2030-12-27', 2)).toEqual({ date: '2030-12-31', calendar_incomplete: false });
    expect(calendar.countWorkingDays('2030-12-30', '2031-01-03').calendar_incomplete).toBe(true);
  });
});

describe('calendar days', () => {
  it('ends N days after receipt, moved to the next working day when that is not one', () => {
    // 1 Mar + 3 = Mon 4 (holiday) → Tue 5 (day off) → Wed 6.
    expect(calendar.addCalendarDays('2030-03-01', 3)).toEqual({ date: '2030-03-06', calendar_incomplete: false });
    // 1 Mar + 8 = Sat 9, a working Saturday: the term ends on it.
    expect(calendar.addCalendarDays('2030-03-01', 8).date).toBe('2030-03-09');
    // 1 Mar + 9 = Sun 10 → Mon 11.
    expect(calendar.addCalendarDays('2030-03-01', 9).date).toBe('2030-03-11');
  });

  it('flags a term that ends in a year the calendar does not cover, but not one that only starts there', () => {
    // 20 Dec 2030 + 30 = Sun 19 Jan 2031 → Mon 20.
    expect(calendar.addCalendarDays('2030-12-20', 30)).toEqual({ date: '2031-01-20', calendar_incomplete: true });
    // 20 Feb 2030 (in a covered year) + 30 = Fri 22 Mar 2030.
    expect(calendar.addCalendarDays('2030-02-20', 30)).toEqual({ date: '2030-03-22', calendar_incomplete: false });
    // Counted from a day of 2029 (not covered), ending on Wed 6 Mar 2030 after the holiday and the day off.
    expect(calendar.addCalendarDays('2029-12-31', 63)).toEqual({ date: '2030-03-06', calendar_incomplete: false });
  });

  it('refuses a term that is not a whole number of days', () => {
    expect(() => calendar.addCalendarDays('2030-03-01', 0)).toThrow(/whole number/);
    expect(() => calendar.addWorkingDays('2030-03-01', 1.5)).toThrow(/whole number/);
  });

  it('adds days across months and leap years without a time zone', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('the rules table', () => {
  it('has a rule with a Russian legal source for every kind of the contract', () => {
    for (const kind of DEADLINE_KINDS) expect(DEADLINE_RULES[kind].legalSource).toMatch(/^ст\. \d+.* 152-ФЗ$/);
  });

  it('counts the extension on from the due date, and none where the rule has none', () => {
    // Access request of Fri 1 Mar: 10 working days → Wed 6 … Mon 18 (6,7,8,9,11,12,13,14,15,18); +5 → Mon 25.
    expect(dueDates(calendar, DEADLINE_RULES.answer_access_request, '2030-03-01', true)).toEqual({
      due_on: '2030-03-18',
      extended_due_on: '2030-03-25',
      calendar_incomplete: false,
    });
    expect(dueDates(calendar, DEADLINE_RULES.destroy_after_withdrawal, '2030-03-01', true).extended_due_on).toBeNull();
  });
});
