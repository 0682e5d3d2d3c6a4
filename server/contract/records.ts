// The records the API answers, with its snake_case field names. The server's services return these types and
// the SPA reads them; one definition, so a renamed field is a type error on both sides.
import type {
  AuditAction,
  ConsentChannel,
  ConsentStatus,
  DocumentStatus,
  Purpose,
  RejectCategory,
  Service,
  Sex,
  SubjectStatus,
  SubmissionStatus,
  TakeableField,
  AgeBand,
  CalendarDayKind,
  CalendarYearStatus,
  DeadlineCloseReason,
  DeadlineKind,
  DeadlineState,
  IdentificationMethod,
  IdentityDocumentType,
  LetterKind,
  LetterStatus,
} from './domain.js';
import type { Permission, Role } from './roles.js';

/** Answer of POST /api/auth/login and GET /api/auth/me. */
export interface Session {
  id: number;
  login: string;
  full_name: string;
  role: Role;
  permissions: Permission[];
  csrfToken: string;
  must_change_password: boolean;
}

export interface Subject {
  id: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  sex: Sex | null;
  /** YYYY-MM-DD */
  birth_date: string | null;
  /** Full years on the clinic's (Moscow) day, computed by the server. */
  age: number | null;
  /** +7XXXXXXXXXX */
  phone: string | null;
  email: string | null;
  legal_rep_name: string | null;
  legal_rep_basis: string | null;
  status: SubjectStatus;
  has_medical_info: boolean;
  /** The day its data was destroyed (YYYY-MM-DD), and the act that records it; null while not destroyed. */
  destroyed_on: string | null;
  destruction_act_id: number | null;
  destruction_act_number: string | null;
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
  /** In a list: a personal part is there, sealed; opening the entry (an audited read) shows it to those who may. */
  personal_sealed?: boolean;
  /** The personal part can never be read again: the subject's data was destroyed with its key. */
  personal_destroyed?: boolean;
  /** Set when the action came from a website submission (a link or a subject created from it). */
  source?: 'submission' | string;
  submission_id?: number;
  receipt_id?: string;
  [key: string]: unknown;
}

export interface AuditLogEntry {
  id: number;
  /** ISO-8601 UTC with milliseconds */
  at: string;
  actor_id: number | null;
  actor_login: string;
  actor_role: Role | 'system' | 'anonymous' | string;
  action: AuditAction | string;
  entity_type: string | null;
  entity_id: string | null;
  subject_id: number | null;
  request_id: string | null;
  ip: string | null;
  details: AuditDetails | null;
  prev_hash: string;
  hash: string;
}

