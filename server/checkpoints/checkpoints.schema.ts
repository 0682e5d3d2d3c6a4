import { z } from 'zod';
import { CHECKPOINT_REASONS } from '../contract/index.js';

const reason = z.enum(CHECKPOINT_REASONS, { message: `Expected one of: ${CHECKPOINT_REASONS.join(', ')}` });

/** The list's filters besides `id`. */
export const checkpointListFilters = {
  reason: z.union([reason, z.array(reason).min(1).max(CHECKPOINT_REASONS.length)]),
};

/** POST /api/checkpoints takes nothing: what is signed is the chain's head at that moment. */
export const signNowBody = z.object({}).strict();
