import { z } from 'zod';
import {
  IDENTIFICATION_METHODS,
  IDENTITY_DOCUMENT_TYPES,
  LETTER_KINDS,
  LETTER_STATUSES,
  MIN_REASON_LENGTH,
  PURPOSES,
  TAKEABLE_FIELDS,
} from '../contract/index.js';
import { ignoredEcho } from '../http/validate.js';
import { isCalendarDate } from '../shared/clinicDate.js';

const id = (what = 'id') =>
  z.coerce
    .number({ message: `Expected a numeric ${what}` })
    .int()
    .positive(`Expected a numeric ${what}`);

const text = (max: number) =>
  z.string({ message: 'Required' }).trim().min(1, 'Required').max(max, `At most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** Words a person reads later (a note, a reason): at least MIN_REASON_LENGTH characters. */
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

const kind = z.enum(LETTER_KINDS, { message: `Expected one of: ${LETTER_KINDS.join(', ')}` });
const status = z.enum(LETTER_STATUSES, { message: `Expected one of: ${LETTER_STATUSES.join(', ')}` });

/** The optimistic lock of a transition: optional there (the state machine already refuses a second decision). */
const version = z.number({ message: 'Expected the version you saw' }).int().positive().optional();

const letterFields = {
  kind,
  received_on: day,
  sender_name: text(300),
  sender_address: text(500),
  registered_mail_number: optionalText(40),
  summary: optionalText(2000),
};

export const registerLetterBody = z.strictObject({
  ...letterFields,
  assignee_id: id('assignee id').optional(),
});

const readOnlyEcho = ignoredEcho(
  'id',
  'reg_number',
  'status',
  'subject_id',
  'identification_method',
  'due_on',
  'extended_due_on',
  'deadline_state',
  'overdue',
  'calendar_incomplete',
  'extendable',
  'holds_block',
  'answered_out_number',
  'answered_on',
  'personal_destroyed',
  'created_at',
  'updated_at',
  'identification_document_type',
  'identification_document_number',
  'fields_matched',
  'purposes',
  'notes',
  'deadlines',
  'matches',
);

export const updateLetterBody = z.strictObject({
  ...letterFields,
  ...readOnlyEcho,
  assignee_id: id('assignee id'),
  version: z.number({ message: 'Required: the version you edited' }).int().positive(),
});

export const identifyBody = z
  .strictObject({
    subject_id: id('subject id'),
    method: z.enum(IDENTIFICATION_METHODS, { message: `Expected one of: ${IDENTIFICATION_METHODS.join(', ')}` }),
    note: words('Say how the identity was established'),
    document_type: z
      .enum(IDENTITY_DOCUMENT_TYPES, { message: `Expected one of: ${IDENTITY_DOCUMENT_TYPES.join(', ')}` })
      .optional(),
    document_number: z.string().trim().min(1, 'Required').max(50, 'At most 50 characters').optional(),
    purposes: z
      .array(z.enum(PURPOSES, { message: `Expected one of: ${PURPOSES.join(', ')}` }))
      .min(1, 'Name at least one purpose, or leave the field out to withdraw every consent')
      .refine((list) => new Set(list).size === list.length, 'Each purpose once')
      .optional(),
    fields_matched: z
      .array(z.enum(TAKEABLE_FIELDS, { message: `Expected one of: ${TAKEABLE_FIELDS.join(', ')}` }))
      .min(1, 'Name the fields that matched')
      .refine((list) => new Set(list).size === list.length, 'Each field once')
      .optional(),
    version,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.method === 'identity_document') {
      if (!v.document_type) issue('document_type', 'Required with an identity document');
      if (!v.document_number) issue('document_number', 'Required with an identity document');
    } else {
      if (v.document_type) issue('document_type', 'Only with the identity_document method');
      if (v.document_number) issue('document_number', 'Only with the identity_document method');
    }
    if (v.method === 'matching_fields' && !v.fields_matched) issue('fields_matched', 'Name the fields that matched');
    if (v.method !== 'matching_fields' && v.fields_matched)
      issue('fields_matched', 'Only with the matching_fields method');
  });

export const requestDetailsBody = z.strictObject({ note: words('Say what is asked of the person'), version });
export const extendBody = z.strictObject({
  reason: words('State the reason the notice to the person will give'),
  version,
});
export const rejectBody = z.strictObject({ reason: words('State why this is not a request'), version });
export const markAnsweredBody = z.strictObject({
  out_number: text(50),
  sent_on: day,
  version,
});
export const closeBody = z.strictObject({ version });

export const unblockBody = z.strictObject({
  letter_id: id('letter id'),
  reason: words('State the outcome of the check'),
});

export type RegisterLetterInput = z.infer<typeof registerLetterBody>;
export type UpdateLetterInput = z.infer<typeof updateLetterBody>;
export type IdentifyInput = z.infer<typeof identifyBody>;
export type MarkAnsweredInput = z.infer<typeof markAnsweredBody>;

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
  message: 'Expected true or false',
});

export const letterListFilters = {
  status: z.union([status, z.array(status)]),
  kind: z.union([kind, z.array(kind)]),
  assignee_id: id(),
  subject_id: id(),
  q: z.string().trim().max(200),
  received_from: day,
  received_to: day,
  overdue: flag,
  holds_block: flag,
};
