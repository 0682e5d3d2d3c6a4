import { z } from 'zod';
import { DESTRUCTION_STATUSES, MAX_SUBMISSIONS_PER_BATCH, SUBMISSION_DESTRUCTION_REASONS } from '../contract/index.js';
import { words } from '../destruction/destruction.schema.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `Expected one of: ${values.join(', ')}` });

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

// A batch is decided as a subject's proposal is: an optional comment to approve, a required one to reject.
export { approveBody as approveBatchBody, rejectBody as rejectBatchBody } from '../destruction/destruction.schema.js';

const status = oneOf(DESTRUCTION_STATUSES);

export const batchListFilters = {
  status: z.union([status, z.array(status)]),
};
