import { z } from 'zod';
import {
  DESTRUCTION_STATUSES,
  MAX_SUBMISSIONS_PER_BATCH,
  MIN_REASON_LENGTH,
  SUBMISSION_DESTRUCTION_REASONS,
} from '../contract/index.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `Expected one of: ${values.join(', ')}` });

const words = (what: string) =>
  z
    .string({ message: 'Required' })
    .trim()
    .min(MIN_REASON_LENGTH, `${what} (at least ${MIN_REASON_LENGTH} characters)`)
    .max(2000, 'At most 2000 characters');

export const proposeBatchBody = z.strictObject({
  submission_ids: z
    .array(z.number({ message: 'Expected an id' }).int().positive('Expected an id'), {
      message: 'Expected a list of submission ids',
    })
    .min(1, 'At least one submission')
    .max(MAX_SUBMISSIONS_PER_BATCH, `At most ${MAX_SUBMISSIONS_PER_BATCH} submissions`)
    .refine((ids) => new Set(ids).size === ids.length, {
      message: 'Each submission once',
      params: { code: 'duplicate_submission' },
    }),
  reason: oneOf(SUBMISSION_DESTRUCTION_REASONS),
  reason_text: words('State the reason in words'),
});
export type ProposeBatchInput = z.infer<typeof proposeBatchBody>;

export const approveBatchBody = z.strictObject({
  comment: z
    .string()
    .trim()
    .max(2000, 'At most 2000 characters')
    .nullish()
    .transform((v) => v ?? ''),
});

export const rejectBatchBody = z.strictObject({ comment: words('State why the destruction is rejected') });

const status = oneOf(DESTRUCTION_STATUSES);

export const batchListFilters = {
  status: z.union([status, z.array(status)]),
};
