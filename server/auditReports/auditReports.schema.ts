import { z } from 'zod';
import { MIN_REASON_LENGTH } from '../contract/index.js';
import { dayOrInstant } from '../http/dayFilter.js';

/** The filters of the medical reveals' list and export: a period (Moscow days), a staff member, a subject. */
export const revealFilters = {
  from: dayOrInstant(false),
  to: dayOrInstant(true),
  actor_login: z.string().trim().min(1).max(100),
  subject_id: z.coerce.number().int().positive(),
};

export const staffActivityQuery = z.object({
  actor_login: z.string({ message: 'Name the staff member (login)' }).trim().min(1, 'Name the staff member').max(100),
  from: z.string({ message: 'Expected the first day as YYYY-MM-DD' }).pipe(dayOrInstant(false)),
  to: z.string({ message: 'Expected the last day as YYYY-MM-DD' }).pipe(dayOrInstant(true)),
});
export type StaffActivityQuery = z.infer<typeof staffActivityQuery>;

/** Every export names why it is made (issue 13 §2); the words go into the log with the row count. */
export const exportReason = z
  .object({
    reason: z
      .string({ message: 'State why the report is exported' })
      .trim()
      .min(MIN_REASON_LENGTH, `State why the report is exported (at least ${MIN_REASON_LENGTH} characters)`)
      .max(500, 'At most 500 characters'),
  })
  .passthrough();

/** The subject whose timeline is asked for. */
export const subjectTimelineQuery = z
  .object({ subject_id: z.coerce.number({ message: 'Name the subject (id)' }).int().positive('Name the subject (id)') })
  .passthrough();
