import { MIN_REASON_LENGTH } from '../../types';
import type * as ru from '../ru/destructionCandidates';
import type { SameKeys } from '../sameKeys';

export const destructionCandidates: SameKeys<typeof ru.destructionCandidates> = {
  name: 'Destruction candidate |||| Destruction candidates',
  empty: 'No destruction candidates',
  help: 'Website submissions whose purpose is achieved: rejected ones, and those never followed by another interaction. Their data is destroyed within 30 days of the purpose being achieved (152-FZ art. 21 p.4); the compliance officer approves each proposal. Rejected submissions without a subject are proposed together, as one batch.',
  fields: {
    id: 'Record',
    kind: 'Why a candidate',
    subject_id: 'Data subject',
    submission_id: 'Website submission',
    record: 'Record',
    channel: 'Channel',
    purpose_ended_on: 'Purpose achieved',
    days_since: 'Days since',
    open_destruction_id: 'Proposal',
    older_than_days: 'At least days ago',
  },
  kind: {
    lead_without_interaction: 'Never became a patient',
    rejected_submission: 'Submission rejected',
    retention_ended: 'Retention period ended',
  },
  days: '%{smart_count} day ago |||| %{smart_count} days ago',
  open_proposal: 'Proposal no. %{id}',
  no_subject: 'No subject',
  actions: {
    propose: 'Propose destruction',
    propose_selected: 'Propose destruction (%{smart_count})',
    propose_submissions: 'Propose destroying submissions (%{smart_count})',
  },
  select_one: 'Select subject no. %{id}',
  select_submission: 'Select submission ID %{id}',
  select_page: 'Select all on this page',
  bulk: {
    title: 'Propose destruction: %{smart_count} subject |||| Propose destruction: %{smart_count} subjects',
    text: 'Each subject gets a proposal of its own with this plan; each is approved and recorded in an act on its own. The subjects are blocked.',
    submit: 'Create proposals',
  },
  submissions_bulk: {
    title: 'Propose destroying website submissions',
    text: 'The selected submissions go for approval as one proposal. The compliance officer, approving it, destroys the data of all of them at once and draws up one act.',
    count:
      '%{smart_count} website submission will be proposed |||| %{smart_count} website submissions will be proposed',
    reason: 'Reason for destruction',
    reason_text: 'Justification',
    reason_text_helper: `Goes into the destruction act; at least ${MIN_REASON_LENGTH} characters`,
    // Quoted into the act, a Russian document: kept in Russian as the Russian module has it.
    reason_text_default:
      'Обращения отклонены и не привели к регистрации субъекта персональных данных: цель обработки достигнута (ч. 4 ст. 21 Федерального закона № 152-ФЗ)',
    submit: 'Send for approval',
    not_destroyable:
      'Submissions ID %{ids} can no longer be proposed: they were linked to a subject, destroyed or put in another proposal. The list is refreshed: select the submissions again.',
  },
  notifications: {
    proposed: '%{created}, %{skipped}',
    created: '%{smart_count} proposal created |||| %{smart_count} proposals created',
    skipped: '%{smart_count} subject skipped |||| %{smart_count} subjects skipped',
  },
};
