import type { Db } from '../db/connection.js';
import { limitSql } from '../db/listSql.js';

export interface MarketingRow {
  subject_id: number;
  last_name: string;
  first_name: string;
  patronymic: string | null;
  phone: string | null;
  email: string | null;
  consent_id: number;
  consent_given_at: string;
}

/**
 * Subjects whose latest marketing consent is active and who are active themselves, read at the moment
 * of the request (38-FZ art. 18: the state at the time of every mailing counts).
 */
export function marketingList(db: Db, limit: number, offset: number): { rows: MarketingRow[]; total: number } {
  const where = `FROM consents c JOIN subjects s ON s.id = c.subject_id
    WHERE c.purpose = 'marketing' AND c.status = 'active' AND s.status = 'active'
      AND c.id = (SELECT max(c2.id) FROM consents c2 WHERE c2.subject_id = c.subject_id AND c2.purpose = 'marketing' AND c2.status = 'active')`;
  const rows = db
    .prepare(
      `SELECT s.id AS subject_id, s.last_name, s.first_name, s.patronymic, s.phone, s.email, c.id AS consent_id, c.given_at AS consent_given_at
       ${where} ORDER BY s.last_name_norm, s.first_name_norm, s.id ${limitSql(limit)} OFFSET ?`,
    )
    .all(offset) as MarketingRow[];
  const total = (db.prepare(`SELECT count(*) AS n ${where}`).get() as { n: number }).n;
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

// Age bands of clause 3.2 statistics; the age is taken at the month of the event, never shown itself.
const AGE_BAND = (birth: string, at: string) => `CASE
  WHEN ${birth} IS NULL THEN 'unknown'
  WHEN (CAST(strftime('%Y', ${at}) AS INTEGER) - CAST(strftime('%Y', ${birth}) AS INTEGER)
        - (strftime('%m-%d', ${at}) < strftime('%m-%d', ${birth}))) < 18 THEN '0-17'
  WHEN (CAST(strftime('%Y', ${at}) AS INTEGER) - CAST(strftime('%Y', ${birth}) AS INTEGER)
        - (strftime('%m-%d', ${at}) < strftime('%m-%d', ${birth}))) < 30 THEN '18-29'
  WHEN (CAST(strftime('%Y', ${at}) AS INTEGER) - CAST(strftime('%Y', ${birth}) AS INTEGER)
        - (strftime('%m-%d', ${at}) < strftime('%m-%d', ${birth}))) < 45 THEN '30-44'
  WHEN (CAST(strftime('%Y', ${at}) AS INTEGER) - CAST(strftime('%Y', ${birth}) AS INTEGER)
        - (strftime('%m-%d', ${at}) < strftime('%m-%d', ${birth}))) < 60 THEN '45-59'
  ELSE '60+' END`;

// Months in the clinic's time zone (UTC+3).
const MONTH = (ts: string) => `strftime('%Y-%m', ${ts}, '+3 hours')`;

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
    .prepare(`SELECT ${MONTH('received_at')} AS month, service, count(*) AS count FROM submissions GROUP BY 1, 2 ORDER BY 1, 2`)
    .all() as { month: string; service: string; count: number }[];
}
