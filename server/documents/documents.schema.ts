import { z } from 'zod';

export const PURPOSES = ['medical_services', 'marketing', 'health_data'] as const;
export type Purpose = (typeof PURPOSES)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Not a real date');

const readOnlyEcho = {
  id: z.unknown().optional(),
  status: z.unknown().optional(),
  text_sha256: z.unknown().optional(),
  published_at: z.unknown().optional(),
  published_by: z.unknown().optional(),
  created_at: z.unknown().optional(),
  updated_at: z.unknown().optional(),
  consents_count: z.unknown().optional(),
  is_current: z.unknown().optional(),
};

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
