import { z } from 'zod';
import {
  DESTRUCTION_ACT_KINDS,
  DESTRUCTION_ACT_STATUSES,
  DESTRUCTION_REASONS,
  MIN_REASON_LENGTH,
} from '../contract/index.js';
import { isCalendarDate } from '../shared/clinicDate.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `Expected one of: ${values.join(', ')}` });

const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([oneOf(values), z.array(oneOf(values)).min(1).max(values.length)]);

const day = z.string({ message: 'Expected a date as YYYY-MM-DD' }).refine(isCalendarDate, {
  message: 'Expected a date as YYYY-MM-DD',
  params: { code: 'date_invalid' },
});

/** The register's filters besides `id`: the period is of the destruction date, whole calendar days. */
export const destructionActListFilters = {
  reason: oneOrMany(DESTRUCTION_REASONS),
  status: oneOrMany(DESTRUCTION_ACT_STATUSES),
  kind: oneOrMany(DESTRUCTION_ACT_KINDS),
  subject_id: z.coerce.number({ message: 'Expected an id' }).int().positive('Expected an id'),
  destroyed_on_gte: day,
  destroyed_on_lte: day,
};

/**
 * The export's own parameter besides the list's filter: why it is made (issue 13 asks every export for a typed reason;
 * the register names no person, but which acts exist is itself telling).
 */
export const exportQuery = z
  .object({
    reason: z
      .string({ message: 'State why the register is exported' })
      .trim()
      .min(MIN_REASON_LENGTH, `State why the register is exported (at least ${MIN_REASON_LENGTH} characters)`)
      .max(500, 'At most 500 characters'),
  })
  .passthrough();

/** Which of the two printable documents of an act. */
export type ActDocumentKind = 'act' | 'extract';
