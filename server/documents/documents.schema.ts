import { z } from 'zod';
import { PURPOSES } from '../contract/index.js';
import { ignoredEcho } from '../http/validate.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Not a real date');

const readOnlyEcho = ignoredEcho(
  'id',
  'status',
  'text_sha256',
  'published_at',
  'published_by',
  'created_at',
  'updated_at',
  'consents_count',
  'is_current',
);

const common = {
  version: z.string().trim().min(1, 'Required').max(50),
  text: z.string().trim().min(1, 'Required').max(90_000, 'At most 90000 characters'),
  effective_from: isoDay,
};

export const policyBody = z.strictObject({ ...readOnlyEcho, ...common });
export const consentFormBody = z.strictObject({
  ...readOnlyEcho,
  ...common,
  purpose: z.enum(PURPOSES, { message: `Expected one of: ${PURPOSES.join(', ')}` }),
  title: z.string().trim().min(1, 'Required').max(300),
});

export const documentListFilters = {
  status: z.enum(['draft', 'published']),
  purpose: z.enum(PURPOSES),
  q: z.string().trim().max(100),
};
