import { REPLY_KINDS_FOR_LETTER, REPLY_KIND_UNIDENTIFIED, type LetterDetail, type ReplyKind } from '../types';

/** The kinds of reply the letter takes now, as the server decides them (server/replies/replies.service.ts). */
export const replyKindsFor = (letter: LetterDetail): ReplyKind[] => {
  if (['answered', 'closed', 'rejected'].includes(letter.status)) return [];
  if (letter.subject_id === null) return [REPLY_KIND_UNIDENTIFIED];
  return REPLY_KINDS_FOR_LETTER[letter.kind].filter((kind) => kind !== 'extension_notice' || letter.extendable);
};

/** Kinds whose template takes the operator's reason (of the extension, of the refusal). */
export const KINDS_WITH_REASON: readonly ReplyKind[] = ['extension_notice', 'refusal'];
