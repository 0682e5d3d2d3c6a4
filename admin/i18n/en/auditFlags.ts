import type * as ru from '../ru/auditFlags';
import type { SameKeys } from '../sameKeys';

export const auditFlags: SameKeys<typeof ru.auditFlags> = {
  name: 'Audit flag |||| Audit flags',
  page: {
    show: 'Audit flag %{recordRepresentation}',
  },
  empty: 'No flags',
  menu_badge: '%{count} not reviewed',
  fields: {
    id: 'No.',
    kind: 'Flag',
    subject_value: 'Who',
    window_start: 'Period',
    count: 'How many',
    entries: 'Entries',
    detected_at: 'Detected',
    reviewed: 'Reviewed',
    reviewed_by_login: 'Reviewed by',
    reviewed_at: 'Reviewed at',
    review_comment: 'Comment',
  },
  kind: {
    after_hours: 'Outside working hours',
    many_subjects: 'Many records in an hour',
    repeated_denials: 'Repeated access denials',
    failed_logins: 'Failed-login burst',
    big_export: 'Large export',
  },
  kind_hint: {
    after_hours: 'Staff activity outside working hours or on a non-working day of the production calendar',
    many_subjects: 'A staff member opened more different records in one hour than the threshold allows',
    repeated_denials: 'A staff member was refused access several times in an hour',
    failed_logins: 'Many failed login attempts within 15 minutes',
    big_export: 'An export of many rows',
  },
  count_of: {
    after_hours: 'actions',
    many_subjects: 'distinct subjects',
    repeated_denials: 'denials',
    failed_logins: 'attempts',
    big_export: 'rows',
  },
  subject_type: {
    login: 'login',
    ip: 'IP address',
  },
  filters: {
    unreviewed: 'Not reviewed',
    reviewed: 'Reviewed',
  },
  review_state: {
    open: 'Not reviewed',
    done: 'Reviewed',
    grown: 'Grown since review',
  },
  sections: {
    flag: 'Flag',
    entries: 'Log entries behind the flag',
    review: 'Review',
    earlier_reviews: 'Earlier reviews',
  },
  entries_truncated:
    'Showing the first %{shown} of %{total}; the rest are in the log (filter by staff member and day).',
  entry: {
    id: 'Entry',
    at: 'Time (Moscow)',
    actor_login: 'Who',
    action: 'Action',
  },
  grown_since_review:
    '%{count} more entries have joined this flag since it was reviewed. Review it again: the earlier review is kept below.',
  review_saw: '%{entries} entries at the time of review',
  comment_destroyed: 'data destroyed',
  not_reviewed: 'This flag has not been reviewed yet.',
  actions: {
    review: 'Review',
    scan: 'Scan the log now',
  },
  review_dialog: {
    title: 'Review of flag No. %{id}',
    text: 'Write down what the check found. The comment is stored encrypted; the review itself is recorded in the audit log.',
    comment: 'Comment',
    confirm: 'Mark reviewed',
  },
  export: {
    title: 'Export flags',
    text: 'The flags the filters select, as CSV: kind, whom, window, count and review state, without the comments. The export is recorded in the log with the reason given and the row count.',
    reason: 'Reason for the export',
    confirm: 'Export',
  },
  notifications: {
    reviewed: 'Flag No. %{id} reviewed',
    scanned: 'Log scanned: %{entries} entries, %{flags} flags updated',
  },
};
