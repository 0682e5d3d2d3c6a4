import type * as ru from '../ru/accessReport';
import type { SameKeys } from '../sameKeys';

export const accessReport: SameKeys<typeof ru.accessReport> = {
  name: '',
};
