/**
 * The day an act is kept until, in SQL, from its destruction day (a named parameter): 3 years (Order 179), and from
 * 29 February to 28 February (Civil Code art. 192 p.3: a term ending in a month without that day ends on its last
 * day), where SQLite's '+3 years' would give 1 March. Migration 014's CHECK states the same.
 */
export const actExpirySql = (day: string) =>
  `CASE WHEN substr(${day}, 6, 5) = '02-29' THEN date(${day}, '+3 years', '-1 day') ELSE date(${day}, '+3 years') END`;
