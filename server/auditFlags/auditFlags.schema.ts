import { z } from 'zod';
import { AUDIT_FLAG_KINDS, MIN_REASON_LENGTH } from '../contract/index.js';

const kind = z.enum(AUDIT_FLAG_KINDS, { message: `Expected one of: ${AUDIT_FLAG_KINDS.join(', ')}` });

/** The list's filters: a kind (or several), reviewed or not, whom the flag is about. */
export const flagListFilters = {
  kind: z.union([kind, z.array(kind).min(1).max(AUDIT_FLAG_KINDS.length)]),
  reviewed: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  actor: z.string().trim().min(1).max(200),
};

/** A review names what the officer found: the words are required, as a reason is. */
export const reviewBody = z
  .object({
    comment: z
      .string({ message: 'Write what the review found' })
      .trim()
      .min(MIN_REASON_LENGTH, `Write what the review found (at least ${MIN_REASON_LENGTH} characters)`)
      .max(2000, 'At most 2000 characters'),
  })
  .strict();

/** POST /api/audit-flags/scan takes nothing: it reads the log from where the last scan stopped. */
export const scanBody = z.object({}).strict();
