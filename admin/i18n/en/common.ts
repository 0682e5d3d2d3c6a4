import type * as ru from '../ru/common';
import type { SameKeys } from '../sameKeys';

export const common: SameKeys<typeof ru.common> = {
  empty: '—',
};

export const csv: SameKeys<typeof ru.csv> = {
  export: 'Export CSV',
  saved: 'File %{filename} saved',
};
