import type * as ru from '../ru/calendar';
import type { SameKeys } from '../sameKeys';

export const calendar: SameKeys<typeof ru.calendar> = {
  name: 'Calendar day |||| Production calendar',
  page: {
    create: 'New calendar day',
    edit: 'Calendar day %{recordRepresentation}',
  },
  empty: 'No day of this year differs from the plain five-day week',
  invite: 'Add a day',
  fields: {
    id: 'Date',
    date: 'Date',
    kind: 'Kind of day',
    note: 'Note',
    year: 'Year',
    changed: 'Changed',
    updated_at: 'Changed',
    updated_by: 'Changed by',
  },
  filters: {
    all_years: 'All years',
  },
  kind: {
    holiday: 'Public holiday',
    day_off: 'Day off (transferred)',
    working_day: 'Worked weekend day',
    short_day: 'Shortened pre-holiday day',
  },
  helpers: {
    kind: 'Only a Saturday or a Sunday can be made a working day',
    note: 'E.g. the decree transferring the days off, and its date',
  },
  sections: {
    day: 'Day',
  },
  loaded: 'as shipped',
  years: {
    add: 'Enter a year',
    edit_year: 'Edit year %{year}',
    add_title: 'Enter a calendar year',
    edit_title: 'Year %{year}: source and basis',
    dialog_text:
      'Name the decree on transferred days off. The year’s dates (holidays, transfers, working Saturdays, shortened days) are entered in the list of days; until the year has dates, terms across it are counted on a plain five-day week.',
    basis_helper: 'For example: Government Decree No. 1187 of 17.09.2026',
    saved: 'Year %{year} saved; open terms recounted',
    actions: 'Actions',
    title: 'Calendar years',
    year: 'Year',
    status: 'Source',
    status_official: 'Official',
    status_reported: 'As publicly reported',
    basis: 'Basis',
    days: 'Dates',
    covered: 'Terms counted on the calendar',
    yes: 'yes',
    no: 'no',
    none: 'No year is entered: terms are counted on a plain five-day week and flagged “calendar not filled in”.',
    failed: 'The calendar years could not be loaded',
    note: 'A term that falls in a year without a calendar is counted on a plain five-day week and flagged “calendar not filled in”. Every change of a day is logged and recounts the open terms.',
  },
  delete: {
    title: 'Delete the day %{recordRepresentation}?',
    content: 'The day becomes a plain day of the five-day week; open terms are recounted.',
  },
  notifications: {
    created: 'Day added; open terms recounted',
    updated: 'Day changed; open terms recounted',
    deleted: 'Day deleted; open terms recounted',
  },
};
