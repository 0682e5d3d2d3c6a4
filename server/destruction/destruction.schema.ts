import { z } from 'zod';
import {
  DESTRUCTION_ACTIONS,
  DESTRUCTION_CATEGORIES,
  DESTRUCTION_REASONS,
  DESTRUCTION_STATUSES,
  MIN_REASON_LENGTH,
} from '../contract/index.js';
import { isCalendarDate } from '../shared/clinicDate.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `Expected one of: ${values.join(', ')}` });

const id = z.coerce.number({ message: 'Expected an id' }).int().positive('Expected an id');

export const words = (what: string, max = 2000) =>
  z
    .string({ message: 'Required' })
    .trim()
    .min(MIN_REASON_LENGTH, `${what} (at least ${MIN_REASON_LENGTH} characters)`)
    .max(max, `At most ${max} characters`);

const day = z.string({ message: 'Expected a date as YYYY-MM-DD' }).refine(isCalendarDate, {
  message: 'Expected a date as YYYY-MM-DD',
  params: { code: 'date_invalid' },
});

const planItem = z
  .strictObject({
    category: oneOf(DESTRUCTION_CATEGORIES),
    action: oneOf(DESTRUCTION_ACTIONS),
    legal_basis: z.string().trim().max(500, 'At most 500 characters').nullish(),
    retain_until: day.nullish(),
  })
  .superRefine((item, ctx) => {
    if (item.action !== 'retain') return;
    if (!item.legal_basis || item.legal_basis.length < MIN_REASON_LENGTH)
      ctx.addIssue({ code: 'custom', path: ['legal_basis'], message: 'A retained category names its legal basis' });
    if (!item.retain_until)
      ctx.addIssue({ code: 'custom', path: ['retain_until'], message: 'A retained category names how long' });
  })
  .transform((item) => ({
    category: item.category,
    action: item.action,
    legal_basis: item.action === 'retain' ? item.legal_basis! : null,
    retain_until: item.action === 'retain' ? item.retain_until! : null,
  }));

export const proposeBody = z.strictObject({
  subject_id: id,
  letter_id: id.nullish().transform((v) => v ?? null),
  reason: oneOf(DESTRUCTION_REASONS),
  reason_text: words('State the reason in words'),
  plan: z
    .array(planItem, { message: 'Expected a plan: one line per category' })
    .refine(
      (plan) =>
        plan.length === DESTRUCTION_CATEGORIES.length &&
        DESTRUCTION_CATEGORIES.every((c) => plan.some((p) => p.category === c)),
      {
        message: `Each category exactly once: ${DESTRUCTION_CATEGORIES.join(', ')}`,
        params: { code: 'plan_categories' },
      },
    ),
});
export type ProposeInput = z.infer<typeof proposeBody>;

/** At most this many subjects in one bulk proposal: each is its own write, and the answer lists every one. */
export const MAX_BULK_SUBJECTS = 200;

/**
 * POST /api/destructions/bulk: the single proposal's reason and plan for many subjects. No letter_id (the strict
 * object refuses it): a letter is one person's, so a proposal from a letter is made alone.
 */
export const bulkProposeBody = proposeBody.omit({ subject_id: true, letter_id: true }).extend({
  subject_ids: z
    .array(z.number({ message: 'Expected an id' }).int().positive('Expected an id'), {
      message: 'Expected a list of subject ids',
    })
    .min(1, 'At least one subject')
    .max(MAX_BULK_SUBJECTS, `At most ${MAX_BULK_SUBJECTS} subjects`)
    .refine((ids) => new Set(ids).size === ids.length, {
      message: 'Each subject once',
      params: { code: 'duplicate_subject' },
    }),
});
export type BulkProposeInput = z.infer<typeof bulkProposeBody>;

export const approveBody = z.strictObject({
  comment: z
    .string()
    .trim()
    .max(2000, 'At most 2000 characters')
    .nullish()
    .transform((v) => v ?? ''),
});

export const rejectBody = z.strictObject({ comment: words('State why the destruction is rejected') });

export const previewQuery = z.object({ subject_id: id });

const status = oneOf(DESTRUCTION_STATUSES);

export const destructionListFilters = {
  status: z.union([status, z.array(status)]),
  subject_id: id,
};
