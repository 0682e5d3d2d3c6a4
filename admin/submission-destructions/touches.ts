import type { Touched } from '../common/useAction';

/** What a batch's proposal changes besides the batches: its submissions leave the candidates; the log gains entries. */
export const BATCH_PROPOSAL_TOUCHES: readonly Touched[] = [
  'submission-destructions',
  'destruction-candidates',
  'audit-log',
];

/** What a decision also changes: an approval erases the submissions' payloads and draws up the act. */
export const BATCH_DECISION_TOUCHES: readonly Touched[] = [
  ...BATCH_PROPOSAL_TOUCHES,
  'submissions',
  'destruction-acts',
];
