import type * as ru from '../ru/deadlines';
import type { SameKeys } from '../sameKeys';

export const deadlines: SameKeys<typeof ru.deadlines> = {
  name: 'Term |||| Terms',
  page: {
    show: 'Term No. %{recordRepresentation}',
  },
  empty: 'No terms',
  fields: {
    id: 'No.',
    kind: 'What to do',
    rule: 'Term and legal source',
    letter_id: 'Letter',
    subject_id: 'Data subject',
    assignee_id: 'Assignee',
    opened_on: 'Received',
    due_on: 'Due by law',
    extended_due_on: 'Extended due date',
    effective_due_on: 'Due',
    extended_on: 'Extended on',
    extended_by: 'Extended by',
    closed_on: 'Closed on',
    closed_by: 'Closed by',
    close_reason: 'Outcome',
    state: 'State',
    created_at: 'Opened',
  },
  filters: {
    mine: 'Mine only',
  },
  kind: {
    destroy_after_withdrawal: 'Destroy the data after a withdrawal',
    answer_access_request: 'Answer an access request',
    stop_processing: 'Stop processing on request',
    correct_data: 'Correct the data',
    stop_unlawful_processing: 'Stop unlawful processing',
    destroy_unlawful_data: 'Destroy unlawfully processed data',
    destroy_unneeded_data: 'Destroy unlawfully obtained or unneeded data',
  },
  rule: {
    destroy_after_withdrawal: '30 calendar days · 152-FZ art. 21(5)',
    answer_access_request: '10 working days, +5 once · 152-FZ art. 14, art. 20(1–2)',
    stop_processing: '10 working days, +5 once · 152-FZ art. 21(5.1)',
    correct_data: '7 working days · 152-FZ art. 21(2)',
    stop_unlawful_processing: '3 working days · 152-FZ art. 21(3)',
    destroy_unlawful_data: '10 working days · 152-FZ art. 21(3)',
    destroy_unneeded_data: '7 working days · 152-FZ art. 20(3)',
  },
  term: {
    working: '%{smart_count} working day |||| %{smart_count} working days',
    calendar: '%{smart_count} calendar day |||| %{smart_count} calendar days',
  },
  status: {
    open: 'Running',
    due_soon: 'Due soon',
    overdue: 'Overdue',
    closed: 'Met on time',
    closed_late: 'Met late',
  },
  close_reason: {
    fulfilled: 'Done',
    refused: 'Reasoned refusal',
    not_required: 'Not required',
    superseded: 'Superseded',
    opened_in_error: 'Opened in error',
  },
  sections: {
    term: 'Term',
    dates: 'Dates',
    closing: 'Closing',
  },
  assignee: {
    me: 'You',
    other: 'staff member No. %{id}',
  },
  letter_number: 'letter No. %{id}',
  subject_number: 'subject No. %{id}',
  not_identified: 'not identified',
  extended_from: 'extended, was %{date}',
  calendar_incomplete: 'calendar not filled in',
  calendar_incomplete_help:
    'The term was counted on a plain five-day week: the production calendar of that year is not entered. Check the date once it is: the term is recounted by itself.',
  menu_badge: 'overdue: %{count}',
  line: {
    due: 'due %{date}',
  },
};
