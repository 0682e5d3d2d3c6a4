// The value sets both sides name: statuses of every resource, purposes, services, channels.

export const SUBJECT_STATUSES = ['active', 'blocked', 'destroyed'] as const;
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number];

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** Purposes of consent (the separate consent forms since 01.09.2025). */
export const PURPOSES = ['medical_services', 'marketing', 'health_data'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const CONSENT_CHANNELS = ['website', 'paper', 'representative'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export const CONSENT_STATUSES = ['active', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** The website services of clause 2.4. */
export const SERVICES = ['appointment', 'callback', 'chat', 'consultation'] as const;
export type Service = (typeof SERVICES)[number];

export const SUBMISSION_STATUSES = ['new', 'linked', 'created', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const REJECT_CATEGORIES = ['spam', 'test', 'duplicate', 'other'] as const;
export type RejectCategory = (typeof REJECT_CATEGORIES)[number];

/** The subject fields an operator may take from a submission when linking it. */
export const TAKEABLE_FIELDS = [
  'last_name',
  'first_name',
  'patronymic',
  'birth_date',
  'sex',
  'phone',
  'email',
] as const;
export type TakeableField = (typeof TAKEABLE_FIELDS)[number];

/** Policy versions and consent forms: drafted, published once, never changed after. */
export const DOCUMENT_STATUSES = ['draft', 'published'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Age bands of the clause 3.2 statistics. */
export const AGE_BANDS = ['0-17', '18-29', '30-44', '45-59', '60+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Kinds of day in the production calendar, for the dates that differ from a plain Monday–Friday week: 'holiday' and
 * 'day_off' are not worked, 'working_day' (a Saturday or Sunday made a working day) and 'short_day' (a pre-holiday
 * day one hour shorter, Labour Code art. 95) are.
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'day_off', 'working_day', 'short_day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** How a year of the calendar is known: 'official' from the decree's text, 'reported' from secondary sources. */
export const CALENDAR_YEAR_STATUSES = ['official', 'reported'] as const;
export type CalendarYearStatus = (typeof CALENDAR_YEAR_STATUSES)[number];

/** The terms of 152-FZ the clinic tracks; each has its row (term, extension, legal source) in the server's rules table. */
export const DEADLINE_KINDS = [
  'destroy_after_withdrawal',
  'answer_access_request',
  'stop_processing',
  'correct_data',
  'stop_unlawful_processing',
  'destroy_unlawful_data',
  'destroy_unneeded_data',
  // An incident's two notices to Roskomnadzor (art. 21 p.3.1), counted in hours from its detection.
  'incident_notice_24h',
  'incident_results_72h',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** A deadline item's state on the clinic's today, computed from its dates (never stored). */
export const DEADLINE_STATES = ['open', 'due_soon', 'overdue', 'closed', 'closed_late'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Why a deadline item was closed (a code; any words beside it stay encrypted in the audit entry). */
export const DEADLINE_CLOSE_REASONS = [
  'fulfilled',
  'refused',
  'not_required',
  'superseded',
  'opened_in_error',
] as const;
export type DeadlineCloseReason = (typeof DEADLINE_CLOSE_REASONS)[number];

/**
 * What an incoming letter asks (the register «Входящие обращения»); each kind but `other` has its terms in the
 * server's rules tables.
 */
export const LETTER_KINDS = ['withdrawal', 'access', 'correction', 'destruction', 'stop_processing', 'other'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * A letter's workflow: registered → identified → answered → closed; awaiting_details between registered and
 * identified (identity not yet established, more asked of the person); rejected (not a request at all) from registered
 * or awaiting_details.
 */
export const LETTER_STATUSES = [
  'registered',
  'awaiting_details',
  'identified',
  'answered',
  'closed',
  'rejected',
] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** The transitions of a letter (POST /api/letters/:id/<name, dashed>) and the states each may leave from. */
export const LETTER_TRANSITIONS = {
  identify: { from: ['registered', 'awaiting_details'], to: 'identified' },
  request_details: { from: ['registered'], to: 'awaiting_details' },
  reject: { from: ['registered', 'awaiting_details'], to: 'rejected' },
  mark_answered: { from: ['identified'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
} as const satisfies Record<string, { from: readonly LetterStatus[]; to: LetterStatus }>;
export type LetterTransition = keyof typeof LETTER_TRANSITIONS;

/** The states in which a letter's term may still be extended (the one extension of its rule, if it has one). */
export const LETTER_EXTENDABLE_STATUSES = ['registered', 'awaiting_details', 'identified'] as const;

/** How the sender's identity was established when the letter was linked to a subject. */
export const IDENTIFICATION_METHODS = ['matching_fields', 'signature', 'identity_document', 'in_person'] as const;
export type IdentificationMethod = (typeof IDENTIFICATION_METHODS)[number];

/** The identity document recorded with the `identity_document` method (its number is kept encrypted). */
export const IDENTITY_DOCUMENT_TYPES = [
  'passport',
  'foreign_passport',
  'residence_permit',
  'birth_certificate',
  'other',
] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

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
  'subject.blocked',
  'subject.unblocked',
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
  'attachment.stored',
  'attachment.downloaded',
  'calendar.changed',
  'deadline.opened',
  'deadline.extended',
  'deadline.closed',
  'deadline.recomputed',
  'letter.registered',
  'letter.updated',
  'letter.viewed',
  'letter.identified',
  'letter.details_requested',
  'letter.extended',
  'letter.rejected',
  'letter.answered',
  'letter.closed',
  'letter.attachment_added',
  'letter.attachment_downloaded',
  'reply.drafted',
  'reply.edited',
  'reply.viewed',
  'reply.sent',
  'reply.printed',
  'subject.access_report',
  'disclosure.registered',
  'disclosure.viewed',
  'disclosure.approved',
  'disclosure.refused',
  'disclosure.made',
  'disclosure.attachment_added',
  'disclosure.attachment_downloaded',
  'settings.changed',
  'destruction.proposed',
  'destruction.viewed',
  'destruction.approved',
  'destruction.rejected',
  'subject.destroyed',
  'submission_destruction.proposed',
  'submission_destruction.viewed',
  'submission_destruction.approved',
  'submission_destruction.rejected',
  'submission.destroyed',
  'destruction_act.created',
  'destruction_act.viewed',
  'destruction_act.printed',
  'destruction_act.expired',
  'destruction_acts.exported',
  'retention.run',
  'subjects.searched',
  'audit_log.searched',
  'audit_log.viewed',
  'audit_log.exported',
  'audit_log.verified',
  'audit_report.viewed',
  'audit_report.exported',
  'audit_flag.reviewed',
  'checkpoint.signed',
  'signing_key.rotated',
  'incident.opened',
  'incident.viewed',
  'incident.updated',
  'incident.subjects_linked',
  'incident.notified',
  'incident.results_reported',
  'incident.closed',
  'incident.notice_printed',
  'incident.evidence_listed',
  'incident.evidence_exported',
  'incident.evidence_attached',
  'system.bootstrap',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
