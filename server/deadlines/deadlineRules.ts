import { INCIDENT_NOTICE_HOURS, type CalendarDate, type DeadlineKind } from '../contract/index.js';
import type { WorkingCalendar } from '../calendar/workingCalendar.js';

// The one rules table of the terms 152-FZ sets the clinic for a person's request or a finding. Every deadline item is
// opened, extended and recounted from its row; a kind added to the contract without a row here fails the type check.

export interface Term {
  days: number;
  unit: 'working' | 'calendar';
}

/** A term the law counts by the clock (an incident's notices): weekends and holidays do not stop it. */
export interface HoursTerm {
  hours: number;
  unit: 'hours';
}

export interface DeadlineRule {
  /** What the clinic must have done by the due date. */
  duty: string;
  term: Term | HoursTerm;
  /** One extension, with a reasoned notice to the person sent within the term, counted on from the due date. */
  extension: Term | null;
  /** The legal source, in Russian, as the SPA shows it. */
  legalSource: string;
}

const working = (days: number): Term => ({ days, unit: 'working' });
const calendar = (days: number): Term => ({ days, unit: 'calendar' });
const hours = (count: number): HoursTerm => ({ hours: count, unit: 'hours' });

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
  // An unlawful or accidental disclosure found: Roskomnadzor is notified within 24 hours and told the results of the
  // internal investigation within 72 hours, both counted from the moment it was detected (incident.detected_at).
  incident_notice_24h: {
    duty: 'Notify Roskomnadzor of the incident, its presumed causes and harm, the measures taken and a contact',
    term: hours(INCIDENT_NOTICE_HOURS.notice_24h),
    extension: null,
    legalSource: 'ст. 21 ч. 3.1 152-ФЗ',
  },
  incident_results_72h: {
    duty: 'Report to Roskomnadzor the results of the internal investigation and the persons responsible, if found',
    term: hours(INCIDENT_NOTICE_HOURS.results_72h),
    extension: null,
    legalSource: 'ст. 21 ч. 3.1 152-ФЗ',
  },
};

/** Whether a rule counts in hours (its items carry due_at and are never recounted on the calendar). */
export const isHoursTerm = (term: Term | HoursTerm): term is HoursTerm => term.unit === 'hours';

/** The moment a term in hours counted from `from` ends: exactly that many hours later, whatever the day. */
export function hoursEnd(from: Date, term: HoursTerm): Date {
  return new Date(from.getTime() + term.hours * 3_600_000);
}

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
  if (isHoursTerm(rule.term)) throw new Error('A term in hours has no due dates on the calendar: use hoursEnd');
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
