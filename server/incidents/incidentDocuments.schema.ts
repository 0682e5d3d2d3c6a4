import { z } from 'zod';
import { INCIDENT_EVIDENCE_REASON_MIN } from '../contract/index.js';

/** `:id` and `:evidenceId` of the attached copy's download. */
export const evidenceParams = z.object({
  id: z.coerce.number({ message: 'Expected a numeric id' }).int().positive('Expected a numeric id'),
  evidenceId: z.coerce.number({ message: 'Expected a numeric id' }).int().positive('Expected a numeric id'),
});

const instant = (what: string) =>
  z
    .string({ message: `Expected ${what} as an ISO timestamp` })
    .datetime({ offset: true, message: `Expected ${what} as an ISO timestamp` })
    .transform((v) => new Date(v).toISOString());

/**
 * The window of the evidence and, optionally, the staff member whose every action is listed. Without a window the
 * list covers the 30 days before detection up to now (EvidenceWindow in the service), so that one click lists it.
 */
const windowFields = {
  from: instant('the window’s start').optional(),
  to: instant('the window’s end').optional(),
  actor_id: z.coerce
    .number({ message: 'Expected a staff member’s id' })
    .int()
    .positive('Expected a staff member’s id')
    .optional(),
};

export const evidenceQuery = z.object(windowFields).passthrough();
export type EvidenceWindowInput = z.infer<typeof evidenceQuery>;

export const attachEvidenceBody = z.object(windowFields).strict();

/** An export of the evidence names why it is made; the words go into the log with the row count. */
export const evidenceExportQuery = z
  .object({
    reason: z
      .string({ message: 'State why the evidence is exported' })
      .trim()
      .min(
        INCIDENT_EVIDENCE_REASON_MIN,
        `State why the evidence is exported (at least ${INCIDENT_EVIDENCE_REASON_MIN} characters)`,
      )
      .max(500, 'At most 500 characters'),
  })
  .passthrough();
