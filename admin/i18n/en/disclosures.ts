import type * as ru from '../ru/disclosures';
import type { SameKeys } from '../sameKeys';

export const disclosures: SameKeys<typeof ru.disclosures> = {
  name: '',
};
