import { z } from 'zod';
import { DEADLINE_KINDS, DEADLINE_STATES } from '../contract/index.js';

const id = z.coerce.number({ message: 'Expected a numeric id' }).int().positive('Expected a numeric id');
const state = z.enum(DEADLINE_STATES, { message: `Expected one of: ${DEADLINE_STATES.join(', ')}` });
const kind = z.enum(DEADLINE_KINDS, { message: `Expected one of: ${DEADLINE_KINDS.join(', ')}` });

export const deadlineListFilters = {
  state: z.union([state, z.array(state)]),
  kind: z.union([kind, z.array(kind)]),
  assignee_id: id,
  subject_id: id,
  letter_id: id,
  incident_id: id,
};
