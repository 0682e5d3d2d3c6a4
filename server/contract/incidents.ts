// Personal-data incidents (152-FZ art. 21 p.3.1; issue 14): the register «Инциденты с персональными данными», the
// 24-hour notice and the 72-hour results sent to Roskomnadzor, and the audit entries that may explain an incident.
// Owned by server/incidents/. Compliance and admin only: operators never see an incident.
import type { DeadlineItem } from './records.js';
import type { PrintableDocument } from './printing.js';

/** How the incident came to light. `audit_flag`: a flag of the audit review (its id in `source_flag_id`). */
export const INCIDENT_SOURCES = ['staff_report', 'audit_flag', 'complaint', 'outside_notice'] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

/** The categories of personal data concerned. */
export const INCIDENT_CATEGORIES = ['identity', 'contacts', 'medical', 'consents', 'correspondence'] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

/** open → notified (24-hour notice sent) → investigated (72-hour results sent) → closed. */
export const INCIDENT_STATUSES = ['open', 'notified', 'investigated', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The transitions (POST /api/incidents/:id/<name, dashed>) and the state each may leave from; else 409 wrong_state. */
export const INCIDENT_TRANSITIONS = {
  notify: { from: ['open'], to: 'notified' },
  report_results: { from: ['notified'], to: 'investigated' },
  close: { from: ['investigated'], to: 'closed' },
} as const satisfies Record<string, { from: readonly IncidentStatus[]; to: IncidentStatus }>;
export type IncidentTransition = keyof typeof INCIDENT_TRANSITIONS;

/** The two notices to Roskomnadzor; each has its deadline item, counted in hours from detected_at. */
export const INCIDENT_NOTICE_KINDS = ['notice_24h', 'results_72h'] as const;
export type IncidentNoticeKind = (typeof INCIDENT_NOTICE_KINDS)[number];

/** Hours from detection to each notice's due moment (the law counts hours: weekends and holidays do not stop it). */
export const INCIDENT_NOTICE_HOURS: Record<IncidentNoticeKind, number> = { notice_24h: 24, results_72h: 72 };

/** A linked subject as the incident's page lists it: the id and, while the subject's key exists, the name. */
export interface IncidentSubjectLink {
  subject_id: number;
  /** «Иванова Мария Петровна», or null once the subject is destroyed (`destroyed`). */
  name: string | null;
  destroyed: boolean;
  linked_at: string;
  linked_by_login: string;
}

/**
 * One incident (GET /api/incidents, list and show). Times are ISO timestamps (UTC); the SPA shows them in Moscow time.
 * The free texts (description, systems, containment, responsible, presumed causes, harm, results, root cause,
 * remediation) are sealed under the incident's own key (owner_keys, owner 'incident'): the list answers them as
 * null, the incident's page decrypts them.
 */
export interface Incident {
  id: number;
  /** ИНЦ-<year of detected_at, Moscow>-<3 digits>, sequential per year. */
  number: string;
  detected_at: string;
  source: IncidentSource;
  source_flag_id: number | null;
  description: string | null;
  systems: string | null;
  categories: IncidentCategory[];
  subjects_estimated: number;
  subjects_confirmed: number | null;
  health_data: boolean;
  containment: string | null;
  /** The persons whose actions caused it, once found (the 72-hour report names them). */
  responsible: string | null;
  /** What the 24-hour notice states as the presumed causes and the presumed harm to people. */
  presumed_causes: string | null;
  harm: string | null;
  status: IncidentStatus;
  notice_24h_due_at: string;
  results_72h_due_at: string;
  notice_24h_sent_at: string | null;
  notice_24h_reference: string | null;
  results_72h_sent_at: string | null;
  results_72h_reference: string | null;
  /** The investigation's results as reported in the 72-hour notice. */
  results: string | null;
  root_cause: string | null;
  remediation: string | null;
  closed_at: string | null;
  subjects_linked: number;
  created_at: string;
  created_by_login: string;
  updated_at: string;
  version: number;
}

/** A notice as printed: its text and SHA-256 kept (the text sealed under the incident's key). */
export interface IncidentNotice {
  id: number;
  kind: IncidentNoticeKind;
  printed_at: string;
  printed_by_login: string;
  /** SHA-256 (hex) of the notice's text as printed. */
  sha256: string;
  /** True for the printing that the notify / report-results step recorded as the one sent. */
  sent: boolean;
}

/** Evidence attached to an incident: a frozen list of audit entries with the chain hashes and the checkpoint. */
export interface IncidentEvidence {
  id: number;
  window_from: string;
  window_to: string;
  /** The staff member whose every action was listed, if one was chosen. */
  actor_id: number | null;
  actor_login: string | null;
  entries: number;
  first_audit_id: number | null;
  last_audit_id: number | null;
  /** SHA-256 (hex) over the listed entries' hashes, in id order. */
  entries_sha256: string;
  /** The latest checkpoint whose entry id is at or past last_audit_id when the evidence was attached, if any. */
  checkpoint_id: number | null;
  attached_at: string;
  attached_by_login: string;
}

/** GET /api/incidents/:id */
export interface IncidentDetail extends Incident {
  subjects: IncidentSubjectLink[];
  deadlines: DeadlineItem[];
  notices: IncidentNotice[];
  evidence: IncidentEvidence[];
}

/** An audit entry that could explain an incident (GET /api/incidents/:id/evidence): no details, only the chain. */
export interface IncidentEvidenceEntry {
  id: number;
  at: string;
  actor_login: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  subject_id: number | null;
  ip: string | null;
  hash: string;
  prev_hash: string;
  /** Why the entry is listed: it touched a linked subject, or it is the chosen staff member's. */
  reason: 'linked_subject' | 'actor';
}

/** GET /api/incidents/:id/notice-24h, /results-72h: the notice as the SPA's print view shows it. */
export interface IncidentNoticePrintable {
  kind: IncidentNoticeKind;
  document: PrintableDocument;
  sha256: string;
}

/** GET /api/incidents/:id/evidence lists at most this many entries (then `truncated`; the CSV and attach take all). */
export const INCIDENT_EVIDENCE_LIST_MAX = 1000;
/** The evidence's CSV export and attached copy take at most this many entries; a wider window is refused (400). */
export const INCIDENT_EVIDENCE_ATTACH_MAX = 20000;
/** The typed reason of an evidence export (`reason`), at least this many characters. */
export const INCIDENT_EVIDENCE_REASON_MIN = 10;
