import { clinicDay } from './clinicDate.js';

/**
 * Search form of a name: lower case, ё folded into е, inner spaces collapsed. Plain toLowerCase(): Russian has no
 * locale-specific case rules (only Turkish, Azeri and Lithuanian do), and the locale-aware call costs 50 times more.
 */
export function normalizeName(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** Whole years between a YYYY-MM-DD birth date and the clinic's calendar day at instant `at`. */
export function ageOn(birthDate: string | null, at: Date): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split('-').map(Number);
  const [ty, tm, td] = clinicDay(at).split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
