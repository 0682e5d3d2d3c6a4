// Destruction of a subject's data («Уничтожение»): proposals, four-eyes approval, the act. Owned by server/destruction/.

/** Why the data is destroyed (152-FZ art. 21): what the proposal, the act and the log name. */
export const DESTRUCTION_REASONS = [
  'withdrawal',
  'destruction_request',
  'unlawful_processing',
  'not_needed',
  'purpose_achieved',
  'retention_expired',
] as const;
export type DestructionReason = (typeof DESTRUCTION_REASONS)[number];

/** The categories of a subject's data a plan decides on, each exactly once. */
export const DESTRUCTION_CATEGORIES = [
  'identity_contacts',
  'medical',
  'submissions',
  'consents',
  'correspondence',
  'disclosures',
] as const;
export type DestructionCategory = (typeof DESTRUCTION_CATEGORIES)[number];

export const DESTRUCTION_ACTIONS = ['destroy', 'retain'] as const;
export type DestructionAction = (typeof DESTRUCTION_ACTIONS)[number];

/** Approval executes at once, so a proposal goes proposed → executed, or → rejected. */
export const DESTRUCTION_STATUSES = ['proposed', 'rejected', 'executed'] as const;
export type DestructionStatus = (typeof DESTRUCTION_STATUSES)[number];

/** One line of the plan: a retained category names its legal basis and the day it is kept until. */
export interface DestructionPlanItem {
  category: DestructionCategory;
  action: DestructionAction;
  legal_basis: string | null;
  retain_until: string | null;
}

/** What a destroy of each category would remove now (GET /api/destructions/preview). */
export type DestructionPreview = Record<DestructionCategory, number>;

export interface DestructionRecord {
  id: number;
  subject_id: number;
  letter_id: number | null;
  reason: DestructionReason;
  /** Null once the subject's key is destroyed: the act keeps it. */
  reason_text: string | null;
  plan: DestructionPlanItem[];
  status: DestructionStatus;
  proposed_by: number;
  proposed_by_login: string;
  proposed_at: string;
  decided_by: number | null;
  decided_by_login: string | null;
  decided_at: string | null;
  comment: string | null;
  act_id: number | null;
  act_number: string | null;
  version: number;
}

/** POST /api/destructions/bulk: one proposal per subject, each decided and executed on its own. */
export interface BulkProposalResult {
  /** The proposals created, in the order of the subjects given. */
  created: { subject_id: number; destruction_id: number }[];
  /** Subjects left out, with the error code that would have refused a single proposal. */
  skipped: { subject_id: number; code: string }[];
}

/** Why a record is a destruction candidate: its purpose was achieved (152-FZ art. 21 p.4). */
export const DESTRUCTION_CANDIDATE_KINDS = [
  'lead_without_interaction',
  'rejected_submission',
  'retention_ended',
] as const;
export type DestructionCandidateKind = (typeof DESTRUCTION_CANDIDATE_KINDS)[number];

/**
 * A row of GET /api/destruction-candidates (operators, read-only). No personal value: the subject or submission is
 * named by its id and the SPA references it. `id` is `<kind>:<record id>` so that the two kinds share one list.
 */
export interface DestructionCandidate {
  id: string;
  kind: DestructionCandidateKind;
  subject_id: number | null;
  submission_id: number | null;
  /** The website form the lead came through (callback, chat, …), when it came through one. */
  channel: string | null;
  /** The day the purpose ended (the submission's decision, or the subject's last interaction). YYYY-MM-DD */
  purpose_ended_on: string;
  days_since: number;
  /** An open destruction proposal on the subject, if any (then it is not proposed again). */
  open_destruction_id: number | null;
  /** A rejected submission's open batch (POST /api/submission-destructions), if any: then it is not proposed again. */
  open_submission_destruction_id: number | null;
}

/**
 * Why a batch of rejected submissions is destroyed: a rejection ends the purpose (152-FZ art. 21 p.4), spam is not
 * needed, a submission sent without a lawful basis is unlawful processing. The letters' reasons belong to subjects.
 */
export const SUBMISSION_DESTRUCTION_REASONS = ['purpose_achieved', 'not_needed', 'unlawful_processing'] as const;
export type SubmissionDestructionReason = (typeof SUBMISSION_DESTRUCTION_REASONS)[number];

/** At most this many submissions in one batch: the act lists each one. */
export const MAX_SUBMISSIONS_PER_BATCH = 500;

/**
 * A batch of rejected website submissions that never became a subject, proposed for destruction by an operator and
 * decided by a compliance officer who is not the proposer (POST /api/submission-destructions). Approval erases every
 * payload of the batch and writes one act for it. No personal value in the record but the words, which are sealed
 * under the batch's own key and read (audited) on the card; the act keeps them once executed.
 */
