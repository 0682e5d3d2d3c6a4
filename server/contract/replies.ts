// Replies («Исходящие ответы»): the clinic's answers to letters. Owned by server/replies/.
import type { LetterKind } from './domain.js';

export const REPLY_KINDS = [
  'withdrawal_done',
  'access_report',
  'correction_done',
  'stop_done',
  'destruction_scheduled',
  'identity_not_established',
  'extension_notice',
  'refusal',
  'other',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export const REPLY_STATUSES = ['draft', 'sent'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

export const REPLY_CHANNELS = ['post', 'email', 'in_person'] as const;
export type ReplyChannel = (typeof REPLY_CHANNELS)[number];

/**
 * The kinds that answer an identified letter of each kind. A letter whose sender is not identified yet (registered,
 * awaiting details) takes only `identity_not_established`; an answered, closed or rejected letter takes none.
 * `extension_notice` is offered only while the letter's term may still be extended (Letter.extendable).
 */
export const REPLY_KINDS_FOR_LETTER: Record<LetterKind, readonly ReplyKind[]> = {
  withdrawal: ['withdrawal_done', 'other'],
  access: ['access_report', 'extension_notice', 'refusal'],
  correction: ['correction_done', 'refusal'],
  destruction: ['destruction_scheduled', 'refusal'],
  stop_processing: ['stop_done', 'extension_notice', 'refusal'],
  other: ['other', 'refusal'],
};

/** The kind for a sender not identified: it asks for what identifies them and leaves the letter open. */
export const REPLY_KIND_UNIDENTIFIED = 'identity_not_established' satisfies ReplyKind;

/** A reply as the API answers it. */
export interface Reply {
  id: number;
  letter_id: number;
  /** The incoming number it answers (ВХ-…). */
  letter_reg_number: string;
  subject_id: number | null;
  kind: ReplyKind;
  status: ReplyStatus;
  /** ИСХ-<year>-<5 digits>, once sent. */
  out_number: string | null;
  /** YYYY-MM-DD */
  sent_on: string | null;
  channel: ReplyChannel | null;
  /** The postal tracking number (sealed like the text); on show only. */
  tracking: string | null;
  /** Markdown; on show, create and edit only (lists never decrypt it); null once its key has been destroyed. */
  text: string | null;
  /** SHA-256 (hex) of the text as stored: a sent reply's proves what was sent. */
  text_sha256: string;
  /** SHA-256 (hex) of what an access-report reply enclosed when sent (the report frozen with it); else null. */
  enclosure_sha256: string | null;
  text_destroyed: boolean;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}
