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
