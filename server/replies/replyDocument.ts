import type { LetterDetail, OperatorSettings, PrintableDocument, Subject } from '../contract/index.js';
import { keepTogether, signatureName, surnameAndInitials } from '../printing/typography.js';
import { REPLY_TITLES } from './templates/kinds.js';
import type { ReplyRow } from './replies.repo.js';

/** A draft is printed for review only: across every page, and without a number or a date. */
const DRAFT_WATERMARK = 'ПРОЕКТ';

/** The reply as a printable letter: the operator's letterhead, its number and day, the addressee, text, signature. */
export function replyDocument(
  reply: Pick<ReplyRow, 'kind' | 'status' | 'out_number' | 'sent_on'>,
  text: string,
  letter: LetterDetail,
  subject: Subject | null,
  operator: OperatorSettings,
  preparedBy: { full_name: string; position: string | null } | null,
): PrintableDocument {
  const name = subject
    ? [subject.last_name, subject.first_name, subject.patronymic].filter(Boolean).join(' ')
    : letter.sender_name;
  const sent = reply.status === 'sent';
  return {
    title: REPLY_TITLES[reply.kind],
    letterhead: {
      operator_name: operator.operator_name,
      legal_address: operator.legal_address,
      postal_address: operator.postal_address,
      email: operator.email,
      website: operator.website,
      inn: operator.inn,
      ogrn: operator.ogrn,
    },
    number: sent ? reply.out_number : null,
    date: sent ? reply.sent_on : null,
    addressee: [name, letter.sender_address].filter((line): line is string => !!line),
    blocks: [
      { kind: 'markdown', text: keepTogether(text) },
      { kind: 'paragraph', text: 'С уважением,' },
    ],
    signature: { position: operator.signer_position, name: signatureName(operator.signer_name) },
    watermark: sent ? null : DRAFT_WATERMARK,
    executor: preparedBy
      ? [surnameAndInitials(preparedBy.full_name), preparedBy.position].filter(Boolean).join(', ')
      : null,
  };
}
