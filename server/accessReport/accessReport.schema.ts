import { z } from 'zod';
import { MIN_REASON_LENGTH } from '../contract/index.js';

/**
 * `?include_medical=true&reason=…`: the medical information is ticked in with a stated reason, as its reveal on the
 * card is. Without the tick the reason is ignored; with it the reason is required.
 */
export const accessReportQuery = z
  .strictObject({
    include_medical: z
      .enum(['true', 'false'], { message: 'Expected true or false' })
      .optional()
      .transform((v) => v === 'true'),
    reason: z.string().trim().max(1000, 'At most 1000 characters').optional(),
  })
  .superRefine((q, ctx) => {
    if (q.include_medical && (q.reason ?? '').length < MIN_REASON_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `State why the medical information is included (at least ${MIN_REASON_LENGTH} characters)`,
        params: { code: 'too_short' },
      });
    }
  });
