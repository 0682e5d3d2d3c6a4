import type * as ru from '../ru/replies';
import type { SameKeys } from '../sameKeys';

export const replies: SameKeys<typeof ru.replies> = {
  name: 'Outgoing reply |||| Outgoing replies',
  page: {
    show: 'Reply: %{recordRepresentation}',
    edit: 'Reply: %{recordRepresentation}, editing',
  },
  fields: {
    id: 'Record number',
    out_number: 'Outgoing number',
    letter_id: 'Letter',
    letter_reg_number: 'In reply to',
    subject_id: 'Subject',
    kind: 'Kind of reply',
    status: 'State',
    sent_on: 'Sent on',
    channel: 'Sent by',
    tracking: 'Postal tracking number',
    text: 'Text of the reply',
    text_sha256: 'SHA-256 of the text',
    created_by: 'Prepared by',
    created_at: 'Created',
    updated_at: 'Changed',
    version: 'Version',
    reason: 'Reason',
  },
  kind: {
    withdrawal_done: 'Processing stopped after withdrawal',
    access_report: 'Report on processing',
    correction_done: 'Data corrected',
    stop_done: 'Processing stopped',
    destruction_scheduled: 'Destruction scheduled',
    identity_not_established: 'Identity not established',
    extension_notice: 'Notice of extension',
    refusal: 'Reasoned refusal',
    other: 'Other reply',
  },
  status: {
    draft: 'Draft',
    sent: 'Sent',
  },
  channel: {
    post: 'By post',
    email: 'By e-mail',
    in_person: 'Handed over in person',
  },
  draft_number: 'Draft (no number)',
  draft_of: 'draft in reply to %{number}',
  text_destroyed: 'The text was destroyed with the subject’s data key',
  sections: {
    reply: 'Reply',
    text: 'Text',
    sending: 'Sending',
    record: 'Record',
  },
  actions: {
    send: 'Send',
    pdf: 'Download PDF',
    print: 'Print',
    back: 'Back to the reply',
    prepare: 'Prepare a reply',
  },
  edit: {
    preview: 'Preview',
    help: 'Markdown: a blank line starts a paragraph, **bold**, *italic*, lines starting with "- " make a list. Replace values in [brackets] before sending.',
    sent_locked: 'The reply was sent: its text and number no longer change.',
  },
  send: {
    title: 'Send the reply',
    text: 'The reply gets its outgoing number and its text is frozen (no more edits). The letter is marked answered and its answer term closed; a notice of extension moves the term instead.',
    submit: 'Send',
  },
  prepare: {
    title: 'Prepare a reply',
    text: 'A draft is written from the template with the letter’s, the subject’s and the operator’s details; you can edit it before sending.',
    reason_help: 'Goes into the text of the reply',
    submit: 'Draft it',
    none: 'No reply is prepared for a letter in this state',
  },
  print: {
    title: 'Print version',
    hint: 'The page is laid out for A4 sheets: use the Print button or Ctrl+P.',
  },
  letter_replies: {
    empty: 'No replies yet',
  },
  notifications: {
    saved: 'Draft text saved',
    drafted: 'Draft reply written',
    sent: 'Reply sent: %{number}',
  },
};