export interface SubmissionDestructionRecord {
  id: number;
  reason: SubmissionDestructionReason;
  /** Null in the list, and once executed (the act keeps it). */
  reason_text: string | null;
  status: DestructionStatus;
  submissions_count: number;
  proposed_by: number;
  proposed_by_login: string;
  proposed_at: string;
  decided_by: number | null;
  decided_by_login: string | null;
  decided_at: string | null;
  comment: string | null;
  act_id: number | null;
  act_number: string | null;
  version: number;
}

/** A submission of a batch as its card lists it: what the register of submissions shows, no payload. */
export interface SubmissionDestructionItem {
  submission_id: number;
  receipt_id: string;
  service: string;
  received_at: string;
  decided_at: string | null;
  reject_category: string | null;
  /** False once its payload has been erased (by this batch's execution). */
  payload_held: boolean;
}

/** GET /api/submission-destructions/:id: the record and its submissions (an audited read). */
export interface SubmissionDestructionDetail extends SubmissionDestructionRecord {
  submissions: SubmissionDestructionItem[];
}

export const DESTRUCTION_ACT_STATUSES = ['kept', 'expired'] as const;
export type DestructionActStatus = (typeof DESTRUCTION_ACT_STATUSES)[number];

/** What an act covers: one subject's destruction, or one batch of rejected submissions. */
export const DESTRUCTION_ACT_KINDS = ['subject', 'submissions'] as const;
export type DestructionActKind = (typeof DESTRUCTION_ACT_KINDS)[number];

/** A row of the acts' register (GET /api/destruction-acts): number, dates, reason, categories; no personal value. */
export interface DestructionActRecord {
  id: number;
  number: string;
  kind: DestructionActKind;
  /** The subject's destruction (kind 'subject'), else null. */
  destruction_id: number | null;
  subject_id: number | null;
  /** The batch of submissions (kind 'submissions'), else null. */
  submission_destruction_id: number | null;
  submissions_count: number | null;
  destroyed_on: string;
  reason: DestructionReason;
  categories: DestructionPlanItem[];
  expires_on: string;
  status: DestructionActStatus;
  created_at: string;
}

/** Someone who destroyed the data, as the act names them. */
export interface DestructionActPerson {
  full_name: string;
  position: string | null;
  login: string;
}

/** One entry of the act's log extract: what the chain carries for it. */
export interface DestructionActLogLine {
  id: number;
  at: string;
  action: string;
  actor_login: string;
  actor_role: string;
  hash: string;
}

/**
 * The act's personal content (Order 179; legal rules section B) with its log extract: the only place the destroyed
 * person's name survives, sealed under the act's own key, null once the act has expired.
 */
export interface DestructionActContent {
  number: string;
  /** Absent in acts written before batches existed: those are all 'subject'. */
  kind?: DestructionActKind;
  destroyed_on: string;
  operator: { name: string; legal_address: string; postal_address: string };
  processor: string | null;
  /**
   * The act of an earlier destruction of the same subject, whose retained data this one destroys: the person's
   * identifying data went with that one, and only its act names them.
   */
  earlier_act?: { number: string; destroyed_on: string } | null;
  /** Null in a batch act, which names its people in `submissions`. */
  subject: {
    id: number;
    last_name: string;
    first_name: string;
    patronymic: string | null;
    birth_date: string | null;
    phone: string | null;
    email: string | null;
  } | null;
  /** A batch act: each submission destroyed with the identifying data it held. */
  submissions?: DestructionActSubmission[];
  proposer: DestructionActPerson;
  approver: DestructionActPerson;
  destroyed: DestructionPlanItem[];
  retained: DestructionPlanItem[];
  system_name: string;
  method: string;
  reason: DestructionReason;
  reason_text: string | null;
  letter_id: number | null;
  /** The letter the destruction answered, as the register of letters names it (its number and day of receipt). */
  letter: { reg_number: string; received_on: string } | null;
  comment: string;
  log: DestructionActLogLine[];
}

/** A submission named by a batch act: the identifying data it held when destroyed. */
export interface DestructionActSubmission {
  id: number;
  receipt_id: string;
  service: string;
  received_at: string;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  birth_date: string | null;
  phone: string;
  email: string | null;
}

/** GET /api/destruction-acts/:id: the register row and, while the act is kept, its content (an audited read). */
export interface DestructionActDetail extends DestructionActRecord {
  content: DestructionActContent | null;
}

/** What one run of the retention job did (`npm run cli -- retention:run`, and daily with the server). */
export interface RetentionRunResult {
  expired_acts: { id: number; number: string }[];
}
