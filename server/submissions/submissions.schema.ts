import { z } from 'zod';
import {
  MIN_REASON_LENGTH,
  REJECT_CATEGORIES,
  SERVICES,
  SEXES,
  SUBMISSION_STATUSES,
  TAKEABLE_FIELDS,
} from '../contract/index.js';
import { clinicDay, isCalendarDate } from '../shared/clinicDate.js';
import { phoneOrIssue } from '../shared/phone.js';

const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => v || null);

/** What the website posts. Unknown fields are refused; strings are trimmed and length-limited. */
export const publicSubmissionBody = z.strictObject({
  service: z.enum(SERVICES, { message: `Expected one of: ${SERVICES.join(', ')}` }),
  lastName: text(100),
  firstName: text(100),
  patronymic: optional(100),
  birthDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
    .refine((v) => isCalendarDate(v) && v >= '1900-01-01' && v <= clinicDay(new Date()), 'Not a plausible birth date')
    .optional()
    .transform((v) => v ?? null),
  sex: z
    .enum(SEXES, { message: 'Expected male or female' })
    .optional()
    .transform((v) => v ?? null),
  phone: z.string().trim().max(40).transform(phoneOrIssue),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: 'Not a valid e-mail address' }))
    .optional()
    .transform((v) => v ?? null),
  message: optional(5000),
  preferredTime: optional(200),
  policyVersionId: z.number({ message: 'Required: the id of the policy version shown' }).int().positive(),
  consents: z.array(z.strictObject({ formId: z.number().int().positive(), accepted: z.boolean() })).max(10),
});

export type PublicSubmission = z.infer<typeof publicSubmissionBody>;

export const linkBody = z.strictObject({
  subject_id: z.number({ message: 'Required' }).int().positive(),
  subject_version: z.number({ message: 'Required: the version of the subject you compared' }).int().positive(),
  take: z.array(z.enum(TAKEABLE_FIELDS)).max(TAKEABLE_FIELDS.length).default([]),
});

export const rejectBody = z.strictObject({
  category: z.enum(REJECT_CATEGORIES, { message: 'Expected spam, test, duplicate or other' }),
  reason: z
    .string({ message: 'Required' })
    .trim()
    .min(MIN_REASON_LENGTH, `State the reason (at least ${MIN_REASON_LENGTH} characters)`)
    .max(1000),
});

export const createFromSubmissionBody = z.strictObject({});

export const submissionListFilters = {
  status: z.union([z.enum(SUBMISSION_STATUSES), z.array(z.enum(SUBMISSION_STATUSES))]),
  decided: z.boolean(),
  service: z.enum(SERVICES),
  q: z.string().trim().max(100),
};
