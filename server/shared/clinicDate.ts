// The clinic works on Moscow time (UTC+3 all year since 2014): "today", effective dates and report months follow it.
const CLINIC_OFFSET_MS = 3 * 3_600_000;

/** The clinic's calendar day (YYYY-MM-DD) at instant `at`. */
export function clinicDay(at: Date): string {
  return new Date(at.getTime() + CLINIC_OFFSET_MS).toISOString().slice(0, 10);
}
