import { z } from 'zod';
import { INCIDENT_CATEGORIES, INCIDENT_SOURCES, INCIDENT_STATUSES } from '../contract/index.js';
import { ignoredEcho } from '../http/validate.js';
import { dayOrInstant } from '../http/dayFilter.js';

const id = (what = 'id') =>
  z.coerce
    .number({ message: `Expected a numeric ${what}` })
    .int()
    .positive(`Expected a numeric ${what}`);

// A moment with its offset (Z or ±HH:MM): a time without one would be read in the server's zone, not Moscow's.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO timestamp with its offset, answered as the UTC ISO string the database stores; how it relates to now is
 * the service's check (it holds the clock). */
const moment = z
  .string({ message: 'Expected an ISO timestamp' })
  .refine((v) => ISO_MOMENT.test(v) && !Number.isNaN(new Date(v).getTime()), {
    message: 'Expected an ISO timestamp with its offset, e.g. 2026-12-04T18:00:00+03:00',
    params: { code: 'date_invalid' },
  })
  .transform((v) => new Date(v).toISOString());

const text = (max: number) =>
  z.string({ message: 'Required' }).trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** Words that may be left out: blank or null means none. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const count = (what: string) =>
  z
    .number({ message: `Expected the number of ${what}` })
    .int(`Expected a whole number of ${what}`)
    .min(0, 'Not negative')
    .max(100_000_000, 'Too large');

const categories = z
  .array(z.enum(INCIDENT_CATEGORIES, { message: `Expected one of: ${INCIDENT_CATEGORIES.join(', ')}` }), {
    message: 'Expected a list of categories',
  })
  .min(1, 'Name at least one category of data')
  .refine((list) => new Set(list).size === list.length, 'Each category once');

const source = z.enum(INCIDENT_SOURCES, { message: `Expected one of: ${INCIDENT_SOURCES.join(', ')}` });
const status = z.enum(INCIDENT_STATUSES, { message: `Expected one of: ${INCIDENT_STATUSES.join(', ')}` });
const flag = z.boolean({ message: 'Expected true or false' });

const TEXT_MAX = 4000;

/** POST /api/incidents: only what is known the minute it is suspected is required. */
export const openIncidentBody = z.strictObject({
  detected_at: moment,
  source,
  source_flag_id: id('audit flag id').nullish(),
  description: text(TEXT_MAX),
  systems: optionalText(TEXT_MAX),
  categories,
  subjects_estimated: count('subjects'),
  subjects_confirmed: count('subjects').nullish(),
  health_data: flag,
  containment: optionalText(TEXT_MAX),
  responsible: optionalText(TEXT_MAX),
  presumed_causes: optionalText(TEXT_MAX),
  harm: optionalText(TEXT_MAX),
});

/** Words in an edit: left out means unchanged, blank or null means cleared. */
const editText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v ? v : null));

// react-admin sends the whole record back: what the state machine and the server keep is accepted and ignored.
const readOnlyEcho = ignoredEcho(
  'id',
  'number',
  'status',
  'notice_24h_due_at',
  'results_72h_due_at',
  'notice_24h_sent_at',
  'notice_24h_reference',
  'results_72h_sent_at',
  'results_72h_reference',
  'results',
  'root_cause',
  'remediation',
  'closed_at',
  'subjects_linked',
  'created_at',
  'created_by_login',
  'updated_at',
  'subjects',
  'deadlines',
  'notices',
  'evidence',
);

/** PUT /api/incidents/:id: the facts (any of them; left out means unchanged), against the version edited. */
export const editIncidentBody = z.strictObject({
  ...readOnlyEcho,
  version: z.number({ message: 'Required: the version you edited' }).int().positive(),
  detected_at: moment.optional(),
  source: source.optional(),
  source_flag_id: id('audit flag id').nullish(),
  description: text(TEXT_MAX).optional(),
  systems: editText(TEXT_MAX),
  categories: categories.optional(),
  subjects_estimated: count('subjects').optional(),
  subjects_confirmed: count('subjects').nullish(),
  health_data: flag.optional(),
  containment: editText(TEXT_MAX),
  responsible: editText(TEXT_MAX),
  presumed_causes: editText(TEXT_MAX),
  harm: editText(TEXT_MAX),
});

/** The optimistic lock of a transition: optional there (the state machine already refuses a second step). */
const version = z.number({ message: 'Expected the version you saw' }).int().positive().optional();

/** The number Roskomnadzor's portal gave the notice. */
const reference = text(100);

export const notifyBody = z.strictObject({ sent_at: moment, reference, version });
export const reportResultsBody = z.strictObject({ sent_at: moment, reference, results: text(TEXT_MAX), version });
export const closeIncidentBody = z.strictObject({
  root_cause: text(TEXT_MAX),
  remediation: text(TEXT_MAX),
  version,
});

export const linkSubjectsBody = z.strictObject({
  subject_ids: z
    .array(id('subject id'), { message: 'Expected a list of subject ids' })
    .min(1, 'Name at least one subject')
    .max(500, 'At most 500 subjects at once'),
});

export type OpenIncidentInput = z.infer<typeof openIncidentBody>;
export type EditIncidentInput = z.infer<typeof editIncidentBody>;
export type NotifyInput = z.infer<typeof notifyBody>;
export type ReportResultsInput = z.infer<typeof reportResultsBody>;
export type CloseIncidentInput = z.infer<typeof closeIncidentBody>;

const yesNo = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
  message: 'Expected true or false',
});

export const incidentListFilters = {
  status: z.union([status, z.array(status)]),
  health_data: yesNo,
  // Moscow days: from the start of the first to the end of the last (exclusive upper bound).
  detected_from: dayOrInstant(false),
  detected_to: dayOrInstant(true),
  number: z.string().trim().max(40, 'At most 40 characters'),
};
