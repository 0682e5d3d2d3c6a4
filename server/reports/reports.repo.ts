import type { Db } from '../db/connection.js';
import type { MarketingListRow } from '../contract/index.js';
import { limitSql } from '../db/listSql.js';
import { cached } from '../db/statementCache.js';
import { CLINIC_SQL_MODIFIER } from '../shared/clinicDate.js';

/** A row of the marketing list as the repo reads it; the route adds the list's `id`. */
export type MarketingRow = Omit<MarketingListRow, 'id'>;

/**
 * Subjects whose latest marketing consent is active and who are active themselves, read at the moment
 * of the request (38-FZ art. 18: the state at the time of every mailing counts).
 */
export function marketingList(db: Db, limit: number, offset: number): { rows: MarketingRow[]; total: number } {
  const where = `FROM consents c JOIN subjects s ON s.id = c.subject_id
    WHERE c.purpose = 'marketing' AND c.status = 'active' AND s.status = 'active'
      AND c.id = (SELECT max(c2.id) FROM consents c2 WHERE c2.subject_id = c.subject_id AND c2.purpose = 'marketing' AND c2.status = 'active')`;
  const rows = cached(
    db,
    `SELECT s.id AS subject_id, s.last_name, s.first_name, s.patronymic, s.phone, s.email, c.id AS consent_id, c.given_at AS consent_given_at
     ${where} ORDER BY s.last_name_norm, s.first_name_norm, s.id ${limitSql(limit)} OFFSET ?`,
  ).all(offset) as MarketingRow[];
  const total = (cached(db, `SELECT count(*) AS n ${where}`).get() as { n: number }).n;
  return { rows, total };
}

export interface StatisticsCell {
  dataset: 'submissions' | 'subjects';
  service: string;
  month: string;
  age_band: string;
  sex: string;
  count: number;
}

// A person's age in whole years on the clinic's (Moscow) day of the event `at`; never shown itself.
const AGE = (birth: string, at: string) =>
  `(CAST(strftime('%Y', ${at}, ${CLINIC_SQL_MODIFIER}) AS INTEGER) - CAST(strftime('%Y', ${birth}) AS INTEGER)
    - (strftime('%m-%d', ${at}, ${CLINIC_SQL_MODIFIER}) < strftime('%m-%d', ${birth})))`;

// Age bands of clause 3.2 statistics.
const AGE_BAND = (birth: string, at: string) => `CASE
  WHEN ${birth} IS NULL THEN 'unknown'
  WHEN ${AGE(birth, at)} < 18 THEN '0-17'
  WHEN ${AGE(birth, at)} < 30 THEN '18-29'
  WHEN ${AGE(birth, at)} < 45 THEN '30-44'
  WHEN ${AGE(birth, at)} < 60 THEN '45-59'
  ELSE '60+' END`;

// Months in the clinic's time zone.
const MONTH = (ts: string) => `strftime('%Y-%m', ${ts}, ${CLINIC_SQL_MODIFIER})`;

/** Aggregates only: no identifier or free text leaves this query. */
export function statisticsCells(db: Db): StatisticsCell[] {
  return db
    .prepare(
      `SELECT 'submissions' AS dataset, service, ${MONTH('received_at')} AS month,
              ${AGE_BAND('birth_date', 'received_at')} AS age_band, coalesce(sex, 'unknown') AS sex, count(*) AS count
       FROM submissions GROUP BY 2, 3, 4, 5
       UNION ALL
       SELECT 'subjects', coalesce((SELECT service FROM submissions x WHERE x.subject_id = s.id ORDER BY x.id LIMIT 1), 'manual'),
              ${MONTH('s.created_at')}, ${AGE_BAND('s.birth_date', 's.created_at')}, coalesce(s.sex, 'unknown'), count(*)
       FROM subjects s WHERE s.status <> 'destroyed' GROUP BY 2, 3, 4, 5
       ORDER BY 1, 3, 2, 4, 5`,
    )
    .all() as StatisticsCell[];
}

/** Submissions per clinic month and service: the chart's own aggregate, suppressed at its own level. */
export function submissionsPerMonthByService(db: Db): { month: string; service: string; count: number }[] {
  return db
    .prepare(
      `SELECT ${MONTH('received_at')} AS month, service, count(*) AS count FROM submissions GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all() as { month: string; service: string; count: number }[];
}
