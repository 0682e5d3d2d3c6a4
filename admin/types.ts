// Record types as the API sends them (snake_case, see server/). The SPA never imports
// from server/: the server tells it the caller's role and permissions.
import type { RaRecord } from 'react-admin';

export const ROLES = ['operator', 'compliance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Answer of POST /api/auth/login and GET /api/auth/me. */
export interface Session {
  id: number;
  login: string;
  full_name: string;
  role: Role;
  /** "<resource>.<action>", e.g. "subjects.reveal_medical". */
  permissions: string[];
  csrfToken: string;
  must_change_password: boolean;
}

export const SUBJECT_STATUSES = ['active', 'blocked', 'destroyed'] as const;
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number];

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export interface Subject extends RaRecord {
  id: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  sex: Sex | null;
  /** YYYY-MM-DD */
  birth_date: string | null;
  /** Full years, computed by the server. */
  age: number | null;
  /** +7XXXXXXXXXX */
  phone: string | null;
  email: string | null;
  legal_rep_name: string | null;
  legal_rep_basis: string | null;
  status: SubjectStatus;
  has_medical_info: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The editable part of a subject, as sent in POST and PUT bodies. */
export type SubjectFields = Pick<
  Subject,
  | 'last_name'
  | 'first_name'
  | 'patronymic'
  | 'sex'
  | 'birth_date'
  | 'phone'
  | 'email'
  | 'legal_rep_name'
  | 'legal_rep_basis'
>;

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.denied',
  'auth.locked',
  'auth.password_changed',
  'auth.throttled',
  'subject.created',
  'subject.corrected',
  'subject.viewed',
  'subject.medical_viewed',
  'staff.created',
  'staff.updated',
  'staff.disabled',
  'staff.enabled',
  'staff.password_reset',
  'submission.received',
  'submission.viewed',
  'submission.linked',
  'submission.subject_created',
  'submission.rejected',
  'consent.recorded',
  'consent.withdrawn',
  'policy.created',
  'policy.updated',
  'policy.published',
  'policy.draft_deleted',
  'consent_form.created',
  'consent_form.updated',
  'consent_form.published',
  'consent_form.draft_deleted',
  'marketing_list.viewed',
  'marketing_list.exported',
  'statistics.generated',
  'statistics.exported',
  'system.bootstrap',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** Known keys of an audit entry's details; anything else is shown as JSON. */
export interface AuditDetails {
  reason?: string;
  changes?: Record<string, FieldChange>;
  /** Changed field names, when the values themselves are not in the log. */
  fields?: string[];
  /** The values a record was created with. */
  values?: Record<string, unknown>;
  personal_hidden?: boolean;
  /** Set when the action came from a website submission (a link or a subject created from it). */
  source?: 'submission' | string;
  submission_id?: number;
  receipt_id?: string;
  [key: string]: unknown;
}

export interface AuditLogEntry extends RaRecord {
  id: number;
  /** ISO-8601 UTC with milliseconds */
  at: string;
  actor_login: string | null;
  actor_role: Role | null;
  action: AuditAction | string;
  entity_type: string | null;
  entity_id: string | number | null;
  subject_id: number | null;
  request_id: string | null;
  ip: string | null;
  details: AuditDetails | null;
  prev_hash: string | null;
  hash: string;
}

export interface Staff extends RaRecord {
  id: number;
  login: string;
  full_name: string;
  role: Role;
  active: boolean;
  must_change_password: boolean;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/** POST /api/staff answers the new record plus a one-time password. */
export interface CreatedStaff extends Staff {
  temporary_password: string;
}

// ---- Website intake, consents, policy versions (issue 3) ----

export const SERVICES = ['appointment', 'callback', 'chat', 'consultation'] as const;
export type Service = (typeof SERVICES)[number];

export const SUBMISSION_STATUSES = ['new', 'linked', 'created', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const REJECT_CATEGORIES = ['spam', 'test', 'duplicate', 'other'] as const;
export type RejectCategory = (typeof REJECT_CATEGORIES)[number];

/** The subject fields an operator may take from a submission when linking it. */
export const TAKEABLE_FIELDS = ['last_name', 'first_name', 'patronymic', 'birth_date', 'sex', 'phone', 'email'] as const;
export type TakeableField = (typeof TAKEABLE_FIELDS)[number];

/** A website submission as listed (GET /api/submissions). */
export interface Submission extends RaRecord {
  id: number;
  receipt_id: string;
  service: Service;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  birth_date: string | null;
  sex: Sex | null;
  phone: string;
  email: string | null;
  has_message: boolean;
  preferred_time: string | null;
  policy_version_id: number;
  received_at: string;
  ip: string | null;
  user_agent: string | null;
  status: SubmissionStatus;
  decided_at: string | null;
  decided_by_login: string | null;
  reject_category: RejectCategory | null;
  reject_reason: string | null;
  subject_id: number | null;
}

/** The subject fields a match shows, with the version to link against. */
export type MatchedSubject = Pick<Subject, 'id' | TakeableField | 'status' | 'version'>;

export interface SubmissionMatch {
  subject: MatchedSubject;
  matched_fields: string[];
  score: number;
}

/** GET /api/submissions/:id: an audited read with the message, consent evidence and ranked matches. */
export interface SubmissionDetail extends Submission {
  message?: string | null;
  consents?: { consent_form_id: number; purpose: Purpose; form_sha256: string }[];
  matches?: SubmissionMatch[];
}

export const PURPOSES = ['medical_services', 'marketing', 'health_data'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const CONSENT_CHANNELS = ['website', 'paper', 'representative'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export interface Consent extends RaRecord {
  id: number;
  subject_id: number;
  purpose: Purpose;
  consent_form_id: number;
  form_version: string;
  form_sha256: string;
  policy_version_id: number | null;
  policy_version: string | null;
  given_at: string;
  channel: ConsentChannel;
  representative_name: string | null;
  representative_document: string | null;
  submission_id: number | null;
  ip: string | null;
  user_agent: string | null;
  recorded_by_login: string;
  status: 'active' | 'withdrawn';
  withdrawn_at: string | null;
  withdrawal_basis: string | null;
  created_at: string;
}

/** A policy version or a consent form: drafted, published once, never changed after. */
export interface PolicyDocument extends RaRecord {
  id: number;
  version: string;
  /** Markdown */
  text: string;
  text_sha256: string;
  /** YYYY-MM-DD */
  effective_from: string;
  status: 'draft' | 'published';
  published_at: string | null;
  published_by: string | null;
  created_at: string;
  updated_at: string;
  consents_count: number;
  is_current: boolean;
}

export interface ConsentForm extends PolicyDocument {
  purpose: Purpose;
  title: string;
}

export type DocumentResource = 'policies' | 'consent-forms';

export interface MarketingListRow extends RaRecord {
  id: number;
  subject_id: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  consent_id: number;
  consent_given_at: string;
}

export const AGE_BANDS = ['0-17', '18-29', '30-44', '45-59', '60+', 'unknown'] as const;

export interface StatisticsCell {
  dataset: 'submissions' | 'subjects';
  /** A website service, or "manual" for subjects entered by staff. */
  service: Service | 'manual' | string;
  /** YYYY-MM */
  month: string;
  age_band: (typeof AGE_BANDS)[number] | string;
  sex: Sex | 'unknown' | string;
  /** Cells below 5 are suppressed by the server. */
  count: number | '<5';
}

export type MonthByService = { month: string } & Partial<Record<Service, number>>;

/** GET /api/statistics */
export interface Statistics {
  cells: StatisticsCell[];
  perMonthByService: MonthByService[];
}
