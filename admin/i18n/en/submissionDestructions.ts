import type * as ru from '../ru/submissionDestructions';
import type { SameKeys } from '../sameKeys';

export const submissionDestructions: SameKeys<typeof ru.submissionDestructions> = {
  name: 'Submission destruction |||| Destruction of website submissions',
  page: {
    show: 'Destruction of submissions No. %{recordRepresentation}',
  },
  empty: 'No proposals to destroy submissions',
  invite: 'A proposal is made from the destruction candidates: select rejected website submissions',
  fields: {
    id: 'No.',
    reason: 'Reason',
    reason_text: 'Justification',
    status: 'Status',
    submissions_count: 'Submissions',
    proposed_by_login: 'Proposed by',
    proposed_at: 'Proposed',
    decided_by_login: 'Decided by',
    decided_at: 'Decided',
    comment: 'Decision comment',
    act_number: 'Act',
  },
  sections: {
    proposal: 'Proposal',
    submissions: 'Website submissions',
    decision: 'Decision',
  },
  items: {
    table: 'Website submissions in the proposal',
    receipt_id: 'Submission number',
    service: 'Service',
    received_at: 'Received',
    decided_at: 'Rejected',
    reject_category: 'Rejection category',
    payload: 'Submission data',
    held: 'Held',
    erased: 'Destroyed',
  },
  actions: {
    approve: 'Approve and destroy',
    reject: 'Reject',
  },
  approve: {
    title: 'Approve destruction of submissions No. %{id}',
    warning_title: 'This cannot be undone',
    warning:
      'The submissions’ data (name, date of birth, phone, e-mail, message, IP address and browser) will be deleted at once and for good: nobody can restore it, not even from the audit log. One destruction act will be drawn up for all of them.',
    will_go:
      '%{smart_count} website submission will be destroyed |||| %{smart_count} website submissions will be destroyed',
    comment: 'Comment (optional)',
    confirm: 'I understand that destroyed data cannot be restored',
    confirm_required: 'Confirm that you understand the consequences',
    submit: 'Approve and destroy',
  },
  reject: {
    title: 'Reject the proposal to destroy submissions',
    text: 'The submissions’ data is not destroyed, and they can be proposed again. The reason for the refusal is written to the audit log.',
    reason: 'Reason for refusal',
    submit: 'Reject',
  },
  own_proposal: 'You made this proposal: another staff member decides it.',
  sealed: 'Deleted with the proposal’s key; the text is kept in the act',
  sealed_comment: 'Unreadable: the proposal’s key is destroyed; the comment, if any, is kept in the act',
  line: {
    number: 'No. %{id}',
    count: '%{smart_count} submission |||| %{smart_count} submissions',
    proposed: 'proposed by %{login} %{date}',
    decided: 'decided by %{login} %{date}',
    act: 'act %{number}',
  },
  notifications: {
    proposed: 'The proposal to destroy the submissions was sent for approval',
    approved: 'The submissions’ data was destroyed; act %{number} drawn up',
    rejected: 'The proposal to destroy the submissions was rejected',
    invalid_transition: 'The proposal has already been decided: its current state is shown',
  },
};
