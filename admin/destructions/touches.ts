import type { Touched } from '../common/useAction';

/**
 * What a proposal changes besides the proposals: it blocks the subject (its card, the lists, the marketing list), the
 * candidates list drops it, and its letter's and the log's views gain an entry.
 */
export const PROPOSAL_TOUCHES: readonly Touched[] = [
  'destructions',
  'destruction-candidates',
  'subjects',
  'letters',
  'audit-log',
  'marketing-list',
];

/** What an approval also changes: the data goes everywhere it was, and an act is drawn up. */
export const DECISION_TOUCHES: readonly Touched[] = [
  ...PROPOSAL_TOUCHES,
  'destruction-acts',
  'deadlines',
  'consents',
  'submissions',
  'replies',
  'disclosures',
];
