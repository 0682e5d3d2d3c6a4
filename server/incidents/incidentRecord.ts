import {
  INCIDENT_NOTICE_HOURS,
  type Incident,
  type IncidentCategory,
  type IncidentSubjectLink,
} from '../contract/index.js';
import type { DataKey } from '../uploads/dataKeys.js';
import {
  SEALED_FIELDS,
  type IncidentListRow,
  type IncidentRow,
  type LinkedSubjectRow,
  type SealedField,
} from './incidents.repo.js';

/** The owner type of an incident's key (owner_keys): its words, and the notices printed from them, are sealed under it. */
export const INCIDENT_OWNER = 'incident';

/** Binds each sealed word to its incident and field: a ciphertext copied onto another row or column does not open. */
export const sealedAad = (incidentId: number, field: SealedField) => `incident:${incidentId}:${field}`;

export type IncidentWords = Record<SealedField, string | null>;

const NO_WORDS = Object.fromEntries(SEALED_FIELDS.map((f) => [f, null])) as IncidentWords;

export function sealWord(key: DataKey, incidentId: number, field: SealedField, value: string): Buffer {
  return key.seal(Buffer.from(value, 'utf8'), sealedAad(incidentId, field));
}

/** The incident's words in clear; every one null once its key is destroyed. */
export function openWords(row: IncidentRow, key: DataKey | null): IncidentWords {
  if (!key) return { ...NO_WORDS };
  const words = { ...NO_WORDS };
  for (const field of SEALED_FIELDS) {
    const sealed = row[`${field}_enc`];
    words[field] = sealed && sealed.length ? key.open(sealed, sealedAad(row.id, field)).toString('utf8') : null;
  }
  return words;
}

const hoursAfter = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();

/** The API's record; the list passes no words (it answers them as null and never reads them). */
export function toIncident(row: IncidentListRow, words: IncidentWords = NO_WORDS): Incident {
  return {
    id: row.id,
    number: row.number,
    detected_at: row.detected_at,
    source: row.source,
    source_flag_id: row.source_flag_id,
    description: words.description,
    systems: words.systems,
    categories: JSON.parse(row.categories) as IncidentCategory[],
    subjects_estimated: row.subjects_estimated,
    subjects_confirmed: row.subjects_confirmed,
    health_data: !!row.health_data,
    containment: words.containment,
    responsible: words.responsible,
    presumed_causes: words.presumed_causes,
    harm: words.harm,
    status: row.status,
    // The law's hours from the moment of detection; the deadline items carry the same moments.
    notice_24h_due_at: hoursAfter(row.detected_at, INCIDENT_NOTICE_HOURS.notice_24h),
    results_72h_due_at: hoursAfter(row.detected_at, INCIDENT_NOTICE_HOURS.results_72h),
    notice_24h_sent_at: row.notice_24h_sent_at,
    notice_24h_reference: row.notice_24h_reference,
    results_72h_sent_at: row.results_72h_sent_at,
    results_72h_reference: row.results_72h_reference,
    results: words.results,
    root_cause: words.root_cause,
    remediation: words.remediation,
    closed_at: row.closed_at,
    subjects_linked: row.subjects_linked,
    created_at: row.created_at,
    created_by_login: row.created_by_login,
    updated_at: row.updated_at,
    version: row.version,
  };
}

/**
 * A linked subject as the page lists it. `withNames` false for a viewer who may not see subjects (the administrator,
 * who links by id): the id and dates only. A destroyed subject has no name to give.
 */
export function toSubjectLink(row: LinkedSubjectRow, withNames: boolean): IncidentSubjectLink {
  const destroyed = row.status === 'destroyed';
  const name = [row.last_name, row.first_name, row.patronymic].filter(Boolean).join(' ');
  return {
    subject_id: row.subject_id,
    name: withNames && !destroyed && name ? name : null,
    destroyed,
    linked_at: row.linked_at,
    linked_by_login: row.linked_by_login,
  };
}
