import type { CalendarDate, DeadlineKind } from '../contract/index.js';
import type { WorkingCalendar } from '../calendar/workingCalendar.js';

// The one rules table of the terms 152-FZ sets the clinic for a person's request or a finding. Every deadline item is
// opened, extended and recounted from its row; a kind added to the contract without a row here fails the type check.

export interface Term {
  days: number;
  unit: 'working' | 'calendar';
}

export interface DeadlineRule {
  /** What the clinic must have done by the due date. */
  duty: string;
  term: Term;
  /** One extension, with a reasoned notice to the person sent within the term, counted on from the due date. */
  extension: Term | null;
  /** The legal source, in Russian, as the SPA shows it. */
  legalSource: string;
}

const working = (days: number): Term => ({ days, unit: 'working' });
const calendar = (days: number): Term => ({ days, unit: 'calendar' });

export const DEADLINE_RULES: Record<DeadlineKind, DeadlineRule> = {
  // Withdrawal of consent: processing that relies on it stops at once; the data is destroyed within 30 days unless
  // another legal ground keeps it (medical records are kept under art. 10 p.2 item 4).
  destroy_after_withdrawal: {
    duty: 'Destroy the data processed under the withdrawn consent',
    term: calendar(30),
    extension: null,
    legalSource: 'ст. 21 ч. 5 152-ФЗ',
  },
  answer_access_request: {
    duty: 'Answer with the information of art. 14 p.7, or refuse with reasons citing the law',
    term: working(10),
    extension: working(5),
    legalSource: 'ст. 14, ст. 20 ч. 1–2 152-ФЗ',
  },
  stop_processing: {
    duty: 'Stop processing on the person’s demand',
    term: working(10),
    extension: working(5),
    legalSource: 'ст. 21 ч. 5.1 152-ФЗ',
  },
  // Counted from the day the supporting information was received; the record stays blocked until corrected.
  correct_data: {
    duty: 'Correct the inaccurate data and lift the block',
    term: working(7),
    extension: null,
    legalSource: 'ст. 21 ч. 2 152-ФЗ',
  },
  // A destruction request or unlawful processing found: both terms run from the same day of receipt or finding.
  stop_unlawful_processing: {
    duty: 'Stop the unlawful processing',
    term: working(3),
    extension: null,
    legalSource: 'ст. 21 ч. 3 152-ФЗ',
  },
  destroy_unlawful_data: {
    duty: 'Destroy the data whose processing cannot be made lawful',
    term: working(10),
    extension: null,
    legalSource: 'ст. 21 ч. 3 152-ФЗ',
  },
  destroy_unneeded_data: {
    duty: 'Destroy the data shown to be unlawfully obtained or not needed for the purpose',
    term: working(7),
    extension: null,
    legalSource: 'ст. 20 ч. 3 152-ФЗ',
  },
};

/** The day a term counted from `from` ends on. */
export function termEnd(on: WorkingCalendar, from: string, term: Term): CalendarDate {
  return term.unit === 'working' ? on.addWorkingDays(from, term.days) : on.addCalendarDays(from, term.days);
}

export interface DueDates {
  due_on: string;
  extended_due_on: string | null;
  calendar_incomplete: boolean;
}

/** An item's due dates on the calendar as it is now: the term from the day of receipt, and the extension if taken. */
export function dueDates(on: WorkingCalendar, rule: DeadlineRule, openedOn: string, extended: boolean): DueDates {
  const due = termEnd(on, openedOn, rule.term);
  if (!extended || !rule.extension) {
    return { due_on: due.date, extended_due_on: null, calendar_incomplete: due.calendar_incomplete };
  }
  const longer = termEnd(on, due.date, rule.extension);
  return {
    due_on: due.date,
    extended_due_on: longer.date,
    calendar_incomplete: due.calendar_incomplete || longer.calendar_incomplete,
  };
}
