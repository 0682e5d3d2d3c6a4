import type { DeadlineKind, LetterKind, Purpose } from '../contract/index.js';

// What each kind of letter starts and what it does once its sender is identified. The terms themselves (days,
// extension, legal source) are the deadlines' rules table (server/deadlines/deadlineRules.ts); this table only says
// which of them a letter of each kind runs.

export interface LetterRule {
  /**
   * The deadline items opened when the letter is registered: the clock runs from the day of receipt (Civil Code
   * art. 191), whether or not the sender can be identified yet, so the term is on the deadlines list from the start.
   */
  terms: readonly DeadlineKind[];
  /** Identification blocks the subject (152-FZ art. 3 p.6): processing stops while the letter is dealt with. */
  blocks: boolean;
  /** The kind in words, for the basis of a block or a withdrawal (no personal values: they are stored in clear). */
  words: string;
}

export const LETTER_RULES: Record<LetterKind, LetterRule> = {
  // Clause 6.2; art. 9 p.2, art. 21 p.5: processing on the consent stops at once, the data is destroyed in 30 days
  // (the destruction workflow closes the item).
  withdrawal: { terms: ['destroy_after_withdrawal'], blocks: true, words: 'отзыв согласия' },
  // Art. 14, art. 20 p.1–2: nothing is blocked; the item runs until the reply (mark-answered closes it).
  access: { terms: ['answer_access_request'], blocks: false, words: 'запрос сведений' },
  // Art. 21 p.1–2: blocked for the time of the check; lifting the block (POST /api/subjects/:id/unblock) closes it.
  correction: { terms: ['correct_data'], blocks: true, words: 'требование об уточнении' },
  // A demand to destroy reads two ways: unlawful processing (art. 21 p.3: stop in 3 working days, destroy in 10) or
  // data unlawfully obtained or not needed (art. 20 p.3: destroy in 7 working days). The stricter term of each duty
  // applies (legal rules, section A): stop in 3, destroy in 7. The block is the stop, so identification closes
  // that item; the destruction workflow closes the other.
  destruction: {
    terms: ['stop_unlawful_processing', 'destroy_unneeded_data'],
    blocks: true,
    words: 'требование об уничтожении',
  },
  // Art. 21 p.5.1: 10 working days, +5 once with a reasoned notice; the reply that tells the person closes it.
  stop_processing: { terms: ['stop_processing'], blocks: true, words: 'требование о прекращении обработки' },
  other: { terms: [], blocks: false, words: 'иное обращение' },
};

/** Items that the block applied at identification fulfils at once. */
export const FULFILLED_BY_BLOCK: readonly DeadlineKind[] = ['stop_unlawful_processing'];
/** Items that the reply fulfils (mark-answered, for now; the replies of the next issue later). */
export const FULFILLED_BY_REPLY: readonly DeadlineKind[] = ['answer_access_request', 'stop_processing'];
/** Items that lifting the block after the check fulfils. */
export const FULFILLED_BY_UNBLOCK: readonly DeadlineKind[] = ['correct_data'];

/**
 * Whether identification blocks the subject. A withdrawal that names only some purposes blocks only if it takes back
 * the consent to processing itself (medical services): withdrawing the marketing consent alone stops the mailings,
 * not the person's treatment.
 */
export function blocksSubject(kind: LetterKind, purposes: readonly Purpose[] | undefined): boolean {
  if (kind === 'withdrawal') return !purposes || purposes.includes('medical_services');
  return LETTER_RULES[kind].blocks;
}
