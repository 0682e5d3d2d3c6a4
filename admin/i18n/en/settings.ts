import type * as ru from '../ru/settings';
import type { SameKeys } from '../sameKeys';

export const settings: SameKeys<typeof ru.settings> = {
  name: '',
};
