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
  'system.bootstrap',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
