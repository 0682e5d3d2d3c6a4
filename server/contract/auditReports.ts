// The compliance officer's reports over the audit log (issue 13 §1). Owned by server/auditReports/.

import type { AuditLogEntry } from './records.js';

/** A reveal of medical information (врачебная тайна) as the report lists it, its reason decrypted. */
export interface MedicalRevealRow {
  /** The audit entry's id. */
  id: number;
  at: string;
  actor_login: string;
  actor_role: string;
  subject_id: number;
  had_medical_info: boolean;
  /** The reason the employee typed; null once the subject's data was destroyed (reason_destroyed). */
  reason: string | null;
  reason_destroyed: boolean;
  request_id: string | null;
}

/** Everything one staff member did in a period, counted: GET /api/audit-reports/staff-activity. */
export interface StaffActivityReport {
  actor_login: string;
  from: string;
  to: string;
  total: number;
  /** Distinct subjects the entries name. */
  subjects: number;
  first_at: string | null;
  last_at: string | null;
  by_action: { action: string; count: number }[];
  /** Moscow days with at least one entry. */
  by_day: { day: string; count: number }[];
}

/** The compliance dashboard: the last 30 Moscow days of the log in counts, and the chain's status. */
export interface ComplianceDashboard {
  /** The 30 days, oldest first (YYYY-MM-DD, Moscow). */
  days: string[];
  /** Entries per day and kind of action (the part of the action before its dot). */
  actions_per_day: { day: string; kind: string; count: number }[];
  reveals_per_staff: { actor_login: string; count: number }[];
  failures_per_day: { day: string; failed_logins: number; denials: number }[];
  chain: {
    entries: number;
    last_entry_at: string | null;
    last_verification: { at: string; actor_login: string; ok: boolean | null; entries: number | null } | null;
    last_checkpoint: { id: number; audit_id: number; signed_at: string; reason: string } | null;
    /**
     * False when the server's signing key is not the one the last checkpoint hands over to (its key file lost, or
     * restored from an old backup): no checkpoint is signed until the right key is back.
     */
    signing_key_in_force: boolean;
  };
}

/** The kinds a subject's timeline groups its entries by, in the order the screen shows them. */
export const TIMELINE_KINDS = [
  'changes',
  'reads',
  'consents',
  'letters',
  'disclosures',
  'destruction',
  'incidents',
  'other',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** An entry of a subject's timeline: as the log's list shows it (clear part only), with its kind. */
export interface SubjectTimelineEntry extends AuditLogEntry {
  kind: TimelineKind;
}

/** Everything done to one subject: GET /api/audit-log/reports/subject-timeline?subject_id=N. */
export interface SubjectTimeline {
  subject_id: number;
  /** Every entry on the subject; `entries` holds at most the first TIMELINE_LIMIT of them (then `truncated`). */
  total: number;
  truncated: boolean;
  /** Every kind, in TIMELINE_KINDS order, counted over all the subject's entries. */
  counts: { kind: TimelineKind; count: number }[];
  /** Oldest first. */
  entries: SubjectTimelineEntry[];
}
