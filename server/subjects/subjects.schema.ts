import { z } from 'zod';
import { MIN_REASON_LENGTH, SEXES } from '../contract/index.js';
import { ignoredEcho } from '../http/validate.js';
import { phoneOrIssue } from '../shared/phone.js';
import { clinicDay, isCalendarDate } from '../shared/clinicDate.js';

const name = (max = 100) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const phone = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (value == null || value.trim() === '') return null;
    return phoneOrIssue(value, ctx);
  });

const birthDate = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (value == null || value === '') return null;
    if (!isCalendarDate(value)) {
      ctx.addIssue({ code: 'custom', message: 'Expected a date as YYYY-MM-DD', params: { code: 'date_invalid' } });
      return z.NEVER;
    }
    // "Today" is the clinic's (Moscow) day: a child born after midnight there is not in the future.
    if (value > clinicDay(new Date()) || value < '1900-01-01') {
      ctx.addIssue({
        code: 'custom',
        message: 'Birth date must be between 1900 and today',
        params: { code: 'birth_date_range' },
      });
      return z.NEVER;
    }
    return value;
  });

const personalFields = {
  last_name: name(),
  first_name: name(),
  patronymic: optionalText(100),
  sex: z
    .enum(SEXES, { message: 'Expected male or female' })
    .nullish()
    .transform((v) => v ?? null),
  birth_date: birthDate,
  phone,
  email: z
    .string()
    .trim()
    .max(254)
    .nullish()
    .transform((v) => (v ? v : null))
    .pipe(z.email({ message: 'Not a valid e-mail address' }).nullable()),
  legal_rep_name: optionalText(200),
  legal_rep_basis: optionalText(500),
};

export const PERSONAL_FIELDS = Object.keys(personalFields) as (keyof typeof personalFields)[];

const medicalInfo = z.string().max(20_000, 'At most 20000 characters').nullish();

/** Clause 2.2: a representative is recorded with the document that gives the authority, or not at all. */
function representativeComplete(
  v: { legal_rep_name: string | null; legal_rep_basis: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.legal_rep_name && !v.legal_rep_basis) {
    ctx.addIssue({
      code: 'custom',
      path: ['legal_rep_basis'],
      message: 'Required with a legal representative',
      params: { code: 'legal_rep_basis_required' },
    });
  }
  if (v.legal_rep_basis && !v.legal_rep_name) {
    ctx.addIssue({
      code: 'custom',
      path: ['legal_rep_name'],
      message: 'Required with a basis document',
      params: { code: 'legal_rep_name_required' },
    });
  }
}

export const createSubjectBody = z
  .strictObject({ ...personalFields, medical_info: medicalInfo })
  .superRefine(representativeComplete);

const readOnlyEcho = ignoredEcho(
  'id',
  'status',
  'age',
  'has_medical_info',
  'destroyed_on',
  'destruction_act_id',
  'destruction_act_number',
  'created_at',
  'updated_at',
);

export const correctSubjectBody = z
  .strictObject({
    ...personalFields,
    ...readOnlyEcho,
    medical_info: medicalInfo,
    version: z.number({ message: 'Required: the version you edited' }).int().positive(),
    // The identified correction letter this correction answers: its audit entry names the letter, and it is the one
    // correction a blocked subject takes (art. 21 p.1–2).
    letter_id: z
      .number({ message: 'Expected the id of a letter' })
      .int()
      .positive('Expected the id of a letter')
      .nullish()
      .transform((v) => v ?? undefined),
    correction_reason: z
      .string({ message: 'Required' })
      .trim()
      .min(MIN_REASON_LENGTH, `State the reason for the correction (at least ${MIN_REASON_LENGTH} characters)`)
      .max(2000),
  })
  .superRefine(representativeComplete);

export const revealMedicalBody = z.strictObject({
  reason: z
    .string({ message: 'Required' })
    .trim()
    .min(MIN_REASON_LENGTH, `State why you need the medical information (at least ${MIN_REASON_LENGTH} characters)`)
    .max(1000),
});

export type CreateSubjectInput = z.infer<typeof createSubjectBody>;
export type CorrectSubjectInput = z.infer<typeof correctSubjectBody>;

export const subjectListFilters = {
  q: z.string().trim().max(200),
  status: z.union([z.enum(['active', 'blocked', 'destroyed']), z.array(z.enum(['active', 'blocked', 'destroyed']))]),
  sex: z.enum(SEXES),
};
