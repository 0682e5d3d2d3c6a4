import type { AuditFlagKind, AuditFlagSubjectType } from '../contract/index.js';
import { ROLES } from '../contract/index.js';
import type { WorkingCalendar } from '../calendar/workingCalendar.js';
import { CLINIC_UTC_OFFSET, clinicDay } from '../shared/clinicDate.js';

// The flags' windows and the pure tests of one entry. Windows are fixed (a Moscow day, a clock hour, a quarter of
// an hour) rather than sliding: a fixed window is the same whichever scan finds it, so detection is idempotent
// under the table's UNIQUE key, and each window is one range read on an index. The price is that a burst split by
// a window's edge (30 openings at 10:50, 30 at 11:10) is counted as two; with thresholds set for bursts that are far
// from normal work, that is the trade we take. Moscow is UTC+3 all year, so its clock hours are UTC's.

const HOUR_MS = 3_600_000;
const QUARTER_MS = 15 * 60_000;
const DAY_MS = 24 * HOUR_MS;
const CLINIC_OFFSET_MS = 3 * HOUR_MS;

export interface FlagWindow {
  kind: AuditFlagKind;
  subjectType: AuditFlagSubjectType;
  subjectValue: string;
  start: string;
  end: string;
}

/** The thresholds of the rules, from the configuration (server/config.ts, PD_FLAG_*). */
export interface FlagRules {
  workHours: { startMinute: number; endMinute: number };
  subjectsPerHour: number;
  denialsPerHour: number;
  failedLogins: number;
  exportRows: number;
}

const STAFF_ROLES: ReadonlySet<string> = new Set(ROLES);

/** Staff, as opposed to the system's own work and anonymous callers (a failed login, the website). */
export const isStaff = (role: string) => STAFF_ROLES.has(role);

function fixed(at: string, size: number): { start: string; end: string } {
  const start = Math.floor(Date.parse(at) / size) * size;
  return { start: new Date(start).toISOString(), end: new Date(start + size).toISOString() };
}

export const clockHour = (at: string) => fixed(at, HOUR_MS);
export const quarterHour = (at: string) => fixed(at, QUARTER_MS);

/** The Moscow day of an instant, as the UTC instants of its midnights. */
export function moscowDay(at: string): { start: string; end: string } {
  const start = Date.parse(`${clinicDay(new Date(at))}T00:00:00.000${CLINIC_UTC_OFFSET}`);
  return { start: new Date(start).toISOString(), end: new Date(start + DAY_MS).toISOString() };
}

/**
 * Outside working hours: before or after the configured Moscow hours, or on a day that is not a working day by the
 * production calendar (where its year is entered; plain weekends otherwise — WorkingCalendar.isWorkingDay).
 */
export function isOutsideHours(at: string, rules: FlagRules, calendar: WorkingCalendar): boolean {
  const moscow = new Date(Date.parse(at) + CLINIC_OFFSET_MS);
  const minute = moscow.getUTCHours() * 60 + moscow.getUTCMinutes();
  if (minute < rules.workHours.startMinute || minute >= rules.workHours.endMinute) return true;
  return !calendar.isWorkingDay(moscow.toISOString().slice(0, 10));
}

/** The row count an export's entry records (`rows`, or `count` where a writer named it so). */
export function exportedRows(details: string | null): number | null {
  if (!details) return null;
  const parsed = JSON.parse(details) as { rows?: unknown; count?: unknown };
  const rows = parsed.rows ?? parsed.count;
  return typeof rows === 'number' ? rows : null;
}

/** The login a failed attempt typed (auth.login_failed keeps it in its details). */
export function typedLogin(details: string | null): string | null {
  if (!details) return null;
  const login = (JSON.parse(details) as { login?: unknown }).login;
  return typeof login === 'string' && login.length ? login.slice(0, 200) : null;
}

export const windowKey = (w: FlagWindow) => `${w.kind}\u0000${w.subjectType}\u0000${w.subjectValue}\u0000${w.start}`;
