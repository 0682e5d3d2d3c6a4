// The clinic works on Moscow time (UTC+3 all year since 2014): "today", effective dates and report months follow it.
const CLINIC_OFFSET_MS = 3 * 3_600_000;
/** The same offset as an ISO suffix, for a clinic day's midnight: `${day}T00:00:00.000${CLINIC_UTC_OFFSET}`. */
export const CLINIC_UTC_OFFSET = '+03:00';
/** The same offset as an SQLite date modifier, for strftime() over stored UTC instants. */
export const CLINIC_SQL_MODIFIER = "'+3 hours'";

/** Whether a YYYY-MM-DD string names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

/** The clinic's calendar day (YYYY-MM-DD) at instant `at`. */
export function clinicDay(at: Date): string {
  return new Date(at.getTime() + CLINIC_OFFSET_MS).toISOString().slice(0, 10);
}
