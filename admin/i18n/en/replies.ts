import type * as ru from '../ru/replies';
import type { SameKeys } from '../sameKeys';

export const replies: SameKeys<typeof ru.replies> = {
  name: '',
};
