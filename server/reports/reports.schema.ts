import { z } from 'zod';
import { MIN_REASON_LENGTH } from '../contract/index.js';

export const formatQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).passthrough();

/**
 * A CSV export's own parameter: why it is made. Issue 13 §2 asks every export for a typed reason; the marketing list
 * carries names and contacts, and even suppressed statistics leave the system, so both go into the log with it.
 */
export const csvExportQuery = z
  .object({
    reason: z
      .string({ message: 'State why the data is exported' })
      .trim()
      .min(MIN_REASON_LENGTH, `State why the data is exported (at least ${MIN_REASON_LENGTH} characters)`)
      .max(500, 'At most 500 characters'),
  })
  .passthrough();
