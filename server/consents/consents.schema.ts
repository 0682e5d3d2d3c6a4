import { z } from 'zod';
import { CONSENT_CHANNELS, MIN_REASON_LENGTH } from '../contract/index.js';
import { PURPOSES } from '../contract/index.js';

/** A consent on paper (or given by a legal representative, clause 2.2), recorded by an operator. */
export const paperConsentBody = z
  .strictObject({
    subject_id: z.number({ message: 'Required' }).int().positive(),
    consent_form_id: z.number({ message: 'Required' }).int().positive(),
    given_at: z
      .string({ message: 'Required' })
      .regex(/^\d{4}-\d{2}-\d{2}/, 'Expected a date as YYYY-MM-DD')
      .refine((v) => !Number.isNaN(Date.parse(v)), 'Not a real date'),
    channel: z.enum(['paper', 'representative'], { message: 'Expected paper or representative' }),
    representative_name: z
      .string()
      .trim()
      .max(200)
      .nullish()
      .transform((v) => v || null),
    representative_document: z
      .string()
      .trim()
      .max(500)
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.channel !== 'representative') return;
    if (!v.representative_name)
      ctx.addIssue({ code: 'custom', path: ['representative_name'], message: 'Required for a representative' });
    if (!v.representative_document)
      ctx.addIssue({
        code: 'custom',
        path: ['representative_document'],
        message: 'Required: the document of authority',
      });
  });

export const withdrawBody = z.strictObject({
  basis: z
    .string({ message: 'Required' })
    .trim()
    .min(MIN_REASON_LENGTH, `State the basis (at least ${MIN_REASON_LENGTH} characters)`)
    .max(1000),
});

export const consentListFilters = {
  subject_id: z.coerce.number().int().positive(),
  purpose: z.enum(PURPOSES),
  status: z.enum(['active', 'withdrawn']),
  channel: z.enum(CONSENT_CHANNELS),
  policy_version_id: z.coerce.number().int().positive(),
};
