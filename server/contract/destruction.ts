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
