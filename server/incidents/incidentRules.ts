import { badRequest } from '../shared/errors.js';
import { clinicDay } from '../shared/clinicDate.js';
import type { IncidentFacts, IncidentRow, SealedField } from './incidents.repo.js';
import type { IncidentWords } from './incidentRecord.js';
import type { EditIncidentInput } from './incidents.schema.js';

// The pure rules of the register: which moments are acceptable, the year a number belongs to, and what an edit changes.

/** 1 January 2020, Moscow: the register's numbers start there (as the letters' do). */
export const EARLIEST_DETECTED_AT = '2019-12-31T21:00:00.000Z';

/** The year of detection in Moscow: the year of the incident's number. */
export const detectionYear = (at: Date) => Number(clinicDay(at).slice(0, 4));

/** An incident is opened the minute it is suspected, never ahead of it. */
export function checkDetectedAt(at: Date, now: Date): void {
  if (at.getTime() > now.getTime() || at.toISOString() < EARLIEST_DETECTED_AT) {
    throw badRequest(
      'The moment of detection lies between 01.01.2020 and now',
      { detected_at: 'Expected a moment from 2020-01-01 (Moscow) to now, not in the future' },
      { detected_at: 'detected_at_range' },
    );
  }
}

/** A notice is sent after what it follows (the detection, or the 24-hour notice for the results) and not later than now. */
export function checkSentAt(sentAt: Date, notBefore: string, now: Date, after = 'detection'): void {
  if (sentAt.getTime() > now.getTime() || sentAt.toISOString() < notBefore) {
    throw badRequest(
      `A notice is sent between the ${after} and now`,
      { sent_at: `Expected a moment between the ${after} and now` },
      { sent_at: 'sent_at_range' },
    );
  }
}

/** The facts an edit may change that are not words. */
const PLAIN_FACTS = [
  'detected_at',
  'source',
  'source_flag_id',
  'categories',
  'subjects_estimated',
  'subjects_confirmed',
  'health_data',
] as const;

/** The words an edit may change; the results, root cause and remediation belong to their steps. */
const EDITABLE_WORDS = ['description', 'systems', 'containment', 'responsible', 'presumed_causes', 'harm'] as const;

export interface FactChange {
  /** The names of the fields whose value differs, in a fixed order. */
  fields: string[];
  /** The facts after the edit (unchanged ones as they were). */
  facts: IncidentFacts;
  /** The words that changed, in clear, to be sealed (null: cleared). */
  words: Partial<Record<SealedField, string | null>>;
}

/** Compares an edit with the stored incident: a field left out, or sent with its current value, is no change. */
export function editedFacts(row: IncidentRow, current: IncidentWords, input: EditIncidentInput): FactChange {
  const before: IncidentFacts = {
    detected_at: row.detected_at,
    source: row.source,
    source_flag_id: row.source_flag_id,
    categories: row.categories,
    subjects_estimated: row.subjects_estimated,
    subjects_confirmed: row.subjects_confirmed,
    health_data: row.health_data,
  };
  const asked: Partial<IncidentFacts> = {
    detected_at: input.detected_at,
    source: input.source,
    source_flag_id: input.source_flag_id,
    categories: input.categories ? JSON.stringify(input.categories) : undefined,
    subjects_estimated: input.subjects_estimated,
    subjects_confirmed: input.subjects_confirmed,
    health_data: input.health_data === undefined ? undefined : input.health_data ? 1 : 0,
  };
  const facts = { ...before };
  const fields: string[] = [];
  for (const name of PLAIN_FACTS) {
    const value = asked[name];
    if (value === undefined || value === before[name]) continue;
    (facts as Record<string, unknown>)[name] = value;
    fields.push(name);
  }
  const words: FactChange['words'] = {};
  for (const name of EDITABLE_WORDS) {
    const value = input[name];
    if (value === undefined || value === current[name]) continue;
    words[name] = value;
    fields.push(name);
  }
  return { fields, facts, words };
}
