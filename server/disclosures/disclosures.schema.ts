import { z } from 'zod';
import {
  DISCLOSURE_BODY_TYPES,
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_CHANNELS,
  DISCLOSURE_STATUSES,
  MIN_REASON_LENGTH,
} from '../contract/index.js';
import { isCalendarDate } from '../shared/clinicDate.js';

const text = (max: number) =>
  z.string({ message: 'Required' }).trim().min(1, 'Required').max(max, `At most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** Words a person reads later (a comment, what was given): at least MIN_REASON_LENGTH characters. */
const words = (what: string, max = 2000) =>
  z
    .string({ message: 'Required' })
    .trim()
    .min(MIN_REASON_LENGTH, `${what} (at least ${MIN_REASON_LENGTH} characters)`)
    .max(max, `At most ${max} characters`);

/** A calendar day as YYYY-MM-DD; how it relates to today is the service's check (it holds the clock). */
const day = z.string({ message: 'Expected a date as YYYY-MM-DD' }).refine(isCalendarDate, {
  message: 'Expected a date as YYYY-MM-DD',
  params: { code: 'date_invalid' },
});

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `Expected one of: ${values.join(', ')}` });

const distinct = <T>(list: T[]) => new Set(list).size === list.length;

const categories = z
  .array(oneOf(DISCLOSURE_CATEGORIES), { message: 'Expected a list of categories' })
  .min(1, 'Name at least one category')
  .refine(distinct, 'Each category once');

/** The optimistic lock of a transition: optional (the state machine already refuses a second decision). */
const version = z.number({ message: 'Expected the version you saw' }).int().positive().optional();

export const registerDisclosureBody = z.strictObject({
  body_type: oneOf(DISCLOSURE_BODY_TYPES),
  body_name: text(300),
  official: text(300),
  document_number: text(100),
  document_date: day,
  legal_basis: text(1000),
  case_number: optionalText(100),
  received_on: day,
  due_on: day.nullish().transform((v) => v ?? null),
  subject_ids: z
    .array(z.number({ message: 'Expected subject ids' }).int().positive('Expected subject ids'), {
      message: 'Expected a list of subject ids',
    })
    .min(1, 'Name at least one subject')
    .max(100, 'At most 100 subjects in one request')
    .refine(distinct, 'Each subject once'),
  categories_requested: categories,
});

export const approveBody = z.strictObject({
  categories,
  comment: optionalText(2000),
  version,
});

export const refuseBody = z.strictObject({ comment: words('State why the request is refused'), version });

export const discloseBody = z.strictObject({
  disclosed_on: day,
  channel: oneOf(DISCLOSURE_CHANNELS),
  reference: optionalText(200),
  disclosed_content: words('Say what was given to the authority'),
  version,
});

export type RegisterDisclosureInput = z.infer<typeof registerDisclosureBody>;
export type ApproveInput = z.infer<typeof approveBody>;
export type RefuseInput = z.infer<typeof refuseBody>;
export type DiscloseInput = z.infer<typeof discloseBody>;

const id = z.coerce.number({ message: 'Expected a numeric id' }).int().positive('Expected a numeric id');
const status = oneOf(DISCLOSURE_STATUSES);
const bodyType = oneOf(DISCLOSURE_BODY_TYPES);

export const disclosureListFilters = {
  status: z.union([status, z.array(status)]),
  body_type: z.union([bodyType, z.array(bodyType)]),
  subject_id: id,
};
