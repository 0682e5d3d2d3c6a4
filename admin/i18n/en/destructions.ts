import type * as ru from '../ru/destructions';
import type { SameKeys } from '../sameKeys';

export const destructions: SameKeys<typeof ru.destructions> = {
  name: 'Destruction |||| Destructions',
};
