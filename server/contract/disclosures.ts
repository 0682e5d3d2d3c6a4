// Requests from authorities and the disclosures they lead to («Запросы госорганов», clause 4.5 of the policy; legal
// rules, section F). Owned by server/disclosures/.
import type { DeadlineState } from './domain.js';

/** Who asks: the bodies clause 4.5 names (a court, law enforcement) and the supervisory authority. */
export const DISCLOSURE_BODY_TYPES = [
  'court',
  'police',
  'investigative_committee',
  'prosecutor',
  'roskomnadzor',
  'other',
] as const;
export type DisclosureBodyType = (typeof DISCLOSURE_BODY_TYPES)[number];

/** The categories of a subject's data a request may ask for and an approval may allow. */
export const DISCLOSURE_CATEGORIES = ['identity', 'contacts', 'medical', 'consents', 'correspondence'] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

/**
 * registered → approved | refused (the compliance officer, never the registrar) → disclosed (from approved only).
 * A request is never deleted: the register of disclosures is evidence.
 */
export const DISCLOSURE_STATUSES = ['registered', 'approved', 'refused', 'disclosed'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/** The transitions (POST /api/disclosures/:id/<name>) and the states each may leave from. */
export const DISCLOSURE_TRANSITIONS = {
  approve: { from: ['registered'], to: 'approved' },
  refuse: { from: ['registered'], to: 'refused' },
  disclose: { from: ['approved'], to: 'disclosed' },
} as const satisfies Record<string, { from: readonly DisclosureStatus[]; to: DisclosureStatus }>;
export type DisclosureTransition = keyof typeof DISCLOSURE_TRANSITIONS;

/** How the answer went to the authority. */
export const DISCLOSURE_CHANNELS = ['post', 'courier', 'email', 'in_person', 'portal', 'other'] as const;
export type DisclosureChannel = (typeof DISCLOSURE_CHANNELS)[number];

/** The legal bases the register form suggests (the field stays free text: a request may cite others). */
export const DISCLOSURE_BASIS_SUGGESTIONS = ['п. 3 ч. 1 ст. 6 152-ФЗ', 'ч. 4 ст. 13 323-ФЗ'] as const;

/** Roskomnadzor's request is answered within this many working days when it sets no term itself (152-FZ art. 20 p.4). */
export const ROSKOMNADZOR_TERM_WORKING_DAYS = 10;

/** A request's day of receipt is not before this day (the clinic's records start in 2020). */
export const DISCLOSURE_EARLIEST_DAY = '2020-01-01';

/**
 * A request as listed (GET /api/disclosures). The request's own fields are about the authority and stay in clear;
 * what may describe a person (the decision's comment, what was given) is only in the detail, sealed under the
 * request's own key.
 */
export interface Disclosure {
  id: number;
  body_type: DisclosureBodyType;
  /** The body as it names itself, e.g. «Хамовнический районный суд г. Москвы». */
  body_name: string;
  /** The official who signed the request: name and position. */
  official: string;
  document_number: string;
  /** YYYY-MM-DD */
  document_date: string;
  /** The legal basis the request cites, as written. */
  legal_basis: string;
  case_number: string | null;
  /** The clinic's (Moscow) day of receipt, YYYY-MM-DD. */
  received_on: string;
  /** The authority's own deadline; for Roskomnadzor, when it sets none, 10 working days after receipt. */
  due_on: string | null;
  /** due_on was counted on the production calendar, not given by the authority. */
  due_on_computed: boolean;
  /** That deadline on the clinic's today while the authority waits (registered, approved): open, due_soon, overdue. */
  due_state: DeadlineState | null;
  subject_ids: number[];
  categories_requested: DisclosureCategory[];
  /** Set by the approval (a subset of those requested); null before it and after a refusal. */
  categories_approved: DisclosureCategory[] | null;
  status: DisclosureStatus;
  registered_by: number;
  registered_at: string;
  decided_by: number | null;
  decided_at: string | null;
  /** YYYY-MM-DD */
  disclosed_on: string | null;
  channel: DisclosureChannel | null;
  /** The answer's outgoing number, a tracking number or the portal's reference. */
  reference: string | null;
  disclosed_by: number | null;
  updated_at: string;
  version: number;
}

/** GET /api/disclosures/:id: an audited read, with the sealed values opened (null once the request's key is gone). */
export interface DisclosureDetail extends Disclosure {
  decision_comment: string | null;
  /** What was given to the authority, in words. */
  disclosed_content: string | null;
  /** The request's key has been destroyed: its sealed values and files are gone. */
  personal_destroyed: boolean;
}
