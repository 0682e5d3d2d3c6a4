import type * as ru from '../ru/destructionActs';
import type { SameKeys } from '../sameKeys';

export const destructionActs: SameKeys<typeof ru.destructionActs> = {
  name: 'Destruction act |||| Destruction acts',
};
