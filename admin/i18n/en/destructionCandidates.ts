import type * as ru from '../ru/destructionCandidates';
import type { SameKeys } from '../sameKeys';

export const destructionCandidates: SameKeys<typeof ru.destructionCandidates> = {
  name: 'Destruction candidate |||| Destruction candidates',
};
