import type * as ru from '../ru/upload';
import type { SameKeys } from '../sameKeys';

export const upload: SameKeys<typeof ru.upload> = {
  placeholder: 'Drop a file here or click to choose one',
  hint: 'PDF, JPEG or PNG, at most %{max}',
  too_large: 'The file “%{name}” is too large (%{size}): at most %{max} is accepted',
  wrong_type: 'The file “%{name}” is not accepted: only PDF, JPEG and PNG are',
  too_many: 'Only one file can be attached',
  rejected: 'The file “%{name}” is not accepted',
  size_bytes: '%{size} B',
  size_kb: '%{size} KB',
  size_mb: '%{size} MB',
};
