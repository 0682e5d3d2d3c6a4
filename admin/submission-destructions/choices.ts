import { SUBMISSION_DESTRUCTION_REASONS } from '../types';

// The reasons are named once, with a subject's proposals (resources.destructions.reason), so that a reason reads the
// same on a batch, on a subject's proposal and on their acts.
export const REASON_CHOICES = SUBMISSION_DESTRUCTION_REASONS.map((reason) => ({
  id: reason,
  name: `resources.destructions.reason.${reason}`,
}));