export interface Staff {
  id: number;
  login: string;
  full_name: string;
  /** «Должность», as replies and acts name the person; null when not entered. */
  position: string | null;
  role: Role;
  active: boolean;
  must_change_password: boolean;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * A colleague as every signed-in role may see them (GET /api/assignees): who works a letter or a term. No login, no
 * account state: naming the assignee is all the desk needs, and the staff list stays the administrator's.
 */
export interface Assignee {
  id: number;
  full_name: string;
  role: Role;
  active: boolean;
}

/** POST /api/staff answers the new record plus a one-time password. */
export interface CreatedStaff extends Staff {
  temporary_password: string;
}

/** A website submission as listed (GET /api/submissions). */
export interface Submission {
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

export interface Consent {
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
  status: ConsentStatus;
  withdrawn_at: string | null;
  withdrawal_basis: string | null;
  created_at: string;
}

/** A policy version or a consent form: drafted, published once, never changed after. */
export interface PolicyDocument {
  id: number;
  version: string;
  /** Markdown */
  text: string;
  text_sha256: string;
  /** YYYY-MM-DD */
  effective_from: string;
  status: DocumentStatus;
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

export interface MarketingListRow {
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

export interface StatisticsCell {
  dataset: 'submissions' | 'subjects';
  /** A website service, or "manual" for subjects entered by staff. */
  service: Service | 'manual';
  /** YYYY-MM */
  month: string;
  age_band: AgeBand;
  sex: Sex | 'unknown';
  /** Cells below 5 are suppressed by the server. */
  count: number | '<5';
}

export type MonthByService = { month: string } & Partial<Record<Service, number>>;

/** GET /api/statistics */
export interface Statistics {
  cells: StatisticsCell[];
  perMonthByService: MonthByService[];
}

/** A production-calendar date that differs from a plain Monday–Friday week (GET /api/calendar); its id is the date. */
export interface CalendarDay {
  /** The date itself, YYYY-MM-DD. */
  id: string;
  /** YYYY-MM-DD */
  date: string;
  kind: CalendarDayKind;
  note: string | null;
  /** Null for the days loaded with the application; set when an administrator changes a day. */
  updated_at: string | null;
  updated_by: string | null;
}

/** A year whose decree on transferred days off is entered (GET /api/calendar/years). */
export interface CalendarYear {
  /** The year itself. */
  id: number;
  year: number;
  status: CalendarYearStatus;
  /** The decree (or the reports of it) the year's days follow. */
  basis: string;
  /** How many of its dates have a calendar row. */
  days: number;
  /** Listed and with days: terms across it are counted on its calendar, not on plain weekdays. */
  covered: boolean;
  updated_at: string | null;
  updated_by: string | null;
}

/** GET /api/calendar/working-days: the working days from `from` to `to`, both included. */
export interface WorkingDaysCount {
  working_days: number;
  /** Some of the days lie in a year the calendar does not cover (counted as plain weekdays). */
  calendar_incomplete: boolean;
}

/** GET /api/calendar/add: the day a term counted from `from` ends on. */
export interface CalendarDate {
  /** YYYY-MM-DD */
  date: string;
  calendar_incomplete: boolean;
}

/**
 * A term the clinic must meet (GET /api/deadlines). Dates are the clinic's (Moscow) calendar days, YYYY-MM-DD. An
 * incident's terms are counted in hours (`term_unit` 'hours'): they carry the exact moments `due_at` and `closed_at`,
 * and their state is read against the clock, not the day (`due_on` and `closed_on` are those moments' Moscow days).
 * Operators never receive them.
 */
export interface DeadlineItem {
  id: number;
  kind: DeadlineKind;
  letter_id: number | null;
  subject_id: number | null;
  incident_id: number | null;
  assignee_id: number;
  /** The day of receipt the term runs from (itself not counted). */
  opened_on: string;
  due_on: string;
  /** For a term in hours: the moment it ends (ISO, UTC); null for terms in days. */
  due_at: string | null;
  extended_due_on: string | null;
  /** The extended due date if there is one, else the due date: what the state is read against. */
  effective_due_on: string;
  extended_on: string | null;
  extended_by: string | null;
  closed_on: string | null;
  /** For a term in hours: the moment it was met (ISO, UTC), e.g. when the notice was sent; null otherwise. */
  closed_at: string | null;
  closed_by: string | null;
  close_reason: DeadlineCloseReason | null;
  /** A due date was counted across a year the calendar does not cover («календарь не заполнен»). */
  calendar_incomplete: boolean;
  state: DeadlineState;
  /** The term of the rule in its unit, e.g. 10 working days, or 24 (hours) for `term_unit` 'hours'. */
  term_days: number;
  term_unit: 'working' | 'calendar' | 'hours';
  /** The rule's legal source, e.g. «ст. 21 ч. 5 152-ФЗ». */
  legal_source: string;
  /** The rule allows one extension, it was not used, the item is open and its due date has not passed. */
  extendable: boolean;
  created_at: string;
}

/**
 * An incoming letter (GET /api/letters). The sender's name and address, the registered-mail number and the summary
 * are personal data, stored encrypted under the letter's own key: they read as null once that key is destroyed
 * (`personal_destroyed`). The due dates are those of the letter's next open deadline item (or of its first one
 * when all are closed); a letter of kind `other` has none.
 */
export interface Letter {
  id: number;
  /** ВХ-<year of received_on>-<5 digits>, sequential per year. */
  reg_number: string;
  kind: LetterKind;
  /** The clinic's (Moscow) day the letter reached it, YYYY-MM-DD: the legal clock runs from it. */
  received_on: string;
  sender_name: string | null;
  sender_address: string | null;
  registered_mail_number: string | null;
  summary: string | null;
  assignee_id: number;
  subject_id: number | null;
  identification_method: IdentificationMethod | null;
  status: LetterStatus;
  due_on: string | null;
  extended_due_on: string | null;
  /** The state of that deadline item on the clinic's today. */
  deadline_state: DeadlineState | null;
  /** Some open deadline item of the letter is past its date. */
  overdue: boolean;
  calendar_incomplete: boolean;
  /** The letter's term may still be extended once (access and stop-processing requests, before their due date). */
  extendable: boolean;
  /** This letter keeps its subject blocked (an identified withdrawal, destruction, stop or correction request). */
  holds_block: boolean;
  /** The outgoing number and the day of the reply (mark-answered). */
  answered_out_number: string | null;
  answered_on: string | null;
  personal_destroyed: boolean;
  created_at: string;
  updated_at: string;
  version: number;
}

/** What the staff wrote at a step of the letter (a note, a reason), kept encrypted under the letter's key. */
export interface LetterNote {
  id: number;
  /** The step: identified, details_requested, extended, rejected, unblocked. */
  step: string;
  note: string | null;
  created_at: string;
  created_by_login: string;
}

/** GET /api/letters/:id: an audited read with the identification, the notes, the deadline items and, until the
 * letter is identified, the subjects that match the sender (the matching fields named, as in the review queue). */
export interface LetterDetail extends Letter {
  identification_document_type: IdentityDocumentType | null;
  identification_document_number: string | null;
  fields_matched: TakeableField[] | null;
  /** The purposes a withdrawal named (null: every active consent). */
  purposes: Purpose[] | null;
  notes: LetterNote[];
  deadlines: DeadlineItem[];
  matches: SubmissionMatch[];
}

/** A file attached to a record (POST /api/letters/:id/attachments answers one; GET …/attachments lists them). */
export interface Attachment {
  id: number;
  owner_type: string;
  owner_id: number;
  file_name: string;
  media_type: string;
  size: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  key_kind: 'subject' | 'owner';
  created_at: string;
  created_by_login: string;
}

/** POST /api/subjects/:id/unblock: the subject, and the letters that still keep it blocked (then it stays so). */
export interface UnblockResult {
  subject: Subject;
  still_blocked_by: number[];
}
