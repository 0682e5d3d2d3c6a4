// Flags worth a compliance officer's look (issue 13 §1). Owned by server/auditFlags/.

export const AUDIT_FLAG_KINDS = [
  'after_hours',
  'many_subjects',
  'repeated_denials',
  'failed_logins',
  'big_export',
] as const;
export type AuditFlagKind = (typeof AUDIT_FLAG_KINDS)[number];

/** Whom a flag is about: a staff login (or the login a failed attempt typed), or a client IP. */
export type AuditFlagSubjectType = 'login' | 'ip';

/** A flag as the list shows it: no personal value (the review comment only on the flag's own page). */
export interface AuditFlag {
  id: number;
  kind: AuditFlagKind;
  subject_type: AuditFlagSubjectType;
  subject_value: string;
  window_start: string;
  window_end: string;
  /** What the rule counted: entries, distinct subjects (many_subjects) or an export's rows (big_export). */
  count: number;
  /** How many audit entries stand behind it. */
  entries: number;
  detected_at: string;
  updated_at: string;
  /** True when a review has seen every entry the flag holds now (false again once it grows after a review). */
  reviewed: boolean;
  /** The latest review, if any: by whom, when, and how many of the entries it saw. */
  reviewed_by_login: string | null;
  reviewed_at: string | null;
  reviewed_entries: number | null;
}

/** A review made before the flag grew and was reviewed again. */
export interface AuditFlagEarlierReview {
  reviewed_by_login: string;
  reviewed_at: string;
  reviewed_entries: number;
  /** Null once the flag's key is gone. */
  comment: string | null;
}

/** An entry behind a flag: what, who and when, never the entry's details. */
export interface AuditFlagEntry {
  id: number;
  at: string;
  actor_login: string;
  action: string;
}

/** GET /api/audit-flags/:id: the flag, its first entries, and the review comment decrypted. */
export interface AuditFlagDetail extends AuditFlag {
  entry_list: AuditFlagEntry[];
  /** True when the flag has more entries than entry_list carries. */
  entries_truncated: boolean;
  review_comment: string | null;
  /** Reviews before the latest one, oldest first. */
  earlier_reviews: AuditFlagEarlierReview[];
}

/** POST /api/audit-flags/scan: what one scan read and raised. */
export interface AuditFlagScan {
  scanned_entries: number;
  last_id: number;
  flags_touched: number;
}
