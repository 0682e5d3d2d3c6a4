import { statusChip } from '../common/StatusChip';

/** The subject's processing status as a coloured chip. */
export const SubjectStatusChip = statusChip(
  'subjects',
  { active: 'success', blocked: 'warning', destroyed: 'default' },
  ['destroyed'],
);
