import { z } from 'zod';
import { MIN_REASON_LENGTH, REPLY_CHANNELS, REPLY_KINDS, REPLY_STATUSES } from '../contract/index.js';
import { ignoredEcho } from '../http/validate.js';
import { isCalendarDate } from '../shared/clinicDate.js';

const id = (what = 'id') =>
  z.coerce
    .number({ message: `Expected a numeric ${what}` })
    .int()
    .positive(`Expected a numeric ${what}`);

const kind = z.enum(REPLY_KINDS, { message: `Expected one of: ${REPLY_KINDS.join(', ')}` });
const status = z.enum(REPLY_STATUSES, { message: `Expected one of: ${REPLY_STATUSES.join(', ')}` });

/** A calendar day as YYYY-MM-DD; how it relates to today is the service's check (it holds the clock). */
const day = z.string({ message: 'Expected a date as YYYY-MM-DD' }).refine(isCalendarDate, {
  message: 'Expected a date as YYYY-MM-DD',
  params: { code: 'date_invalid' },
});

/** At most this much Markdown in a reply: several pages of a letter, far below the request body's limit. */
const MAX_TEXT = 20_000;

export const draftReplyBody = z.strictObject({
  letter_id: id('letter id'),
  kind,
  /** The reason an extension notice or a refusal gives; written into the draft. */
  reason: z
    .string()
    .trim()
    .min(MIN_REASON_LENGTH, `At least ${MIN_REASON_LENGTH} characters`)
    .max(2000, 'At most 2000 characters')
    .optional(),
});

export const editReplyBody = z.strictObject({
  ...ignoredEcho(
    'id',
    'letter_id',
    'letter_reg_number',
    'subject_id',
    'kind',
    'status',
    'out_number',
    'sent_on',
    'channel',
    'tracking',
    'text_sha256',
    'enclosure_sha256',
    'text_destroyed',
    'created_by',
    'created_at',
    'updated_at',
  ),
  text: z.string({ message: 'Required' }).trim().min(1, 'Required').max(MAX_TEXT, `At most ${MAX_TEXT} characters`),
  version: z.number({ message: 'Required: the version you edited' }).int().positive(),
});

export const sendReplyBody = z.strictObject({
  sent_on: day,
  channel: z.enum(REPLY_CHANNELS, { message: `Expected one of: ${REPLY_CHANNELS.join(', ')}` }),
  tracking: z
    .string()
    .trim()
    .max(40, 'At most 40 characters')
    .nullish()
    .transform((v) => (v ? v : null)),
  version: z.number({ message: 'Expected the version you saw' }).int().positive().optional(),
});

export const replyListFilters = {
  letter_id: id(),
  subject_id: id(),
  status: z.union([status, z.array(status)]),
  kind: z.union([kind, z.array(kind)]),
};

export type DraftReplyInput = z.infer<typeof draftReplyBody>;
export type EditReplyInput = z.infer<typeof editReplyBody>;
export type SendReplyInput = z.infer<typeof sendReplyBody>;
